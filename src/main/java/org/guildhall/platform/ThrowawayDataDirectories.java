package org.guildhall.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directories of throwaway embedded servers ({@code guildhall-mariadb-*} under the system temp folder, about
 * 140 MB each): created for a test JVM, deleted when its server stops. A JVM that was killed never stops its server,
 * so directories left for longer than {@link #LEFTOVER_AGE} are swept at the next throwaway start (with the
 * server it may have left running).
 */
final class ThrowawayDataDirectories {

    private static final Logger log = LoggerFactory.getLogger(ThrowawayDataDirectories.class);
    static final String PREFIX = "guildhall-mariadb-";
    static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    private ThrowawayDataDirectories() {
    }

    static Path create() {
        try {
            return Files.createTempDirectory(PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data directory for the embedded MariaDB", e);
        }
    }

    /** Removes the directory and everything in it; a failure is logged, never thrown (it runs at JVM exit). */
    static void delete(Path dataDir) {
        try (Stream<Path> entries = Files.walk(dataDir)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
            log.info("Removed the throwaway MariaDB data directory {}", dataDir);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the throwaway MariaDB data directory {}", dataDir, e);
        }
    }

    /**
     * Sweeps the system temp folder. File times are the machine's, so the machine's clock judges their age, not the
     * portal's {@code Clock} that tests move.
     */
    static void sweepLeftovers() {
        sweepLeftovers(Path.of(System.getProperty("java.io.tmpdir")),
                Clock.systemUTC().instant().minus(LEFTOVER_AGE));
    }

    /**
     * Deletes the throwaway directories in {@code parent} last changed before {@code cutoff}. A server a killed JVM
     * left running on one is stopped first; one whose JVM still runs (a long test run) keeps its directory.
     */
    static void sweepLeftovers(Path parent, Instant cutoff) {
        try (Stream<Path> candidates = Files.list(parent)) {
            candidates.filter(dir -> dir.getFileName().toString().startsWith(PREFIX))
                    .filter(Files::isDirectory)
                    .filter(dir -> lastChangedBefore(dir, cutoff))
                    .toList()
                    .forEach(ThrowawayDataDirectories::deleteUnlessInUse);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not look for leftover MariaDB data directories in {}", parent, e);
        }
    }

    private static void deleteUnlessInUse(Path dir) {
        try {
            StaleServer.stopIfRunning(dir.resolve(EmbeddedMariaDb.PID_FILE));
        } catch (IllegalStateException inUse) {
            log.debug("Leaving {}: {}", dir, inUse.getMessage());
            return;
        }
        delete(dir);
    }

    private static boolean lastChangedBefore(Path dir, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }
}
