package org.guildhall.certification;

import java.time.LocalDateTime;
import org.springframework.modulith.NamedInterface;

/** What happens on the exam route, for notifications to tell the candidate. */
public final class ExamEvents {

    private ExamEvents() {
    }

    @NamedInterface("events")
    public record CandidateEnrolled(long enrolmentId, long candidateAccountId, String designationCode,
            String designationName, String invoiceReference) {
    }

    @NamedInterface("events")
    public record SittingBooked(long bookingId, long candidateAccountId, String designationCode,
            LocalDateTime startsAt, String place) {
    }

    @NamedInterface("events")
    public record ExamResultEntered(long bookingId, long candidateAccountId, String designationCode,
            String designationName, int score, int passMark, boolean passed) {
    }
}
