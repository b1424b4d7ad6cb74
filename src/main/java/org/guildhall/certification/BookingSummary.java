package org.guildhall.certification;

import org.jspecify.annotations.Nullable;

/**
 * A candidate's seat at a sitting and, once entered, its result.
 *
 * @param passed null until the registrar enters the result
 */
public record BookingSummary(long id, long enrolmentId, String candidateName, String designationCode,
        SittingSummary sitting, @Nullable Integer score, @Nullable Integer passMark, @Nullable Boolean passed) {

    /** Bookings' kind of calendar entry, in their calendar file's address and UID. */
    public static final String CALENDAR_KIND = "exam";

    public boolean hasResult() {
        return passed != null;
    }
}
