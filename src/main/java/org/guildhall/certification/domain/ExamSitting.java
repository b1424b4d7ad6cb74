package org.guildhall.certification.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.SittingData;
import org.guildhall.certification.SittingSummary;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled exam: when, where (a venue, an online link, or both) and how many seats. Seats are counted on the
 * row itself, so taking one is a single locked update.
 */
@Entity
@Table(name = "exam_sitting")
public class ExamSitting {

    /** The columns' widths. */
    public static final int MAX_VENUE = 200;
    public static final int MAX_ONLINE_LINK = 300;
    /** More seats than the largest hall the institute books; a larger figure is a slip of the finger. */
    public static final int MAX_CAPACITY = 1000;
    /** A sitting lasts a quarter of an hour at least and ten hours at most (a day's papers with the breaks). */
    public static final int MIN_LENGTH_MINUTES = 15;
    public static final int MAX_LENGTH_MINUTES = 600;

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

    private int lengthMinutes;

    protected ExamSitting() {
    }

    public ExamSitting(SittingData entered, LocalDateTime now) {
        var problems = new ArrayList<FieldProblem>();
        var startsAt = LocalDateTime.of(entered.date(), entered.startsAt());
        if (!startsAt.isAfter(now)) {
            problems.add(new FieldProblem(entered.date().isBefore(now.toLocalDate()) ? SittingData.DATE
                    : SittingData.STARTS_AT, "certification.sitting.in-future"));
        }
        String venue = blankToNull(entered.venue());
        String onlineLink = blankToNull(entered.onlineLink());
        if (venue == null && onlineLink == null) {
            problems.add(new FieldProblem(SittingData.VENUE, "certification.sitting.venue-or-link"));
        }
        if (venue != null && venue.length() > MAX_VENUE) {
            problems.add(new FieldProblem(SittingData.VENUE, Text.of("certification.sitting.venue-too-long",
                    MAX_VENUE)));
        }
        if (onlineLink != null && onlineLink.length() > MAX_ONLINE_LINK) {
            problems.add(new FieldProblem(SittingData.ONLINE_LINK, Text.of("certification.sitting.link-too-long",
                    MAX_ONLINE_LINK)));
        }
        if (entered.capacity() < 1 || entered.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem(SittingData.CAPACITY, Text.of("certification.sitting.capacity",
                    MAX_CAPACITY)));
        }
        if (entered.lengthMinutes() < MIN_LENGTH_MINUTES || entered.lengthMinutes() > MAX_LENGTH_MINUTES) {
            problems.add(new FieldProblem(SittingData.LENGTH_MINUTES, Text.of("certification.sitting.length",
                    MIN_LENGTH_MINUTES, MAX_LENGTH_MINUTES)));
        }
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        this.startsAt = startsAt;
        this.lengthMinutes = entered.lengthMinutes();
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.capacity = entered.capacity();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Takes a seat; the caller holds the row lock, so of two candidates after the last seat only one gets it. */
    public void takeSeat(LocalDateTime now) {
        if (!startsAt.isAfter(now)) {
            throw new CertificationRefusedException("certification.sitting.taken-place");
        }
        if (seatsTaken >= capacity) {
            throw new CertificationRefusedException("certification.sitting.full");
        }
        seatsTaken++;
    }

    public long id() {
        return id;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(lengthMinutes);
    }

    /** Where candidates go: the venue, else the online link. */
    public @Nullable String place() {
        return venue != null ? venue : onlineLink;
    }

    public SittingSummary toView() {
        return new SittingSummary(id, startsAt, venue, onlineLink, capacity, seatsTaken);
    }
}
