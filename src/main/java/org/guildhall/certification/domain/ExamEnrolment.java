package org.guildhall.certification.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.EnrolmentStatus;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's enrolment for one designation's exam: the fee (copied when enrolling), then sittings booked until
 * one is passed. A failed attempt sends it back to booking (seed 003 sets no limit on attempts).
 */
@Entity
@Table(name = "exam_enrolment")
public class ExamEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long candidateAccountId;

    private String designationCode;

    private String designationName;

    private BigDecimal examFee;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    private Instant enrolledAt;

    private @Nullable Instant paidAt;

    private @Nullable Long reappliesCertificationId;

    protected ExamEnrolment() {
    }

    public ExamEnrolment(long candidateAccountId, Designation designation, @Nullable Long reappliesCertificationId,
            Instant enrolledAt) {
        this.candidateAccountId = candidateAccountId;
        this.designationCode = designation.code();
        this.designationName = designation.fullName();
        this.examFee = designation.examFee();
        this.reappliesCertificationId = reappliesCertificationId;
        this.status = designation.examFee().signum() == 0 ? EnrolmentStatus.READY_TO_BOOK
                : EnrolmentStatus.AWAITING_PAYMENT;
        this.enrolledAt = enrolledAt;
    }

    /** Returns false, changing nothing, when the fee was already recorded as paid. */
    public boolean feePaid(Instant at) {
        if (status != EnrolmentStatus.AWAITING_PAYMENT) {
            return false;
        }
        status = EnrolmentStatus.READY_TO_BOOK;
        paidAt = at;
        return true;
    }

    public void booked() {
        switch (status) {
            case AWAITING_PAYMENT -> throw new CertificationRefusedException("certification.exam.pay-first");
            case BOOKED -> throw new CertificationRefusedException(Text.of(
                    "certification.exam.already-booked", designationCode));
            case PASSED -> throw new CertificationRefusedException(Text.of(
                    "certification.exam.already-passed", designationCode));
            case READY_TO_BOOK -> status = EnrolmentStatus.BOOKED;
        }
    }

    public void resultEntered(boolean passed) {
        status = passed ? EnrolmentStatus.PASSED : EnrolmentStatus.READY_TO_BOOK;
    }

    public boolean isOpen() {
        return status != EnrolmentStatus.PASSED;
    }

    public long id() {
        return id;
    }

    public long candidateAccountId() {
        return candidateAccountId;
    }

    public String designationCode() {
        return designationCode;
    }

    public String designationName() {
        return designationName;
    }

    public BigDecimal examFee() {
        return examFee;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public @Nullable Long reappliesCertificationId() {
        return reappliesCertificationId;
    }
}
