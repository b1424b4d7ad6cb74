/**
 * Calendar files (iCalendar, RFC 5545) of what a person has booked: one file per booking and a personal feed a
 * calendar application subscribes to with an unguessable, revocable token. The modules that hold bookings (event
 * registrations, exam sittings, panel interviews) implement {@link org.guildhall.calendar.CalendarContributor};
 * this module writes every file the one way and knows nothing of their tables.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity::api", "personaldata", "platform", "shared", "shell"})
package org.guildhall.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
