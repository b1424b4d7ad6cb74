package org.guildhall.events.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.events.EventRefusedException;
import org.guildhall.events.RegistrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * One person's place at an event, or their place in its waiting list. The waiting list is ordered by when each
 * person (re)joined it.
 */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long eventId;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private BigDecimal fee;

    private Instant registeredAt;

    private @Nullable Instant confirmedAt;

    private @Nullable Instant cancelledAt;

    protected EventRegistration() {
    }

    public EventRegistration(long eventId, long accountId, BigDecimal fee, boolean placeFree, Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        open(fee, placeFree, now);
    }

    /** Registering again after cancelling reopens the same registration, at the back of any queue. */
    public void reopen(BigDecimal fee, boolean placeFree, Instant now) {
        if (status.isActive()) {
            throw new EventRefusedException(status == RegistrationStatus.CONFIRMED
                    ? "events.refused.already-registered"
                    : "events.refused.already-waiting");
        }
        open(fee, placeFree, now);
    }

    private void open(BigDecimal fee, boolean placeFree, Instant now) {
        this.fee = fee;
        this.registeredAt = now;
        this.cancelledAt = null;
        this.status = placeFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        this.confirmedAt = placeFree ? now : null;
    }

    public void promote(Instant now) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waiting registration moves up");
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    public void cancel(Instant now) {
        if (!status.isActive()) {
            throw new EventRefusedException("events.refused.already-cancelled");
        }
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    /** The invoice subject of this registration's fee (payment module: one invoice per purpose and subject). */
    public String invoiceSubject() {
        return "event:" + eventId + ":registration:" + id;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long eventId() {
        return eventId;
    }

    public long accountId() {
        return accountId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public BigDecimal fee() {
        return fee;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
