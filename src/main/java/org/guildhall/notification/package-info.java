/**
 * Telling people what happened: each person's in-portal inbox of notifications and tasks, and the outbox of
 * emails a sender delivers over SMTP with retries. It only listens to other modules' events; no module calls it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "appeals::events", "assessment::events", "certification::events", "cpd::events", "events::events", "identity::api",
        "identity::events", "membership::api", "membership::events", "personaldata", "platform", "portfolio::events",
        "privacy::events", "shared", "shell", "sponsorship::events"})
package org.guildhall.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
