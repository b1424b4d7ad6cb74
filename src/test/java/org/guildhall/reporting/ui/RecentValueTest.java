package org.guildhall.reporting.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.guildhall.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the operations dashboard's figures (seconds of work at 100k members) are counted at most once a minute
 * per instance; a visit never waits for a recount except the very first.
 */
class RecentValueTest {

    private final MutableClock clock = new MutableClock(MutableClock.START);
    private final AtomicInteger computations = new AtomicInteger();
    /** Refreshes handed to the background, run when the test says so. */
    private final List<Runnable> background = new ArrayList<>();
    private final RecentValue<Integer> value = new RecentValue<>(computations::incrementAndGet,
            Duration.ofMinutes(1), clock, background::add);

    @Test
    void the_first_read_computes_and_reads_within_the_minute_reuse_it() {
        var first = value.get();
        clock.advance(Duration.ofSeconds(59));
        var second = value.get();

        assertThat(first.value()).isEqualTo(1);
        assertThat(first.at()).isEqualTo(MutableClock.START);
        assertThat(second).isEqualTo(first);
        assertThat(background).isEmpty();
    }

    @Test
    void an_older_value_is_served_at_once_while_one_recount_runs_in_the_background() {
        value.get();
        clock.advance(Duration.ofMinutes(1));

        var stale = value.get();
        var alsoStale = value.get();

        assertThat(stale.value()).isEqualTo(1);
        assertThat(alsoStale.value()).isEqualTo(1);
        assertThat(background).as("one recount, however many visits find the figures old").hasSize(1);

        background.removeFirst().run();
        var fresh = value.get();
        assertThat(fresh.value()).isEqualTo(2);
        assertThat(fresh.at()).isEqualTo(MutableClock.START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_failed_recount_keeps_the_last_value_and_the_next_old_read_tries_again() {
        var failing = new RecentValue<Integer>(() -> {
            if (computations.incrementAndGet() > 1) {
                throw new IllegalStateException("database out of reach");
            }
            return 7;
        }, Duration.ofMinutes(1), clock, background::add);
        failing.get();
        clock.advance(Duration.ofMinutes(2));

        failing.get();
        background.removeFirst().run();

        assertThat(failing.get().value()).isEqualTo(7);
        assertThat(background).hasSize(1);
    }

    @Test
    void zero_freshness_computes_on_every_read() {
        var always = new RecentValue<>(computations::incrementAndGet, Duration.ZERO, clock, background::add);

        always.get();

        assertThat(always.get().value()).isEqualTo(2);
        assertThat(background).isEmpty();
    }
}
