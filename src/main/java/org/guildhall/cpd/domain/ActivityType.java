package org.guildhall.cpd.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.jspecify.annotations.Nullable;

/** A kind of CPD activity and its credit value (reference data). */
@Entity
@Table(name = "cpd_activity_type")
public class ActivityType {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private CpdCategory category;

    private String label;

    private @Nullable BigDecimal creditsPerHour;

    private @Nullable BigDecimal fixedCredits;

    private int sortOrder;

    protected ActivityType() {
    }

    public CpdActivityType toType() {
        return new CpdActivityType(code, category, label, creditsPerHour, fixedCredits);
    }
}
