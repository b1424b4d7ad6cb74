package org.guildhall.events.domain;

import java.time.ZoneId;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Time zones are stored by their region id ("Europe/London"), so daylight saving follows the region. */
@Converter
class ZoneIdConverter implements AttributeConverter<ZoneId, String> {

    @Override
    public String convertToDatabaseColumn(ZoneId zone) {
        return zone.getId();
    }

    @Override
    public ZoneId convertToEntityAttribute(String id) {
        return ZoneId.of(id);
    }
}
