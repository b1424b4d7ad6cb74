package org.guildhall.certification.domain;

import java.security.SecureRandom;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationCycle;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.jspecify.annotations.Nullable;

/**
 * A designation awarded to a member, with its current cycle. The designation's name and CPD requirement are
 * copied when each cycle begins, so later catalogue edits never rewrite what was awarded.
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

    private String verificationCode;

    private @Nullable LocalDate lapsedOn;

    protected Certification() {
    }

    public Certification(long holderAccountId, Designation designation, Route route, LocalDate awardedOn) {
        this.holderAccountId = holderAccountId;
        this.designationCode = designation.code();
        this.route = route;
        this.awardedOn = awardedOn;
        this.cycleNumber = 1;
        this.verificationCode = newVerificationCode();
        beginCycle(CertificationCycle.starting(awardedOn, designation.cycleYears()), designation);
    }

    /** Recertification: the next cycle starts at the previous expiry (seed 001). */
    public void renew(Designation designation) {
        beginCycle(cycle().following(designation.cycleYears()), designation);
        cycleNumber++;
    }

    public void lapse(LocalDate on) {
        if (lapsedOn == null) {
            lapsedOn = on;
        }
    }

    private void beginCycle(CertificationCycle cycle, Designation designation) {
        this.cycleStartsOn = cycle.startsOn();
        this.expiresOn = cycle.expiresOn();
        this.designationName = designation.fullName();
        this.cpdHoursRequired = designation.cpdHoursPerCycle();
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
                cycle(), cycleNumber, cpdHoursRequired, cycle().statusOn(today, lapsedOn), verificationCode);
    }
}
