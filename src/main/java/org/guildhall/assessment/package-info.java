/**
 * The reviewer workspace: panels of assessors formed for submitted portfolios with conflict checks, blind rubric
 * scores on the four competency domains (seed 004), moderation, interviews, panel decisions and their letters, and
 * the append-only audit history of all of it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "calendar::api", "certification::api", "cpd::api", "documents::api", "events::api", "identity::api",
        "personaldata", "platform", "portfolio::api", "settings", "shared", "shell", "sponsorship::api"})
package org.guildhall.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
