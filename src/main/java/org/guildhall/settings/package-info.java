/**
 * The numbers an institute tunes (days, months, percentages, hours), each effective from a date: a module declares
 * its {@link org.guildhall.settings.Setting}s and lists them in a {@link org.guildhall.settings.SettingGroup}; its
 * rules read the value in force on the day that matters ({@link org.guildhall.settings.Settings#valueOn}); an admin
 * changes a value from today or a later day, so what was decided under an earlier value keeps it. The rows are
 * never changed, so they are the audit trail (who, when, old and new value, why).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity::api", "platform", "shared", "shell"})
package org.guildhall.settings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
