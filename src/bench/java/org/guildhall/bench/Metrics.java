package org.guildhall.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round-trip samples and error counts by label, shared by every virtual user of one run; only what happens inside
 * the measured window counts (no window: everything counts).
 */
final class Metrics {

    private final Map<String, List<Double>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong errorsOutsideWindow = new AtomicLong();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private volatile long windowFrom = Long.MIN_VALUE;
    private volatile long windowTo = Long.MAX_VALUE;

    void window(long fromMillis, long toMillis) {
        windowFrom = fromMillis;
        windowTo = toMillis;
    }

    boolean inWindow(long atMillis) {
        return atMillis >= windowFrom && atMillis <= windowTo;
    }

    void record(String label, double millis, long startedAtMillis) {
        if (inWindow(startedAtMillis)) {
            samples.computeIfAbsent(label, k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
        }
    }

    void error(String where, Exception e) {
        String kind = e instanceof FlowException flow ? flow.kind() : e.getClass().getSimpleName();
        if (inWindow(System.currentTimeMillis())) {
            errors.computeIfAbsent(where + ": " + kind, k -> new AtomicLong()).incrementAndGet();
        } else {
            errorsOutsideWindow.incrementAndGet();
        }
        if (errorSamples.size() < 10) {
            errorSamples.add(where + ": " + e.getMessage());
        }
    }

    /** Every sample whose label starts with the prefix, e.g. all UIDL round trips ("nav "). */
    List<Double> samplesStartingWith(String prefix) {
        var out = new ArrayList<Double>();
        samples.forEach((label, values) -> {
            if (label.startsWith(prefix)) {
                synchronized (values) {
                    out.addAll(values);
                }
            }
        });
        return out;
    }

    List<Double> samples(String label) {
        List<Double> values = samples.getOrDefault(label, List.of());
        synchronized (values) {
            return List.copyOf(values);
        }
    }

    Map<String, Long> errors() {
        var out = new TreeMap<String, Long>();
        errors.forEach((key, count) -> out.put(key, count.get()));
        return out;
    }

    long errorsOutsideWindow() {
        return errorsOutsideWindow.get();
    }

    List<String> errorSamples() {
        synchronized (errorSamples) {
            return List.copyOf(errorSamples);
        }
    }
}
