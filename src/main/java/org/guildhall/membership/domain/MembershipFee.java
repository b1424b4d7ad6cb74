package org.guildhall.membership.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.SubscriptionFeeData;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A category's subscription from a day on: the annual fee, the term's length and the reinstatement fee. Rows are
 * never changed: an admin's change is a new row from a later day, so the rows are the audit trail.
 */
@Entity
@Table(name = "membership_fee")
public class MembershipFee {

    public static final int MAX_TERM_MONTHS = 36;

    /**
     * Every problem with a new subscription, all at once: it takes effect today or later (invoices already issued
     * keep their fee), fees are not negative, a term lasts 1 to {@link #MAX_TERM_MONTHS} months, and each value is
     * there.
     */
    public static List<FieldProblem> problems(SubscriptionFeeData data, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (data.category() == null) {
            problems.add(new FieldProblem(SubscriptionFeeData.CATEGORY, "membership.fees.category-needed"));
        }
        if (data.effectiveFrom() == null) {
            problems.add(new FieldProblem(SubscriptionFeeData.EFFECTIVE_FROM, "membership.fees.from-needed"));
        } else if (data.effectiveFrom().isBefore(today)) {
            problems.add(new FieldProblem(SubscriptionFeeData.EFFECTIVE_FROM, "membership.fees.not-in-past"));
        }
        feeProblem(SubscriptionFeeData.ANNUAL_FEE, data.annualFee()).ifPresent(problems::add);
        if (data.termMonths() == null || data.termMonths() < 1 || data.termMonths() > MAX_TERM_MONTHS) {
            problems.add(new FieldProblem(SubscriptionFeeData.TERM_MONTHS, Text.of("membership.fees.term-months",
                    MAX_TERM_MONTHS)));
        }
        feeProblem(SubscriptionFeeData.REINSTATEMENT_FEE, data.reinstatementFee()).ifPresent(problems::add);
        return problems;
    }

    private static Optional<FieldProblem> feeProblem(String field, @Nullable BigDecimal fee) {
        if (fee == null) {
            return Optional.of(new FieldProblem(field, "membership.fees.amount-needed"));
        }
        return fee.signum() < 0 ? Optional.of(new FieldProblem(field, "membership.fees.negative")) : Optional.empty();
    }

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
