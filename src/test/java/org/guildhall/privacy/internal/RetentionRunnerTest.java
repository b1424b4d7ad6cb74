package org.guildhall.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildhall.personaldata.RetainedRecords;
import org.guildhall.privacy.RetentionDue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Issue 18: a retention period per kind of record; the dry run counts and deletes nothing, the job deletes. */
class RetentionRunnerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:15:00Z");

    /** Records of one kind, each with the instant it counts from. */
    static final class Records implements RetainedRecords {
        private final String kind;
        final List<Instant> dates;

        Records(String kind, Instant... dates) {
            this.kind = kind;
            this.dates = new ArrayList<>(List.of(dates));
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public int countOlderThan(Instant cutoff) {
            return (int) dates.stream().filter(date -> date.isBefore(cutoff)).count();
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            int due = countOlderThan(cutoff);
            dates.removeIf(date -> date.isBefore(cutoff));
            return due;
        }
    }

    private final Instant twoYearsAgo = NOW.atZone(ZoneOffset.UTC).minusYears(2).toInstant();
    private final Records rejected = new Records("rejected-applications",
            twoYearsAgo.minus(Duration.ofDays(1)), twoYearsAgo, twoYearsAgo.plus(Duration.ofDays(1)));
    private final Records unconfigured = new Records("something-else", Instant.EPOCH);

    private final RetentionRunner runner = runner(Map.of("rejected-applications", Period.ofYears(2)));

    @Test
    void the_dry_run_counts_records_older_than_the_period_and_deletes_nothing() {
        assertThat(runner.dryRun()).containsExactly(
                new RetentionDue("rejected-applications", Period.ofYears(2), twoYearsAgo, 1));
        assertThat(rejected.dates).hasSize(3);
    }

    @Test
    void applying_deletes_only_those_older_than_the_cutoff_and_leaves_the_day_itself() {
        assertThat(runner.apply()).extracting(RetentionDue::records).containsExactly(1);
        assertThat(rejected.dates).containsExactly(twoYearsAgo, twoYearsAgo.plus(Duration.ofDays(1)));
    }

    @Test
    void a_kind_without_a_period_is_kept() {
        runner.apply();
        assertThat(unconfigured.dates).containsExactly(Instant.EPOCH);
    }

    private RetentionRunner runner(Map<String, Period> periods) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("rejected", rejected);
        beans.addBean("unconfigured", unconfigured);
        return new RetentionRunner(beans.getBeanProvider(RetainedRecords.class),
                (kind, day) -> Optional.ofNullable(periods.get(kind)), new NoTransactions(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The runner's transactions, which these in-memory records do not need. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
