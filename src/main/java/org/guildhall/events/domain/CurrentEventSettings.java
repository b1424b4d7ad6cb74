package org.guildhall.events.domain;

import java.time.Clock;

import org.guildhall.platform.ReferenceCache;
import org.springframework.stereotype.Component;

/**
 * The events' one settings row, read at most once a minute ({@link ReferenceCache}) and shared as an immutable
 * {@link EventRules}: every page of the programme shows the default cancellation cutoff, and the row changes only by
 * migration.
 */
@Component
public class CurrentEventSettings {

    private final ReferenceCache.Single<EventRules> row;

    CurrentEventSettings(EventSettingsRepository settings, Clock clock) {
        this.row = ReferenceCache.single(clock, () -> settings.current().rules());
    }

    public EventRules current() {
        return row.get();
    }
}
