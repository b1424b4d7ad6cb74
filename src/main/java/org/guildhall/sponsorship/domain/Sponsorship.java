package org.guildhall.sponsorship.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.EndorsementData;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.SponsorshipStatus;
import org.jspecify.annotations.Nullable;

/** A member asked to sponsor one application, and their answer with its endorsement. */
@Entity
@Table(name = "sponsorship")
public class Sponsorship {

    public static final int MAX_ENDORSEMENT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long applicationId;

    private long sponsorAccountId;

    @Enumerated(EnumType.STRING)
    private SponsorshipStatus status;

    private @Nullable String endorsement;

    private Instant requestedAt;

    private @Nullable Instant respondedAt;

    protected Sponsorship() {
    }

    public Sponsorship(long applicationId, long sponsorAccountId, Instant now) {
        this.applicationId = applicationId;
        this.sponsorAccountId = sponsorAccountId;
        this.status = SponsorshipStatus.REQUESTED;
        this.requestedAt = now;
    }

    public void accept(String endorsement, Instant now) {
        requireOpen();
        if (endorsement.isBlank()) {
            throw refusedEndorsement(Text.of("sponsorship.request.endorsement-needed"));
        }
        if (endorsement.strip().length() > MAX_ENDORSEMENT) {
            throw refusedEndorsement(Text.of("sponsorship.request.endorsement-too-long", MAX_ENDORSEMENT));
        }
        this.endorsement = endorsement.strip();
        this.status = SponsorshipStatus.ACCEPTED;
        this.respondedAt = now;
    }

    private static SponsorshipRefusedException refusedEndorsement(Text problem) {
        return new SponsorshipRefusedException(List.of(new FieldProblem(EndorsementData.ENDORSEMENT, problem)));
    }

    public void decline(Instant now) {
        requireOpen();
        this.status = SponsorshipStatus.DECLINED;
        this.respondedAt = now;
    }

    private void requireOpen() {
        if (status != SponsorshipStatus.REQUESTED) {
            throw new SponsorshipRefusedException("sponsorship.request.answered");
        }
    }

    public long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public long sponsorAccountId() {
        return sponsorAccountId;
    }

    public SponsorshipStatus status() {
        return status;
    }

    public @Nullable String endorsement() {
        return endorsement;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public @Nullable Instant respondedAt() {
        return respondedAt;
    }
}
