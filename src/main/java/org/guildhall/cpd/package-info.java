/**
 * Continuing professional development: the activities members log with evidence under the four category rules,
 * the registrar's review and audit sample, counting CPD credits against each certification's cycle, reminders,
 * transcripts, the recertification essay, and renewal once the requirement is met and the fee paid.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "certification::api", "documents::api", "drafts::api", "export", "identity::api", "payment::api",
        "payment::events", "personaldata", "platform", "settings", "shared", "shell"})
package org.guildhall.cpd;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
