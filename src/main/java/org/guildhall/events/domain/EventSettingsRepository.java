package org.guildhall.events.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventSettingsRepository extends JpaRepository<EventSettings, Integer> {

    default EventSettings current() {
        return findById(EventSettings.ONLY_ROW).orElseThrow(
                () -> new IllegalStateException("event_settings has no row; migration V40 seeds it"));
    }
}
