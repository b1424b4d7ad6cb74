package org.guildhall.certification;

import java.time.LocalDateTime;

/** What happens on the exam route, for notifications to tell the candidate. */
public final class ExamEvents {

    private ExamEvents() {
    }

    public record CandidateEnrolled(long enrolmentId, long candidateAccountId, String designationCode,
            String designationName, String invoiceReference) {
    }

    public record SittingBooked(long bookingId, long candidateAccountId, String designationCode,
            LocalDateTime startsAt, String place) {
    }

    public record ExamResultEntered(long bookingId, long candidateAccountId, String designationCode,
            String designationName, int score, int passMark, boolean passed) {
    }
}
