package org.guildhall.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data every view reads (the designation catalogue, the CPD rulebook, the settings, the published
 * programme), read from the database at most once a minute per key on this instance, on the injected clock
 * (docs/decisions/reference-cache.md). A change made on this instance is seen at once when its writer calls
 * {@link #forget()}; a change made on another instance is seen here within the minute. A clock moved back (tests)
 * reads again. For a handful of keys of data shared by everyone: an entry is refreshed, never evicted, so a key per
 * member would grow without bound. Keep immutable values only (records, unmodifiable collections), never JPA
 * entities: every request is handed the same copy, so one caller changing it would change what everyone sees.
 */
public final class ReferenceCache<K, V> {

    /** How long a read stays fresh: the longest another instance shows the old value after a change. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Clock clock;
    private final Function<K, V> read;
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    public ReferenceCache(Clock clock, Function<K, V> read) {
        this.clock = clock;
        this.read = read;
    }

    /** A cache of one value (a whole table of reference data). */
    public static <V> Single<V> single(Clock clock, Supplier<V> read) {
        return new Single<>(new ReferenceCache<>(clock, ignored -> read.get()));
    }

    /** The value for {@code key}, read again when the last read is a minute old. */
    public V get(K key) {
        Instant now = clock.instant();
        var last = reads.get(key);
        if (last != null && !now.isBefore(last.at()) && now.isBefore(last.at().plus(FRESH_FOR))) {
            return last.value();
        }
        V value = read.apply(key);
        reads.put(key, new Read<>(value, now));
        return value;
    }

    /**
     * Forgets every read, so this instance sees a change it has just made: now, and again when the writer's
     * transaction ends (a read between the two would still see the rows as they were before the commit).
     */
    public void forget() {
        reads.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reads.clear();
                }
            });
        }
    }

    /** A {@link ReferenceCache} of one value. */
    public static final class Single<V> {

        private static final Object ONLY = new Object();
        private final ReferenceCache<Object, V> cache;

        private Single(ReferenceCache<Object, V> cache) {
            this.cache = cache;
        }

        public V get() {
            return cache.get(ONLY);
        }

        public void forget() {
            cache.forget();
        }
    }

    private record Read<V>(V value, Instant at) {
    }
}
