package org.guildhall.identity.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * State kept in memory per key (a client address, an email address), the least recently used forgotten first, so
 * a flood of new keys cannot exhaust memory.
 */
final class RecentKeys<V> {

    private final Map<String, V> entries;

    RecentKeys(int maxEntries) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        });
    }

    V computeIfAbsent(String key, Function<String, V> create) {
        return entries.computeIfAbsent(key, create);
    }

    @Nullable V compute(String key, BiFunction<String, @Nullable V, @Nullable V> update) {
        return entries.compute(key, update);
    }

    @Nullable V get(String key) {
        return entries.get(key);
    }
}
