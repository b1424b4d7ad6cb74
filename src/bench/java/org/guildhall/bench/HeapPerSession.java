package org.guildhall.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live heap per signed-in session, Vaadin's way: the portal's live heap after a full GC (jcmd GC.class_histogram)
 * before and after N more members sign in and open the steps once (My CPD by default), divided by N. A few
 * warm-up sessions come first (users N+1...), so the caches the first sessions fill are not counted per session. The sessions
 * stay open (this JVM holds them) until the second histogram; it also counts VaadinSession, UI and StateNode
 * instances, so the number of sessions held is checked, and lists the classes that grew most.
 */
public final class HeapPerSession {

    private static final List<String> COUNTED = List.of("com.vaadin.flow.server.VaadinSession",
            "com.vaadin.flow.component.UI", "com.vaadin.flow.internal.StateNode",
            "org.apache.catalina.session.StandardSession");

    /** A live-object histogram: bytes and instances per class, and the total. */
    record Histogram(long totalBytes, Map<String, long[]> byClass) {

        long instances(String type) {
            return byClass.getOrDefault(type, new long[2])[0];
        }

        long bytes(String type) {
            return byClass.getOrDefault(type, new long[2])[1];
        }
    }

    public static void main(String[] args) throws Exception {
        var options = new Options(args);
        long pid = options.numbers("pid").stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--pid: the portal's process id"));
        int sessions = options.integer("sessions", 100);
        var population = Population.from(new Options(withDefault(args, "--steps", "cpd=my-cpd")));

        var metrics = new Metrics();
        var signIns = new SessionOpener(population, metrics, options.integer("concurrency", 8));
        // The first sessions also fill the portal's caches (query plans, rulebook, class data): not per session.
        int warmup = options.integer("warmup-sessions", 10);
        signIns.open(sessions, warmup);
        Histogram before = histogram(pid);
        signIns.open(0, sessions);
        Histogram after = histogram(pid);

        int held = signIns.held() - warmup;
        System.out.printf("sessions asked %d, held %d, failed %d, after %d warm-up sessions (steps: %s)%n", sessions,
                held, signIns.failed(), warmup, population.steps().stream().map(Population.Step::label).toList());
        metrics.errorSamples().forEach(sample -> System.out.println("  " + sample));
        for (String type : COUNTED) {
            System.out.printf("  %s: %d -> %d%n", type, before.instances(type), after.instances(type));
        }
        long newSessions = after.instances(COUNTED.getFirst()) - before.instances(COUNTED.getFirst());
        double delta = after.totalBytes() - before.totalBytes();
        System.out.printf(Locale.ROOT, "live heap before %.1f MB, after %.1f MB, delta %.1f MB = %.1f KB per held "
                        + "session (%.1f KB per new VaadinSession, %d new)%n", before.totalBytes() / 1048576.0,
                after.totalBytes() / 1048576.0, delta / 1048576, held <= 0 ? 0 : delta / 1024 / held,
                newSessions > 0 ? delta / 1024 / newSessions : 0, newSessions);
        System.out.println("classes that grew most (live bytes):");
        after.byClass().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[1] - before.bytes(e.getKey())))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %,12d %s%n", e.getValue(), e.getKey()));
    }

    /** Signs members in and keeps their sessions open (this JVM holds their UIs), a few at a time. */
    private static final class SessionOpener {

        private final Population population;
        private final Metrics metrics;
        private final Semaphore atOnce;
        private final HttpClient http = BrowserSession.sharedClient();
        private final List<FlowUi> held = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger failed = new AtomicInteger();

        SessionOpener(Population population, Metrics metrics, int concurrency) {
            this.population = population;
            this.metrics = metrics;
            this.atOnce = new Semaphore(concurrency);
        }

        /** Signs in the users numbered first..first+count-1 of the population and opens its steps once. */
        void open(int first, int count) {
            try (var users = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = first; i < first + count; i++) {
                    int index = i;
                    users.submit(() -> openOne(index));
                }
            }
        }

        private void openOne(int index) {
            atOnce.acquireUninterruptibly();
            try {
                var ui = FlowUi.signIn(new BrowserSession(http, population.base(), metrics), population.user(index),
                        population.password());
                for (var step : population.steps()) {
                    ui.navigate(step.route(), "", "client", step.expectedId(), step.label());
                }
                held.add(ui);
            } catch (FlowException e) {
                failed.incrementAndGet();
                metrics.error("session", e);
            } finally {
                atOnce.release();
            }
        }

        int held() {
            return held.size();
        }

        int failed() {
            return failed.get();
        }
    }

    /** Forces a full GC in the portal and reads its live objects by class. */
    static Histogram histogram(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        long total = 0;
        var byClass = new HashMap<String, long[]>();
        for (String line : jcmd(pid, "GC.class_histogram")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].equals("Total")) {
                total = Long.parseLong(f[2]);
            } else if (f.length >= 4 && f[0].endsWith(":")) {
                byClass.merge(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        if (total == 0) {
            throw new IllegalStateException("jcmd " + pid + " GC.class_histogram printed no total");
        }
        return new Histogram(total, byClass);
    }

    private static List<String> jcmd(long pid, String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + String.join("\n", lines));
        }
        return lines;
    }

    private static String[] withDefault(String[] args, String key, String value) {
        for (String arg : args) {
            if (arg.equals(key) || arg.startsWith(key + "=")) {
                return args;
            }
        }
        var out = new ArrayList<>(List.of(args));
        out.add(key + "=" + value);
        return out.toArray(String[]::new);
    }
}
