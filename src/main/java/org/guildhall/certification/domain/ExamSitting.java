package org.guildhall.certification.domain;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.SittingSummary;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled exam: when, where (a venue, an online link, or both) and how many seats. Seats are counted on the
 * row itself, so taking one is a single locked update.
 */
@Entity
@Table(name = "exam_sitting")
public class ExamSitting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private LocalDateTime startsAt;

    private @Nullable String venue;

    private @Nullable String onlineLink;

    private int capacity;

    private int seatsTaken;

    protected ExamSitting() {
    }

    public ExamSitting(LocalDateTime startsAt, @Nullable String venue, @Nullable String onlineLink, int capacity,
            LocalDateTime now) {
        if (!startsAt.isAfter(now)) {
            throw new CertificationRefusedException("A sitting must be scheduled in the future.");
        }
        if (capacity < 1) {
            throw new CertificationRefusedException("A sitting needs at least one seat.");
        }
        if (venue == null && onlineLink == null) {
            throw new CertificationRefusedException("Give the venue, the online link, or both.");
        }
        this.startsAt = startsAt;
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
    }

    /** Takes a seat; the caller holds the row lock, so of two candidates after the last seat only one gets it. */
    public void takeSeat(LocalDateTime now) {
        if (!startsAt.isAfter(now)) {
            throw new CertificationRefusedException("This sitting has already taken place; choose a later one.");
        }
        if (seatsTaken >= capacity) {
            throw new CertificationRefusedException("Sorry, the last seat at this sitting has just been taken. "
                    + "Please choose another sitting.");
        }
        seatsTaken++;
    }

    public long id() {
        return id;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public SittingSummary toView() {
        return new SittingSummary(id, startsAt, venue, onlineLink, capacity, seatsTaken);
    }
}
