/**
 * Experience-route portfolios (seed 003): the candidate's key projects, evidence with captions and references with
 * their letters, a completeness check, and numbered versions frozen at each submission.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "certification::events", "documents::api", "drafts::api", "identity::api", "personaldata", "shared", "shell"})
package org.guildhall.portfolio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
