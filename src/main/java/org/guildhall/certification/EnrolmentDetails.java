package org.guildhall.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A candidate's enrolment for one designation's exam, with its bookings, newest first.
 *
 * @param examFee the fee when the candidate enrolled (catalogue edits never change it)
 * @param reappliesCertificationId the expired certification this enrolment re-applies for, if any (seed 001)
 */
public record EnrolmentDetails(long id, long candidateAccountId, String designationCode, String designationName,
        BigDecimal examFee, EnrolmentStatus status, Instant enrolledAt, @Nullable Long reappliesCertificationId,
        List<BookingSummary> bookings) {

    public String invoiceSubject() {
        return ExamService.invoiceSubject(id);
    }

    public boolean mayBook() {
        return status == EnrolmentStatus.READY_TO_BOOK;
    }
}
