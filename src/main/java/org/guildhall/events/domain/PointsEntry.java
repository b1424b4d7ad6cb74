package org.guildhall.events.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.events.PointsStatement;
import org.guildhall.shared.Shortened;

/** Membership points earned for one thing (seed 000: seminars earn membership points), named by its source. */
@Entity
@Table(name = "membership_points_entry")
public class PointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String sourceKey;

    private int points;

    private String reason;

    private LocalDate earnedOn;

    private Instant recordedAt;

    protected PointsEntry() {
    }

    public PointsEntry(long accountId, String sourceKey, int points, String reason, LocalDate earnedOn,
            Instant recordedAt) {
        if (points <= 0) {
            throw new IllegalArgumentException("A points entry earns at least one point");
        }
        this.accountId = accountId;
        this.sourceKey = sourceKey;
        this.points = points;
        this.reason = Shortened.toFit(reason, 250);
        this.earnedOn = earnedOn;
        this.recordedAt = recordedAt;
    }

    public PointsStatement.Entry toEntry() {
        return new PointsStatement.Entry(earnedOn, points, reason);
    }

    public int points() {
        return points;
    }
}
