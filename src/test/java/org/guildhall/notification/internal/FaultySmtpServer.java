package org.guildhall.notification.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A small SMTP server for fault tests. It accepts every message at the end of DATA, as a real server queues it, but
 * for the messages {@code holdReply} picks (by their number, from 1) it answers only after {@code holdFor} or when
 * the test calls {@link #release()}: past the client's timeout, the client takes the accepted message for a failure.
 * It records the Message-ID of every message it accepted, so a test counts duplicates the way a mailbox would.
 */
final class FaultySmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final IntPredicate holdReply;
    private final Duration holdFor;
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private final List<String> acceptedMessageIds = new CopyOnWriteArrayList<>();

    FaultySmtpServer(IntPredicate holdReply, Duration holdFor) {
        this.holdReply = holdReply;
        this.holdFor = holdFor;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
        connections.submit(this::acceptConnections);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The Message-IDs of the messages accepted, in order, a resent one as often as it arrived. */
    List<String> acceptedMessageIds() {
        return List.copyOf(acceptedMessageIds);
    }

    /** Waits (bounded) until the server holds back the reply to a message it accepted. */
    boolean awaitHolding(Duration atMost) throws InterruptedException {
        return holding.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers every held reply now, and no longer holds any. */
    void release() {
        released.countDown();
    }

    @Override
    public void close() throws IOException {
        release();
        socket.close();
        connections.shutdownNow();
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                connections.submit(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                var out = client.getOutputStream()) {
            reply(out, "220 faulty-smtp ready");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 faulty-smtp");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        acceptMessage(in);
                        if (holdReply.test(received.incrementAndGet())) {
                            holding.countDown();
                            released.await(holdFor.toMillis(), TimeUnit.MILLISECONDS);
                        }
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException | InterruptedException clientGone) {
            // The client timed out and hung up, or the server is closing: the message, if any, stays accepted.
        }
    }

    private void acceptMessage(BufferedReader in) throws IOException {
        String messageId = null;
        boolean inHeaders = true;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (line.isEmpty()) {
                inHeaders = false;
            } else if (inHeaders && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).strip();
            }
        }
        acceptedMessageIds.add(String.valueOf(messageId));
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
