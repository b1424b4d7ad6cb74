package org.guildhall.reporting.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value too costly to compute on every read, computed at most once per {@code freshFor} in this instance: a read
 * gets the last value and when it was computed; once that is older, the read still gets it at once and starts
 * one computation in the background for the reads after it. Only the very first read waits. A zero
 * {@code freshFor} computes on every read.
 */
final class RecentValue<T> {

    private static final Logger log = LoggerFactory.getLogger(RecentValue.class);

    private final Supplier<T> compute;
    private final Duration freshFor;
    private final Clock clock;
    private final Executor background;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile @Nullable Computed<T> last;

    /**
     * @param background runs a refresh; it should carry over what the computation needs from the reading thread
     *        (the signed-in user, for services that check who asks)
     */
    RecentValue(Supplier<T> compute, Duration freshFor, Clock clock, Executor background) {
        this.compute = compute;
        this.freshFor = freshFor;
        this.clock = clock;
        this.background = background;
    }

    Computed<T> get() {
        var known = last;
        if (known == null || freshFor.isZero()) {
            return computeNow();
        }
        Instant now = clock.instant();
        boolean stale = now.isBefore(known.at()) || !now.isBefore(known.at().plus(freshFor));
        if (stale && refreshing.compareAndSet(false, true)) {
            try {
                background.execute(this::refresh);
            } catch (RejectedExecutionException refused) {
                refreshing.set(false);
            }
        }
        return known;
    }

    private void refresh() {
        try {
            computeNow();
        } catch (RuntimeException failed) {
            // The last value stays; the next stale read tries again.
            log.warn("Could not compute a fresh value; keeping the one from {}", last == null ? null : last.at(),
                    failed);
        } finally {
            refreshing.set(false);
        }
    }

    private Computed<T> computeNow() {
        Instant at = clock.instant();
        var computed = new Computed<>(compute.get(), at);
        last = computed;
        return computed;
    }

    /** A value and the moment its computation began (what it shows is at least that recent). */
    record Computed<T>(T value, Instant at) {
    }
}
