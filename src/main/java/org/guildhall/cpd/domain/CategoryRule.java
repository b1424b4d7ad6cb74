package org.guildhall.cpd.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.cpd.CpdCategory;

/** A category's cap per cycle, as the institute sets it (reference data). */
@Entity
@Table(name = "cpd_category_rule")
public class CategoryRule {

    @Id
    @Enumerated(EnumType.STRING)
    private CpdCategory category;

    private BigDecimal creditCap;

    private int sortOrder;

    protected CategoryRule() {
    }

    public CpdCategory category() {
        return category;
    }

    public BigDecimal creditCap() {
        return creditCap;
    }
}
