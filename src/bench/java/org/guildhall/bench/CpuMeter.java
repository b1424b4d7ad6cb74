package org.guildhall.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU used between two moments, in cores (1.0 = one core busy all the time), from Linux's /proc: this JVM (the load
 * client), the processes named (the portal, MariaDB) and the whole machine, so latency is read beside who was busy.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ

    record Snapshot(long nanos, long selfTicks, Map<Long, Long> processTicks, long machineTotal, long machineIdle) {
    }

    /** Cores used in a window: by the load client, by each named process, by the machine, by everything else. */
    record Usage(double seconds, int cores, double loadClient, Map<Long, Double> processes, double machineBusy) {

        double others() {
            return machineBusy - loadClient - processes.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final List<Long> pids;

    CpuMeter(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    Snapshot snapshot() {
        var processes = new LinkedHashMap<Long, Long>();
        for (long pid : pids) {
            processes.put(pid, processTicks(pid));
        }
        long[] machine = machineTicks();
        return new Snapshot(System.nanoTime(), processTicks(ProcessHandle.current().pid()), processes, machine[0],
                machine[1]);
    }

    Usage between(Snapshot from, Snapshot to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        int cores = machineCores();
        var processes = new LinkedHashMap<Long, Double>();
        from.processTicks().forEach((pid, ticks) -> {
            Long later = to.processTicks().get(pid);
            if (ticks >= 0 && later != null && later >= 0) {
                processes.put(pid, (later - ticks) / TICKS_PER_SECOND / seconds);
            }
        });
        long total = to.machineTotal() - from.machineTotal();
        long busy = total - (to.machineIdle() - from.machineIdle());
        return new Usage(seconds, cores, (to.selfTicks() - from.selfTicks()) / TICKS_PER_SECOND / seconds, processes,
                total == 0 ? 0 : (double) busy / total * cores);
    }

    /** utime + stime of a process and all its threads; -1 once it is gone. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The cores /proc/stat counts (the machine's, where availableProcessors() may be a container's share). */
    static int machineCores() {
        try {
            return (int) Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.matches("cpu\\d+ .*"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {total, idle + iowait} ticks of all cores. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new long[] {total, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
