package org.guildhall.membership.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipRecord;

/** A member of the institute, identified to the world by their member number. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    private long accountId;

    private String memberNumber;

    @Enumerated(EnumType.STRING)
    private MembershipCategory category;

    private LocalDate memberSince;

    protected Membership() {
    }

    public Membership(long accountId, String memberNumber, MembershipCategory category, LocalDate memberSince) {
        this.accountId = accountId;
        this.memberNumber = memberNumber;
        this.category = category;
        this.memberSince = memberSince;
    }

    /** Member numbers read "GH-" and six digits, e.g. GH-001001. */
    public static String memberNumber(long sequenceValue) {
        return "GH-%06d".formatted(sequenceValue);
    }

    public MembershipRecord toRecord() {
        return new MembershipRecord(accountId, memberNumber, category, memberSince);
    }
}
