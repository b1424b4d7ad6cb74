package org.guildhall.personaldata;

import java.time.Instant;

/**
 * A kind of record a retention rule deletes once old enough (e.g. rejected applications), implemented by the module
 * that owns it. The {@code privacy} module's retention job asks how many are due first (the dry run), then deletes.
 */
public interface RetainedRecords {

    /** The kind's name in the retention settings, e.g. {@code "rejected-applications"}. */
    String kind();

    /** How many records of this kind are older than the cutoff, by the date the kind counts from. */
    int countOlderThan(Instant cutoff);

    /** Deletes the records older than the cutoff. @return how many were deleted */
    int deleteOlderThan(Instant cutoff);
}
