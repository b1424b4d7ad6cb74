package org.guildhall.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.notification.internal.FaultySmtpServer;
import org.guildhall.notification.internal.FaultySmtpServer.Fault;
import org.guildhall.notification.internal.OutboxRound;
import org.guildhall.platform.CuttableDatabase;
import org.guildhall.platform.internal.FailedEventResubmission;
import org.guildhall.shell.DatabaseOutage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12's fault run, the figures for its closing note: {@value #REGISTRATIONS} registrations from
 * {@value #THREADS} threads, each followed by a PDF upload by the new account, against a mail server that refuses,
 * stalls or answers after the client's timeout, with the database cut for a few seconds in the middle. Then the
 * outbox drains (sending rounds and resubmission of failed event publications, the clock moved between rounds) and
 * the run prints what came of it. It asserts only what must hold: no email lost, no half-written upload.
 *
 * <p>A benchmark, not part of the suite (not named *Test). Run it alone:
 * <pre>
 * ./mvnw -q test-compile &amp;&amp; ./mvnw -q surefire:test@default-test -Dtest=FaultRun -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(IntegrationTest.TestClockConfiguration.class)
class FaultRun {

    private static final int REGISTRATIONS = 120;
    private static final int THREADS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final Duration MAIL_CLIENT_TIMEOUT = Duration.ofSeconds(1);
    /** How long the mail server holds a late reply or a stalled conversation: past the client's timeout. */
    private static final Duration MAIL_SERVER_HOLD = Duration.ofMillis(1500);
    private static final int MAX_DRAIN_ROUNDS = 400;
    private static final Duration BETWEEN_ROUNDS = Duration.ofMinutes(5);
    private static final FaultySmtpServer MAIL_SERVER = FaultySmtpServer.withFaults(FaultRun::faultOf, MAIL_SERVER_HOLD);
    private static final byte[] PDF = SampleFiles.pdf();
    private static final Pattern CONNECTION_NUMBER = Pattern.compile("\\(conn=\\d+\\) ");
    /** The outbox's Message-ID, {@code <outbox.ROW-ID.QUEUED-MILLIS@domain>}. */
    private static final Pattern OUTBOX_MESSAGE_ID = Pattern.compile("<outbox\\.(\\d+)\\.\\d+@.+>");

    /** By the message's number at the server: one in ten refused, one in 25 answered late, one in 30 stalled. */
    private static Fault faultOf(int message) {
        if (message % 10 == 3) {
            return Fault.REFUSE;
        }
        if (message % 25 == 7) {
            return Fault.LATE_REPLY;
        }
        return message % 30 == 11 ? Fault.STALL : Fault.NONE;
    }

    @DynamicPropertySource
    static void cuttableDatabaseAndFaultyMailServer(DynamicPropertyRegistry registry) {
        CuttableDatabase.routeDatasource(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL_SERVER::port);
        for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
            registry.add("spring.mail.properties.mail.smtp." + timeout, MAIL_CLIENT_TIMEOUT::toMillis);
        }
    }

    @AfterAll
    static void stopMailServer() throws Exception {
        MAIL_SERVER.close();
    }

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired DocumentService documents;
    @Autowired FailedEventResubmission resubmission;
    @Autowired EventPublicationRegistry publications;
    @Autowired StalenessProperties staleness;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private final String runId = "faultrun" + System.nanoTime();
    private final AtomicInteger registrationsAttempted = new AtomicInteger();
    private final AtomicInteger registrationsAnswered = new AtomicInteger();
    private final AtomicInteger registrationsRefusedByOutage = new AtomicInteger();
    /** What the failures that do not read as "database unreachable" were: exception and root cause. */
    private final Queue<String> otherFailures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger registrationsFailedOtherwise = new AtomicInteger();
    private final AtomicInteger uploadsAttempted = new AtomicInteger();
    private final AtomicInteger uploadsStored = new AtomicInteger();
    private final AtomicInteger uploadsRefusedByOutage = new AtomicInteger();
    private final AtomicInteger uploadsFailedOtherwise = new AtomicInteger();
    /** System.nanoTime() at the end of each successful registration. */
    private final Queue<Long> registrationsDoneAt = new ConcurrentLinkedQueue<>();
    private volatile String phase = "before the cut";

    @Test
    void registrations_and_uploads_through_a_faulty_mail_server_and_a_database_outage() throws Exception {
        long started = System.nanoTime();
        var workers = Executors.newFixedThreadPool(THREADS);
        IntStream.range(0, REGISTRATIONS).forEach(n -> workers.submit(() -> registerAndUpload(n)));

        await().atMost(Duration.ofMinutes(3)).until(() -> registrationsAttempted.get() >= REGISTRATIONS / 3);
        phase = "during the cut";
        CuttableDatabase.cut();
        await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
        CuttableDatabase.restore();
        long restoredAt = System.nanoTime();
        phase = "after the restore";

        workers.shutdown();
        assertThat(workers.awaitTermination(5, TimeUnit.MINUTES)).as("all registrations finished").isTrue();
        long registered = System.nanoTime();

        int rounds = drainOutbox();
        long drained = System.nanoTime();

        var figures = figures(restoredAt);
        System.out.printf("%n=== Fault run %s ===%n", runId);
        System.out.printf("Faults: mail server refuses 1 message in 10, answers 1 in 25 after the client's %d ms "
                + "timeout, stalls 1 in 30; database cut for %d s after %d registrations had started%n",
                MAIL_CLIENT_TIMEOUT.toMillis(), OUTAGE.toSeconds(), REGISTRATIONS / 3);
        figures.forEach((name, value) -> System.out.printf("  %-62s %s%n", name, value));
        System.out.printf("  %-62s %d rounds, %d ms (registrations took %d ms)%n", "outbox drained in", rounds,
                millis(drained - registered), millis(registered - started));
        otherFailures.stream().collect(Collectors.groupingBy(failure -> failure, Collectors.counting()))
                .forEach((failure, times) -> System.out.printf("  failed otherwise, %d x %s%n", times, failure));
        printLatestDeadlock();

        assertThat(figures.get("emails lost (account without both emails, or never delivered)"))
                .as("no email lost").isEqualTo(0L);
        assertThat(figures.get("uploads half-written (row without content, content without row)"))
                .as("no half-written upload").isEqualTo(0L);
    }

    private void registerAndUpload(int n) {
        registrationsAttempted.incrementAndGet();
        AccountSummary account;
        try {
            account = accounts.register("Fault Runner", runId + "." + n + "@example.org", TestAccounts.PASSWORD)
                    .orElseThrow();
            registrationsDoneAt.add(System.nanoTime());
            registrationsAnswered.incrementAndGet();
        } catch (RuntimeException failed) {
            (DatabaseOutage.isCause(failed) ? registrationsRefusedByOutage : registrationsFailedOtherwise)
                    .incrementAndGet();
            noteIfOther("registration", failed);
            return;
        }
        uploadsAttempted.incrementAndGet();
        TestAccounts.signInAs(account);
        try {
            documents.store(account.id(), "evidence-" + n + ".pdf", new ByteArrayInputStream(PDF), PDF.length);
            uploadsStored.incrementAndGet();
        } catch (RuntimeException failed) {
            (DatabaseOutage.isCause(failed) ? uploadsRefusedByOutage : uploadsFailedOtherwise).incrementAndGet();
            noteIfOther("upload", failed);
        } finally {
            TestAccounts.signOut();
        }
    }

    private void noteIfOther(String step, RuntimeException failed) {
        if (!DatabaseOutage.isCause(failed)) {
            otherFailures.add(step + " " + phase + ": " + failed.getClass().getSimpleName() + " <- "
                    + CONNECTION_NUMBER.matcher(String.valueOf(NestedExceptionUtils.getMostSpecificCause(failed)))
                            .replaceAll(""));
        }
    }

    /**
     * Rounds of what the portal's schedules do, with the clock moved on between them: publications stuck in
     * progress when the database went away are marked failed (Modulith's staleness monitor), failed ones are
     * resubmitted, and the due emails are sent. Until every publication of the run completed and no email is
     * pending; the number of rounds it took.
     */
    private int drainOutbox() {
        int rounds = 0;
        while (rounds < MAX_DRAIN_ROUNDS && !settled()) {
            rounds++;
            clock.advance(BETWEEN_ROUNDS);
            publications.markStalePublicationsFailed(staleness);
            resubmission.resubmitFailedPublications();
            awaitBounded(Duration.ofSeconds(5), () -> count("select count(*) from EVENT_PUBLICATION where "
                    + "completion_date is null and status <> 'FAILED' and serialized_event like ?", "%" + runId + "%")
                    == 0);
            OutboxRound.sendDue(context);
        }
        return rounds;
    }

    private boolean settled() {
        return count("select count(*) from EVENT_PUBLICATION where completion_date is null and serialized_event "
                + "like ?", "%" + runId + "%") == 0
                && count("select count(*) from outbound_email where status = 'PENDING' and recipient like ?",
                        runId + ".%") == 0;
    }

    private Map<String, Object> figures(long restoredAt) {
        String ours = runId + ".%";
        long committed = count("select count(*) from account where email like ?", ours);
        long generated = count("select count(*) from outbound_email where recipient like ?", ours);
        List<String> accepted = MAIL_SERVER.acceptedMessageIds();
        // A late reply's message counts as accepted once the server has it, so nothing is still on its way here.
        Map<Long, Long> copiesByEmail = accepted.stream().map(OUTBOX_MESSAGE_ID::matcher).filter(Matcher::matches)
                .collect(Collectors.groupingBy(id -> Long.valueOf(id.group(1)), Collectors.counting()));
        long once = 0;
        long more = 0;
        long never = 0;
        for (var row : jdbc.queryForList("select id, status from outbound_email where recipient like ?", ours)) {
            long copies = copiesByEmail.getOrDefault(((Number) row.get("id")).longValue(), 0L);
            if (copies == 1) {
                once++;
            } else if (copies > 1) {
                more++;
            } else if (!"FAILED".equals(row.get("status"))) {
                never++;
            }
        }
        long failed = count("select count(*) from outbound_email where status = 'FAILED' and recipient like ?", ours);
        long withoutBoth = count("select count(*) from account a where a.email like ? and 2 > (select count(*) "
                + "from outbound_email e where e.recipient = a.email and (e.subject = 'Welcome to Guildhall' "
                + "or e.subject = 'Confirm your email address'))", ours);
        long stored = count("select count(*) from document d join account a on a.id = d.owner_account_id "
                + "where a.email like ?", ours);
        long rowWithoutContent = count("select count(*) from document d left join document_content c "
                + "on c.document_id = d.id where c.document_id is null");
        long contentWithoutRow = count("select count(*) from document_content c left join document d "
                + "on d.id = c.document_id where d.id is null");
        var firstAfterRestore = registrationsDoneAt.stream().filter(at -> at > restoredAt).min(Long::compare);

        var figures = new LinkedHashMap<String, Object>();
        figures.put("registrations attempted", (long) registrationsAttempted.get());
        figures.put("registrations answered with an account", (long) registrationsAnswered.get());
        figures.put("registrations refused: database unreachable", (long) registrationsRefusedByOutage.get());
        figures.put("registrations failed otherwise", (long) registrationsFailedOtherwise.get());
        figures.put("accounts committed (in the database)", committed);
        figures.put("emails generated (outbox rows for these accounts)", generated);
        figures.put("emails delivered once (one Message-ID copy at the server)", once);
        figures.put("emails delivered more than once (same Message-ID)", more);
        figures.put("emails failed (status FAILED)", failed);
        figures.put("emails lost (account without both emails, or never delivered)", withoutBoth + never);
        figures.put("mail server: messages accepted / attempts made", accepted.size() + " / " + attemptsMade());
        figures.put("uploads attempted", (long) uploadsAttempted.get());
        figures.put("uploads stored (document rows for these accounts)", stored);
        figures.put("uploads refused: database unreachable", (long) uploadsRefusedByOutage.get());
        figures.put("uploads failed otherwise", (long) uploadsFailedOtherwise.get());
        figures.put("uploads half-written (row without content, content without row)",
                rowWithoutContent + contentWithoutRow);
        figures.put("database restored -> first successful registration",
                firstAfterRestore.map(at -> millis(at - restoredAt) + " ms").orElse("none after restore"));
        return figures;
    }

    /** InnoDB's account of the last deadlock, if any: which statements of which steps collided. */
    private void printLatestDeadlock() {
        String status = String.valueOf(jdbc.queryForMap("show engine innodb status").get("Status"));
        int from = status.indexOf("LATEST DETECTED DEADLOCK");
        if (from >= 0) {
            int to = status.indexOf("TRANSACTIONS\n------------", from);
            System.out.printf("%n%s%n", status.substring(from, to < 0 ? status.length() : to));
        }
    }

    private long attemptsMade() {
        return count("select coalesce(sum(attempts), 0) from outbound_email where recipient like ?", runId + ".%");
    }

    private long count(String sql, Object... arguments) {
        Long value = jdbc.queryForObject(sql, Long.class, arguments);
        return value == null ? 0 : value;
    }

    /** Polls up to {@code atMost}; whether the condition came true (the run goes on either way). */
    private static boolean awaitBounded(Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
