package org.guildhall.membership.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.guildhall.membership.EmploymentSituation;

/** Stores the ticked employment situations as a comma-separated list of their names. */
@Converter
class EmploymentSituationsConverter implements AttributeConverter<Set<EmploymentSituation>, String> {

    @Override
    public String convertToDatabaseColumn(Set<EmploymentSituation> situations) {
        return situations.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<EmploymentSituation> convertToEntityAttribute(String column) {
        var situations = EnumSet.noneOf(EmploymentSituation.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(EmploymentSituation::valueOf).forEach(situations::add);
        }
        return situations;
    }
}
