package org.guildhall.notification.domain;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.shared.RetryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * An email in the outbox: queued in the same transaction as the inbox item it accompanies, then sent by the
 * outbox sender, tried again with growing delays while the mail server fails, and given up after the last attempt.
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

    private static final int MAX_ERROR_LENGTH = 1000;

    /** What a secret link reads as in the stored body once the email has left (or been given up). */
    public static final String REDACTED_LINK = "[link removed after sending]";
    private static final String SECRET_START = "[[secret-link:";
    private static final String SECRET_END = "]]";
    private static final Pattern MARKED_SECRET = Pattern.compile(Pattern.quote(SECRET_START) + "(.*?)"
            + Pattern.quote(SECRET_END));

    /**
     * Marks a link whose token proves the reader holds the mailbox (verification, password reset): it is sent as
     * written, and replaced by {@link #REDACTED_LINK} in the stored body after sending, so the outbox never keeps
     * in clear what the token table keeps only hashed.
     */
    public static String secretLink(String url) {
        return SECRET_START + url + SECRET_END;
    }

    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String idempotencyKey;

    private String recipient;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    private Instant createdAt;

    private Instant nextAttemptAt;

    private @Nullable Instant sentAt;

    private @Nullable String lastError;

    private @Nullable String resentBy;

    private @Nullable Instant resentAt;

    protected OutboundEmail() {
    }

    public OutboundEmail(String idempotencyKey, String recipient, String subject, String body, Instant queuedAt) {
        this.idempotencyKey = idempotencyKey;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    public long id() {
        return id;
    }

    /**
     * The Message-ID header this email carries on every attempt, so that a receiving system merges the copies a
     * resend after a lost acknowledgement delivers. Unique beyond the row id: a rebuilt database reuses ids, but
     * not together with the moment the email was queued.
     */
    public String messageId(String domain) {
        return "<outbox." + id + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    /** The body as stored: secret links marked while the email waits, removed once it has gone. */
    public String body() {
        return body;
    }

    /** The body as the recipient reads it: secret links in full, without their marks. */
    public String bodyToSend() {
        return MARKED_SECRET.matcher(body).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        removeSecretLinks();
    }

    private void removeSecretLinks() {
        body = MARKED_SECRET.matcher(body).replaceAll(Matcher.quoteReplacement(REDACTED_LINK));
    }

    /**
     * An admin sends a given-up email again: it is due at once, with the full number of attempts before it is
     * given up again. Its last error stays until the next attempt replaces it; who asked, and when, is kept.
     */
    public void sendAgain(String admin, Instant now) {
        if (status != Status.FAILED) {
            throw new IllegalStateException("Only an email that was given up is sent again, not a " + status + " one");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        resentBy = admin;
        resentAt = now;
    }

    /** Records a failed attempt and schedules the next one, or gives the email up after the last attempt. */
    public void failed(String error, Instant at, RetryPolicy retry) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (retry.givesUpAfter(attempts)) {
            status = Status.FAILED;
            removeSecretLinks();
        } else {
            nextAttemptAt = at.plus(retry.delayAfter(attempts));
        }
    }
}
