/**
 * Designations and the ways to earn and keep them: the catalogue (CPD hours per cycle, routes, fees), awarded
 * certifications and the date rules of their three-year cycles ({@link org.guildhall.certification.CertificationCycle}),
 * renewal and lapse.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "calendar::api", "documents::api", "identity::api", "membership::api", "payment::api", "payment::events", "personaldata",
        "platform", "shared", "shell"})
package org.guildhall.certification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
