package org.guildhall.notification.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An email in the outbox: queued in the same transaction as the inbox item it accompanies, then sent by the
 * outbox sender, tried again with growing delays while the mail server fails, and given up after the last attempt.
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

    private static final int MAX_ERROR_LENGTH = 1000;

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

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
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
    }

    /** Records a failed attempt and schedules the next one, or gives the email up after the last attempt. */
    public void failed(String error, Instant at, RetryPolicy retry) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (retry.givesUpAfter(attempts)) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(retry.delayAfter(attempts));
        }
    }
}
