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
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A small SMTP server for fault tests. It accepts a message at the end of DATA, as a real server queues it, unless
 * the fault chosen for that message (by its number, from 1) says otherwise: {@link Fault#LATE_REPLY} accepts it but
 * answers only after {@code holdFor} or when the test calls {@link #release()} (past the client's timeout, the
 * client takes the accepted message for a failure), {@link Fault#STALL} never answers DATA and hangs up after
 * {@code holdFor} (nothing accepted), {@link Fault#REFUSE} answers the message with a temporary refusal.
 * It records the Message-ID of every message it accepted, so a test counts duplicates the way a mailbox would.
 */
public final class FaultySmtpServer implements AutoCloseable {

    /** What the server does with one message. */
    public enum Fault {
        NONE, LATE_REPLY, STALL, REFUSE
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final IntFunction<Fault> faultOf;
    private final Duration holdFor;
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private final List<String> acceptedMessageIds = new CopyOnWriteArrayList<>();

    /** Answers late the messages {@code holdReply} picks, and takes all others at once. */
    FaultySmtpServer(IntPredicate holdReply, Duration holdFor) {
        this((IntFunction<Fault>) message -> holdReply.test(message) ? Fault.LATE_REPLY : Fault.NONE, holdFor);
    }

    /** Meets each message with the fault {@code faultOf} picks by its number. */
    public static FaultySmtpServer withFaults(IntFunction<Fault> faultOf, Duration holdFor) {
        return new FaultySmtpServer(faultOf, holdFor);
    }

    private FaultySmtpServer(IntFunction<Fault> faultOf, Duration holdFor) {
        this.faultOf = faultOf;
        this.holdFor = holdFor;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
        connections.submit(this::acceptConnections);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The Message-IDs of the messages accepted, in order, a resent one as often as it arrived. */
    public List<String> acceptedMessageIds() {
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
                        Fault fault = faultOf.apply(received.incrementAndGet());
                        if (fault == Fault.STALL) {
                            hold();
                            return;
                        }
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String messageId = readMessage(in);
                        if (fault == Fault.REFUSE) {
                            reply(out, "451 4.3.0 Temporarily unable to queue, try again later");
                        } else {
                            acceptedMessageIds.add(messageId);
                            if (fault == Fault.LATE_REPLY) {
                                hold();
                            }
                            reply(out, "250 OK queued");
                        }
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

    private void hold() throws InterruptedException {
        holding.countDown();
        released.await(holdFor.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads a message up to its closing dot; its Message-ID. */
    private static String readMessage(BufferedReader in) throws IOException {
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
        return String.valueOf(messageId);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
