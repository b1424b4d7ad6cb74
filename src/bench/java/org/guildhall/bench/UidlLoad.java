package org.guildhall.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The UIDL-level load test: N virtual users (virtual threads), each a browser-like Vaadin client signing in as its
 * own member and looping over the steps (Home, My CPD, My certifications, Events) with a think time of +-25 %
 * around the mean. Sign-ins are spread over the ramp; the measured window starts after the ramp and a warm-up.
 * Prints UIDL round-trip percentiles (all, and per step), sign-in percentiles, errors, and the CPU of itself, of the
 * processes given with {@code --pids} and of the machine. {@code --ladder 25,50,100,200,500} runs one such step per
 * number of users and ends with a Markdown table. {@code --steps-per-session K} makes each user sign in afresh after
 * K steps, so sign-ins also happen inside the measured window, under the load.
 */
public final class UidlLoad {

    /** {@code stepsPerSession} > 0: a user leaves after that many steps and signs in afresh (sign-ins under load). */
    record Settings(int users, int rampSeconds, int warmupSeconds, int durationSeconds, int thinkMillis,
                    int stepsPerSession) {
    }

    record Result(Settings settings, int signedIn, int failedSignIns, int actions, Percentiles uidl,
                  Map<String, Percentiles> views, Percentiles signInAll, Percentiles signIn, Percentiles loginPost,
                  Map<String, Long> errors, long errorsOutsideWindow,
                  List<String> errorSamples, CpuMeter.Usage cpu) {

        double actionsPerSecond() {
            return (double) actions / settings.durationSeconds();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final String SIGN_IN = "sign-in";

    private final Population population;
    private final CpuMeter cpuMeter;
    private final HttpClient http = BrowserSession.sharedClient();

    UidlLoad(Population population, CpuMeter cpuMeter) {
        this.population = population;
        this.cpuMeter = cpuMeter;
    }

    public static void main(String[] args) throws InterruptedException {
        var options = new Options(args);
        var test = new UidlLoad(Population.from(options), new CpuMeter(options.numbers("pids")));
        int duration = options.integer("duration", 120);
        int warmup = options.integer("warmup", 10);
        int think = options.integer("think", 2000);
        int stepsPerSession = options.integer("steps-per-session", 0);
        List<Long> ladder = options.numbers("ladder");
        if (ladder.isEmpty()) {
            int users = options.integer("users", 5);
            var result = test.run(new Settings(users, options.integer("ramp", 30), warmup, duration, think,
                    stepsPerSession));
            print(result);
            System.out.println(tableHeader(test.population));
            System.out.println(tableRow(test.population, result));
            return;
        }
        var results = new ArrayList<Result>();
        for (long users : ladder) {
            // Sign-ins come in at most 5 a second by default, so the ramp measures the steady state, not a stampede.
            int ramp = options.integer("ramp", (int) Math.max(20, users / 5));
            var result = test.run(new Settings((int) users, ramp, warmup, duration, think, stepsPerSession));
            results.add(result);
            print(result);
            if (result.uidl().p95() > options.integer("stop-p95", 1500)
                    || result.errorCount() > options.integer("stop-errors", 50)) {
                System.out.println("ladder stopped: the next step would only be worse");
                break;
            }
            TimeUnit.SECONDS.sleep(options.integer("pause", 15));
        }
        System.out.println(tableHeader(test.population));
        results.forEach(result -> System.out.println(tableRow(test.population, result)));
    }

    Result run(Settings settings) throws InterruptedException {
        var metrics = new Metrics();
        long start = System.currentTimeMillis();
        long measureFrom = start + (settings.rampSeconds() + settings.warmupSeconds()) * 1000L;
        long measureTo = measureFrom + settings.durationSeconds() * 1000L;
        metrics.window(measureFrom, measureTo);
        var signedIn = new AtomicInteger();
        var failedSignIns = new AtomicInteger();
        var actions = new AtomicInteger();
        var viewMillis = new ConcurrentHashMap<String, List<Double>>();
        var signInMillis = Collections.synchronizedList(new ArrayList<Double>());
        System.err.printf("== %d users: ramp %d s, warm-up %d s, measured %d s%n", settings.users(),
                settings.rampSeconds(), settings.warmupSeconds(), settings.durationSeconds());
        try (var users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < settings.users(); i++) {
                int index = i;
                long startsAt = start + (long) settings.rampSeconds() * 1000 * index / settings.users();
                users.submit(() -> {
                    sleepUntil(startsAt);
                    int failures = 0;
                    boolean counted = false;
                    while (failures < 3 && System.currentTimeMillis() < measureTo) {
                        var browser = new BrowserSession(http, population.base(), metrics);
                        FlowUi ui = null;
                        try {
                            long beganAt = System.currentTimeMillis();
                            long began = System.nanoTime();
                            ui = FlowUi.signIn(browser, population.user(index), population.password());
                            double millis = (System.nanoTime() - began) / 1e6;
                            signInMillis.add(millis);
                            metrics.record(SIGN_IN, millis, beganAt);
                            if (!counted) {
                                signedIn.incrementAndGet();
                                counted = true;
                            }
                            if (!loop(ui, settings, metrics, measureTo, actions, viewMillis)) {
                                return;
                            }
                        } catch (FlowException e) {
                            if (Thread.currentThread().isInterrupted()) {
                                return; // the run is over; a request cut short then is no error of the portal
                            }
                            failures++;
                            if (ui == null) {
                                failedSignIns.incrementAndGet();
                            }
                            metrics.error(ui == null ? "sign-in" : "navigation", e);
                            sleepUntil(System.currentTimeMillis() + 1000);
                        }
                    }
                });
            }
            sleepUntil(measureFrom);
            var cpuFrom = cpuMeter.snapshot();
            sleepUntil(measureTo);
            var cpu = cpuMeter.between(cpuFrom, cpuMeter.snapshot());
            users.shutdownNow();
            users.awaitTermination(30, TimeUnit.SECONDS);
            var views = new TreeMap<String, Percentiles>();
            viewMillis.forEach((label, samples) -> views.put(label, Percentiles.of(samples)));
            return new Result(settings, signedIn.get(), failedSignIns.get(), actions.get(),
                    Percentiles.of(metrics.samplesStartingWith("nav ")), views, Percentiles.of(signInMillis),
                    Percentiles.of(metrics.samples(SIGN_IN)), Percentiles.of(metrics.samples("POST /login")),
                    metrics.errors(), metrics.errorsOutsideWindow(), metrics.errorSamples(), cpu);
        }
    }

    /**
     * One signed-in user on Home: think, open the next step, and again, until the measured window closes (false) or
     * the session has taken its steps (true: sign in afresh).
     */
    private boolean loop(FlowUi ui, Settings settings, Metrics metrics, long until, AtomicInteger actions,
                         Map<String, List<Double>> viewMillis) {
        var steps = population.steps();
        for (int i = 1; ; i++) {
            long think = (long) (settings.thinkMillis() * (0.75 + ThreadLocalRandom.current().nextDouble() * 0.5));
            if (!sleepUntil(System.currentTimeMillis() + think) || System.currentTimeMillis() >= until) {
                return false;
            }
            if (settings.stepsPerSession() > 0 && i > settings.stepsPerSession()) {
                return true;
            }
            var step = steps.get(i % steps.size());
            long at = System.currentTimeMillis();
            double millis = ui.navigate(step.route(), "", "client", step.expectedId(), step.label());
            if (metrics.inWindow(at)) {
                actions.incrementAndGet();
                viewMillis.computeIfAbsent(step.label(),
                        k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
            }
        }
    }

    /** Sleeps until the moment; false when interrupted (the run is over). */
    static boolean sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait <= 0) {
            return !Thread.currentThread().isInterrupted();
        }
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void print(Result r) {
        var s = r.settings();
        System.out.printf(Locale.ROOT, "%d users: signed in %d (failed %d), %d actions measured in %d s (%.1f/s)%n",
                s.users(), r.signedIn(), r.failedSignIns(), r.actions(), s.durationSeconds(), r.actionsPerSecond());
        System.out.println("  UIDL round trips:   " + r.uidl());
        r.views().forEach((label, p) -> System.out.printf("  %-20s %s%n", label + ":", p));
        System.out.println("  sign-in, all:       " + r.signInAll());
        System.out.println("  sign-in, window:    " + r.signIn());
        System.out.println("  POST /login:        " + r.loginPost());
        System.out.println("  errors:             " + (r.errors().isEmpty() ? "none" : r.errors())
                + (r.errorsOutsideWindow() > 0 ? " (and " + r.errorsOutsideWindow() + " outside the window)" : ""));
        r.errorSamples().forEach(sample -> System.out.println("    " + sample));
        var cpu = r.cpu();
        var processes = new StringBuilder();
        cpu.processes().forEach((pid, cores) -> processes.append(String.format(Locale.ROOT, ", pid %d %.2f", pid,
                cores)));
        System.out.printf(Locale.ROOT, "  CPU (cores of %d):  load client %.2f%s, machine busy %.2f, others %.2f%n",
                cpu.cores(), cpu.loadClient(), processes, cpu.machineBusy(), cpu.others());
    }

    private static String tableHeader(Population population) {
        var head = new StringBuilder("| users | signed in | actions/s | UIDL p50 | UIDL p95 | UIDL p99 |");
        population.steps().forEach(step -> head.append(' ').append(step.label().substring(4)).append(" p95 |"));
        head.append(" sign-in p95 | errors | CPU of --pids | client CPU | machine busy |");
        return head + "\n" + head.toString().replaceAll("[^|]+", "---");
    }

    private static String tableRow(Population population, Result r) {
        var row = new StringBuilder(String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f | %.0f | %.0f |",
                r.settings().users(), r.signedIn(), r.actionsPerSecond(), r.uidl().p50(), r.uidl().p95(),
                r.uidl().p99()));
        for (var step : population.steps()) {
            var view = r.views().get(step.label());
            row.append(String.format(Locale.ROOT, " %.0f |", view == null ? Double.NaN : view.p95()));
        }
        String servers = r.cpu().processes().values().stream()
                .map(cores -> String.format(Locale.ROOT, "%.2f", cores)).collect(Collectors.joining(" + "));
        row.append(String.format(Locale.ROOT, " %.0f | %d | %s | %.2f | %.2f of %d |", (r.signIn().n() > 0 ? r.signIn() : r.signInAll()).p95(),
                r.errorCount(), servers, r.cpu().loadClient(), r.cpu().machineBusy(), r.cpu().cores()));
        return row.toString();
    }
}
