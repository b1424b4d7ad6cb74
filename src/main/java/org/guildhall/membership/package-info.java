/**
 * Membership of the institute: its categories, the register of members and applicants the registrar keeps, and
 * (as it lands) applications, eligibility and decisions.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "documents::api", "drafts::api", "identity::api", "payment::api", "payment::events", "personaldata", "settings",
        "shared", "shell"})
package org.guildhall.membership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
