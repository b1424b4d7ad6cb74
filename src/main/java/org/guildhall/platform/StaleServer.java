package org.guildhall.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that a hard-killed portal left running on its data directory (an orphan: its parent is no longer a
 * Java process). It holds the InnoDB file locks, so a
 * new server on that directory would wait for them and then fail; it is asked to shut down (it flushes like at any
 * normal stop) before the new one starts, and killed only if it does not exit in time.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private StaleServer() {
    }

    /**
     * Stops the server whose pid the file names, if that process is still a running MariaDB server whose portal is
     * gone. A server still started by a live Java process belongs to a portal that runs: that is refused, not stopped.
     */
    static void stopIfRunning(Path pidFile) {
        serverProcess(pidFile).ifPresent(server -> {
            server.parent().filter(StaleServer::isJava).ifPresent(portal -> {
                throw new IllegalStateException("The MariaDB server (pid " + server.pid() + ") on "
                        + pidFile.getParent() + " belongs to a portal that is still running (pid " + portal.pid()
                        + "). Stop that one first, or give this one another GUILDHALL_EMBEDDED_DB_DATA_DIR.");
            });
            log.warn("A MariaDB server (pid {}) left by an earlier run still uses {}; stopping it", server.pid(),
                    pidFile.getParent());
            server.destroy();
            try {
                server.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                log.warn("The stale MariaDB server (pid {}) did not stop in {}; killing it", server.pid(), SHUTDOWN_WAIT);
                server.destroyForcibly();
                server.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping a stale MariaDB server", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Cannot wait for the stale MariaDB server to stop", e);
            }
        });
    }

    /** A pid can be reused after a reboot: only a live process running a MariaDB server binary counts. */
    static Optional<ProcessHandle> serverProcess(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(StaleServer::isMariaDbServer).orElse(false));
        } catch (IOException | NumberFormatException e) {
            log.debug("Unreadable pid file {}", pidFile, e);
            return Optional.empty();
        }
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("java"))
                .orElse(false);
    }

    private static boolean isMariaDbServer(String command) {
        String binary = Path.of(command).getFileName().toString();
        return binary.equals("mariadbd") || binary.equals("mysqld");
    }
}
