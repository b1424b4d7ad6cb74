package org.guildhall.platform;

import java.time.Clock;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time read from the injected {@link Clock}, so rate limits follow a moved clock in tests. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return clock.millis() * 1_000_000;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
