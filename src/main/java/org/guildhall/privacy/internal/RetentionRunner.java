package org.guildhall.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.guildhall.personaldata.RetainedRecords;
import org.guildhall.privacy.RetentionDue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention settings: for each kind of record with a period in force today, the records older than today
 * less that period are counted (the dry run) or deleted, each kind in its own transaction.
 */
@Component
public class RetentionRunner {

    private final ObjectProvider<RetainedRecords> kinds;
    private final RetentionPeriods periods;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionRunner(ObjectProvider<RetainedRecords> kinds, RetentionPeriods periods,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.kinds = kinds;
        this.periods = periods;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What the job would delete now, deleting nothing. */
    public List<RetentionDue> dryRun() {
        return run(false);
    }

    /** Deletes what is due. @return what was deleted, kind by kind */
    public List<RetentionDue> apply() {
        return run(true);
    }

    private List<RetentionDue> run(boolean delete) {
        LocalDate today = LocalDate.now(clock);
        return kinds.stream()
                .sorted(Comparator.comparing(RetainedRecords::kind))
                .flatMap(kind -> periods.periodOn(kind.kind(), today).stream().map(period -> {
                    Instant cutoff = ZonedDateTime.now(clock).minus(period).toInstant();
                    int records = Objects.requireNonNull(transaction.execute(status -> delete
                            ? kind.deleteOlderThan(cutoff) : kind.countOlderThan(cutoff)));
                    return new RetentionDue(kind.kind(), period, cutoff, records);
                }))
                .toList();
    }
}
