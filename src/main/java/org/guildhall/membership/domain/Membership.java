package org.guildhall.membership.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipRecord;
import org.guildhall.membership.MembershipStatus;
import org.jspecify.annotations.Nullable;

/**
 * A member of the institute, identified to the world by their member number, with the status the daily roll of
 * the membership year last gave it and the registrar's and member's decisions that status depends on.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    private long accountId;

    @Version
    private long version;

    private String memberNumber;

    @Enumerated(EnumType.STRING)
    private MembershipCategory category;

    private LocalDate memberSince;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private @Nullable LocalDate statusSince;

    @Enumerated(EnumType.STRING)
    private @Nullable RegistrarHold registrarHold;

    private @Nullable String holdReason;

    private boolean resignsAtTermEnd;

    /** A category change approved to take effect at the next renewal. */
    @Enumerated(EnumType.STRING)
    private @Nullable MembershipCategory nextCategory;

    protected Membership() {
    }

    public Membership(long accountId, String memberNumber, MembershipCategory category, LocalDate memberSince) {
        this.accountId = accountId;
        this.memberNumber = memberNumber;
        this.category = category;
        this.memberSince = memberSince;
        this.status = MembershipStatus.PENDING_PAYMENT;
        this.statusSince = memberSince;
    }

    /** Member numbers read "GH-" and six digits, e.g. GH-001001. */
    public static String memberNumber(long sequenceValue) {
        return "GH-%06d".formatted(sequenceValue);
    }

    /** Records the status the rules give today; returns the previous one when it changed, else null. */
    public @Nullable MembershipStatus moveTo(MembershipStatus newStatus, LocalDate today) {
        if (newStatus == status) {
            return null;
        }
        var previous = status;
        status = newStatus;
        statusSince = today;
        return previous;
    }

    public void hold(RegistrarHold hold, String reason) {
        this.registrarHold = hold;
        this.holdReason = reason;
    }

    public void liftSuspension() {
        if (registrarHold == RegistrarHold.SUSPENDED) {
            registrarHold = null;
            holdReason = null;
        }
    }

    /** An approved category change that takes effect at once. */
    public void changeCategory(MembershipCategory category) {
        this.category = category;
        this.nextCategory = null;
    }

    /** An approved category change that takes effect when the next renewal opens. */
    public void changeCategoryAtRenewal(MembershipCategory category) {
        this.nextCategory = category;
    }

    /** At renewal: the category approved for it becomes the membership's. */
    public void applyCategoryForRenewal() {
        if (nextCategory != null) {
            changeCategory(nextCategory);
        }
    }

    public void resignAtTermEnd() {
        resignsAtTermEnd = true;
    }

    public long accountId() {
        return accountId;
    }

    public String memberNumber() {
        return memberNumber;
    }

    public MembershipCategory category() {
        return category;
    }

    public MembershipStatus status() {
        return status;
    }

    public @Nullable LocalDate statusSince() {
        return statusSince;
    }

    public @Nullable RegistrarHold registrarHold() {
        return registrarHold;
    }

    public @Nullable String holdReason() {
        return holdReason;
    }

    public boolean resignsAtTermEnd() {
        return resignsAtTermEnd;
    }

    public MembershipRecord toRecord() {
        return new MembershipRecord(accountId, memberNumber, category, memberSince);
    }
}
