package org.guildhall.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real S3-compatible server for the tests: S3Proxy serving the S3 API from a temporary folder, in a process of its
 * own (its jar bundles Jetty 12, jclouds and cloud SDKs that must not meet the portal's classpath; Maven copies it to
 * {@code target/s3proxy/s3proxy.jar}). One per test JVM, stopped when the JVM ends.
 */
final class S3ProxyServer {

    private static final String ACCESS_KEY = "guildhall-test";
    private static final String SECRET_KEY = "guildhall-test-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static S3ProxyServer shared;

    private final String endpoint;
    private final Path folder;

    private S3ProxyServer(String endpoint, Path folder) {
        this.endpoint = endpoint;
        this.folder = folder;
    }

    /** The one server of this JVM, started on first use. */
    static synchronized S3ProxyServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** Points the portal's object store at this server, bucket {@code bucket}, and sends new uploads there. */
    void configure(DynamicPropertyRegistry registry, String bucket) {
        registry.add("guildhall.documents.storage.uploads-to", () -> "object-store");
        registry.add("guildhall.documents.storage.s3.endpoint", () -> endpoint);
        registry.add("guildhall.documents.storage.s3.bucket", () -> bucket);
        registry.add("guildhall.documents.storage.s3.access-key", () -> ACCESS_KEY);
        registry.add("guildhall.documents.storage.s3.secret-key", () -> SECRET_KEY);
    }

    /** The folder the server keeps its buckets in (one sub-folder per bucket, one file per object). */
    Path folder() {
        return folder;
    }

    private static S3ProxyServer start() {
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the tests through Maven, "
                        + "which copies S3Proxy there (maven-dependency-plugin, execution s3proxy-for-tests)");
            }
            Path folder = Files.createTempDirectory("guildhall-s3proxy");
            String endpoint = "http://127.0.0.1:" + freePort();
            Path settings = folder.resolve("s3proxy.properties");
            Path data = Files.createDirectory(folder.resolve("buckets"));
            Files.writeString(settings, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toAbsolutePath().toString(), "--properties", settings.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("s3proxy.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitAnswer(endpoint, process, folder);
            return new S3ProxyServer(endpoint, data);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start S3Proxy", e);
        }
    }

    /** Polls until the server answers HTTP at all (403 to an unsigned request), within {@link #START_TIMEOUT}. */
    private static void awaitAnswer(String endpoint, Process process, Path folder) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped; see " + folder.resolve("s3proxy.log"));
            }
            try {
                client.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                // Not listening yet: wait a moment, or less if the process dies.
                process.onExit().completeOnTimeout(null, 200, TimeUnit.MILLISECONDS).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("S3Proxy did not answer within " + START_TIMEOUT + "; see "
                + folder.resolve("s3proxy.log"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
