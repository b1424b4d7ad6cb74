package org.guildhall.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.guildhall.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: reference data is read at most once a minute per instance, and at once after this instance changes it. */
class ReferenceCacheTest {

    private final MutableClock clock = new MutableClock(MutableClock.START);
    private final AtomicInteger reads = new AtomicInteger();
    private final ReferenceCache<String, String> cache = new ReferenceCache<>(clock,
            key -> key + " read " + reads.incrementAndGet());

    @Test
    void a_value_is_read_once_within_the_minute_and_again_after_it() {
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 2");
    }

    @Test
    void each_key_is_read_on_its_own() {
        cache.get("catalogue");
        assertThat(cache.get("programme")).isEqualTo("programme read 2");
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 1");
    }

    @Test
    void a_clock_moved_back_reads_again() {
        cache.get("catalogue");
        clock.advance(Duration.ofSeconds(-1));
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 2");
    }

    @Test
    void forgetting_reads_again_at_once() {
        cache.get("catalogue");
        cache.forget();
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 2");
    }

    /** A read between the writer's forget() and its commit still sees the old rows; the commit forgets it too. */
    @Test
    void a_writer_forgets_again_when_its_transaction_ends() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.get("catalogue");
            cache.forget();
            assertThat(cache.get("catalogue")).isEqualTo("catalogue read 2");
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(cache.get("catalogue")).isEqualTo("catalogue read 3");
    }

    @Test
    void a_single_value_is_cached_the_same_way() {
        var single = ReferenceCache.single(clock, () -> "rulebook " + reads.incrementAndGet());
        assertThat(single.get()).isEqualTo("rulebook 1");
        assertThat(single.get()).isEqualTo("rulebook 1");
        single.forget();
        assertThat(single.get()).isEqualTo("rulebook 2");
    }
}
