/**
 * Sponsors for Associate applications: the applicant nominates two members in good standing, each member
 * accepts with an endorsement or declines, and two acceptances send the application to the registrar.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "cpd::api", "identity::api", "membership::api", "personaldata", "platform", "settings", "shared", "shell"})
package org.guildhall.sponsorship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
