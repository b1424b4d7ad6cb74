package org.guildhall.privacy;

import java.time.Instant;
import java.time.Period;

/** One kind of record under a retention rule: kept this long, so those before the cutoff go (or went). */
public record RetentionDue(String kind, Period keptFor, Instant cutoff, int records) {
}
