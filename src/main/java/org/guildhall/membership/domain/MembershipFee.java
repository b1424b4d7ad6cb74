package org.guildhall.membership.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.membership.MembershipCategory;

/**
 * A category's subscription from a day on: the annual fee, the term's length and the reinstatement fee. Rows are
 * never changed: an admin's change is a new row from a later day, so the rows are the audit trail.
 */
@Entity
@Table(name = "membership_fee")
public class MembershipFee {

    public static final int MAX_TERM_MONTHS = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MembershipCategory category;

    private LocalDate effectiveFrom;

    private BigDecimal annualFee;

    private int termMonths;

    private BigDecimal reinstatementFee;

    private String recordedBy;

    private Instant recordedAt;

    protected MembershipFee() {
    }

    public MembershipFee(MembershipCategory category, LocalDate effectiveFrom, BigDecimal annualFee, int termMonths,
            BigDecimal reinstatementFee, String recordedBy, Instant recordedAt) {
        if (annualFee.signum() < 0 || reinstatementFee.signum() < 0) {
            throw new IllegalArgumentException("Fees cannot be negative");
        }
        if (termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
            throw new IllegalArgumentException("A term lasts 1 to " + MAX_TERM_MONTHS + " months");
        }
        this.category = category;
        this.effectiveFrom = effectiveFrom;
        this.annualFee = annualFee;
        this.termMonths = termMonths;
        this.reinstatementFee = reinstatementFee;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public MembershipCategory category() {
        return category;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal annualFee() {
        return annualFee;
    }

    public int termMonths() {
        return termMonths;
    }

    public BigDecimal reinstatementFee() {
        return reinstatementFee;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
