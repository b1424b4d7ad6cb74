package org.guildhall.privacy.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** How long a kind of record is kept under the rule in force on a day; empty: it is kept for good. */
public interface RetentionPeriods {

    Optional<Period> periodOn(String kind, LocalDate day);
}
