package org.guildhall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so date rules are tested without waiting. The integration tests' clock starts at
 * {@link #START} and is put back there before each test ({@link IntegrationTestExtension}).
 */
public final class MutableClock extends Clock {

    /** A Wednesday morning in late November 2026: the "now" of every integration test. */
    public static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    private final Instant start;
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.start = start;
        this.now = start;
        this.zone = zone;
    }

    /** Back to the instant this clock started at. */
    public void reset() {
        now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
