/**
 * The institute's events (seminars, workshops, conferences, forums, discussion groups, webinars): publishing them,
 * registration with a waiting list, attendance, the CPD credit and membership points attendance earns, and the
 * attendance certificate.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "calendar::api", "cpd::api", "documents::api", "identity::api", "membership::api", "payment::api", "personaldata",
        "platform", "shared", "shell"})
package org.guildhall.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
