package org.guildhall.membership.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.TermKind;
import org.jspecify.annotations.Nullable;

/** One term of a membership, from invoice to settlement (paid or waived), or cancelled unpaid. */
@Entity
@Table(name = "membership_term")
public class MembershipTerm {

    /** Where a term's subscription stands. */
    public enum Settlement {
        INVOICED("Awaiting payment"), PAID("Paid"), WAIVED("Waived"), CANCELLED("Cancelled");

        private final String label;

        Settlement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The key of its words in the bundle, for the reader's language. */
        public String key() {
            return "membership.settlement." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final String SUBJECT_PREFIX = "membership-term:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    private int termNumber;

    @Enumerated(EnumType.STRING)
    private TermKind kind;

    @Enumerated(EnumType.STRING)
    private MembershipCategory category;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    private Settlement status;

    private @Nullable Instant settledAt;

    private boolean finalReminderSent;

    protected MembershipTerm() {
    }

    public MembershipTerm(long accountId, int termNumber, TermKind kind, MembershipCategory category,
            LocalDate startsOn, LocalDate endsOn, BigDecimal fee) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A term cannot end before it starts");
        }
        this.accountId = accountId;
        this.termNumber = termNumber;
        this.kind = kind;
        this.category = category;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.fee = fee;
        this.status = Settlement.INVOICED;
    }

    /** A term from before subscriptions, settled as it is created. */
    public static MembershipTerm carriedOver(long accountId, MembershipCategory category, LocalDate startsOn,
            LocalDate endsOn, Instant at) {
        var term = new MembershipTerm(accountId, 1, TermKind.CARRIED_OVER, category, startsOn, endsOn,
                BigDecimal.ZERO);
        term.settle(Settlement.PAID, at);
        return term;
    }

    /** The invoice subject naming this term's subscription, so each term is billed once. */
    public String invoiceSubject() {
        return SUBJECT_PREFIX + id;
    }

    /** The term an invoice subject names, when it is one of ours. */
    public static @Nullable Long termIdOf(String invoiceSubject) {
        if (!invoiceSubject.startsWith(SUBJECT_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(invoiceSubject.substring(SUBJECT_PREFIX.length()));
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    /** Records the term paid or waived; returns false, changing nothing, unless it was still invoiced. */
    public boolean settle(Settlement settlement, Instant at) {
        if (status != Settlement.INVOICED || settlement == Settlement.INVOICED || settlement == Settlement.CANCELLED) {
            return false;
        }
        this.status = settlement;
        this.settledAt = at;
        return true;
    }

    /** Withdraws an unpaid term; returns false when it was not invoiced. */
    public boolean cancel() {
        if (status != Settlement.INVOICED) {
            return false;
        }
        this.status = Settlement.CANCELLED;
        return true;
    }

    /** Moves the term's end (a registrar's extension), or the whole term when it follows an extended one. */
    public void moveTo(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A term cannot end before it starts");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Marks the final renewal reminder sent; returns false when it already was. */
    public boolean markFinalReminderSent() {
        if (finalReminderSent) {
            return false;
        }
        finalReminderSent = true;
        return true;
    }

    public StandingRule.TermSpan span() {
        return new StandingRule.TermSpan(startsOn, endsOn, isSettled());
    }

    public boolean isSettled() {
        return status == Settlement.PAID || status == Settlement.WAIVED;
    }

    public boolean isInvoiced() {
        return status == Settlement.INVOICED;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public int termNumber() {
        return termNumber;
    }

    public TermKind kind() {
        return kind;
    }

    public MembershipCategory category() {
        return category;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public BigDecimal fee() {
        return fee;
    }

    public Settlement status() {
        return status;
    }

    public @Nullable Instant settledAt() {
        return settledAt;
    }
}
