package org.guildhall.certification.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationCycle;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.certification.StandingReason;
import org.jspecify.annotations.Nullable;

/**
 * A designation awarded to a member, with its current cycle. The designation's name and CPD requirement are
 * copied when each cycle begins, so later catalogue edits never rewrite what was awarded; every cycle's requirement
 * is kept, so an earlier cycle's transcript reads the requirement it was counted against; the holder's name is fixed
 * at issue, so a profile edit never changes what the institute vouches for (only an approved name change reissues
 * it, with the same verification code).
 */
@Entity
@Table(name = "certification")
public class Certification {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base32 without I, L, O, U: nothing to misread when typed from paper. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long holderAccountId;

    private String designationCode;

    private String designationName;

    @Enumerated(EnumType.STRING)
    private Route route;

    private LocalDate awardedOn;

    private LocalDate cycleStartsOn;

    private LocalDate expiresOn;

    private int cycleNumber;

    private int cpdHoursRequired;

    /** Each cycle's CPD requirement by its number, as {@link #cpdHoursRequired} was while it was current. */
    @ElementCollection
    @CollectionTable(name = "certification_cycle_requirement", joinColumns = @JoinColumn(name = "certification_id"))
    @MapKeyColumn(name = "cycle_number")
    @Column(name = "cpd_hours_required")
    private Map<Integer, Integer> requirementByCycle = new HashMap<>();

    private String verificationCode;

    private @Nullable LocalDate lapsedOn;

    /** The day of the latest renewal, for the registrar's report; null until renewed. */
    private @Nullable LocalDate renewedOn;

    private String holderName;

    private LocalDate issuedOn;

    private int issueNumber;

    @Embedded
    private @Nullable Standing standing = new Standing();

    private int statusListIndex;

    protected Certification() {
    }

    /** @param statusListIndex an index of the status lists no other certification has */
    public Certification(long holderAccountId, String holderName, Designation designation, Route route,
            LocalDate awardedOn, int statusListIndex) {
        this.holderAccountId = holderAccountId;
        this.statusListIndex = statusListIndex;
        this.holderName = holderName;
        this.issuedOn = awardedOn;
        this.issueNumber = 1;
        this.designationCode = designation.code();
        this.route = route;
        this.awardedOn = awardedOn;
        this.cycleNumber = 1;
        this.verificationCode = newVerificationCode();
        beginCycle(CertificationCycle.starting(awardedOn, designation.cycleYears()), designation);
    }

    /** Recertification on {@code today}: the next cycle starts at the previous expiry (seed 001). */
    public void renew(Designation designation, LocalDate today) {
        cycleNumber++;
        beginCycle(cycle().following(designation.cycleYears()), designation);
        renewedOn = today;
    }

    /**
     * A hardship extension the registrar granted: this cycle ends on {@code newExpiresOn} instead, so the renewal
     * window, reminders and lapse move with it, and the next cycle starts from the new end (seed 001).
     */
    public void extendCycleTo(LocalDate newExpiresOn) {
        if (!newExpiresOn.isAfter(expiresOn)) {
            throw new IllegalArgumentException("An extension must end after " + expiresOn + ": " + newExpiresOn);
        }
        this.expiresOn = newExpiresOn;
    }

    /** A pause the registrar granted: this cycle asks fewer CPD credits; the next cycle asks the designation's. */
    public void reduceRequirementTo(int cpdHoursRequired) {
        if (cpdHoursRequired < 0 || cpdHoursRequired > this.cpdHoursRequired) {
            throw new IllegalArgumentException("A pause only lowers the requirement: " + cpdHoursRequired);
        }
        this.cpdHoursRequired = cpdHoursRequired;
        requirementByCycle.put(cycleNumber, cpdHoursRequired);
    }

    /** The CPD credits cycle {@code number} required (the current one's as it stands). */
    public int requirementOfCycle(int number) {
        var required = requirementByCycle.get(number);
        if (required == null) {
            throw new IllegalArgumentException("Certification " + id + " has no cycle " + number);
        }
        return required;
    }

    public void lapse(LocalDate on) {
        if (lapsedOn == null) {
            lapsedOn = on;
        }
    }

    public void suspend(LocalDate today, @Nullable LocalDate until, @Nullable StandingReason why, String explanation) {
        standing().suspend(today, byCycle(today), until, why, explanation);
    }

    public void liftSuspension(LocalDate today) {
        standing().lift(today);
    }

    public void revoke(LocalDate today, @Nullable StandingReason why, String explanation) {
        standing().revoke(today, why, explanation);
    }

    /** Issues the credential again in {@code newName}: same code and dates, the next issue number. */
    public void withdrawRevocation() {
        standing().withdrawRevocation();
    }

    public void reissueInName(String newName, LocalDate today) {
        if (standing().isRevoked()) {
            throw new CertificationRefusedException("certification.reissue.revoked");
        }
        this.holderName = newName;
        this.issuedOn = today;
        this.issueNumber++;
    }

    /** Whether the holder may not renew it or download it as valid today (suspended or revoked). */
    public boolean isWithheldOn(LocalDate today) {
        return standing().isRevoked() || standing().isSuspendedOn(today);
    }

    /** This certification's bit in the revocation and suspension status lists. */
    public int statusListIndex() {
        return statusListIndex;
    }

    public String holderName() {
        return holderName;
    }

    /** Hibernate loads an embeddable whose columns are all null (good standing) as null. */
    private Standing standing() {
        if (standing == null) {
            standing = new Standing();
        }
        return standing;
    }

    private CertificationStatus byCycle(LocalDate today) {
        return cycle().statusOn(today, lapsedOn);
    }

    private void beginCycle(CertificationCycle cycle, Designation designation) {
        this.cycleStartsOn = cycle.startsOn();
        this.expiresOn = cycle.expiresOn();
        this.designationName = designation.fullName();
        this.cpdHoursRequired = designation.cpdHoursPerCycle();
        requirementByCycle.put(cycleNumber, cpdHoursRequired);
    }

    /** 16 characters of 32 symbols: 80 random bits, beyond guessing, short enough for a certificate. */
    static String newVerificationCode() {
        var code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    public CertificationCycle cycle() {
        return new CertificationCycle(cycleStartsOn, expiresOn);
    }

    public long id() {
        return id;
    }

    public long holderAccountId() {
        return holderAccountId;
    }

    public String designationCode() {
        return designationCode;
    }

    public @Nullable LocalDate lapsedOn() {
        return lapsedOn;
    }

    public CertificationSummary toSummary(LocalDate today) {
        return new CertificationSummary(id, holderAccountId, designationCode, designationName, route, awardedOn,
                cycle(), cycleNumber, cpdHoursRequired, standing().statusOn(today, byCycle(today)), verificationCode,
                holderName, issuedOn, issueNumber, standing().details(), cycle().hasExpired(today));
    }
}
