package org.guildhall.cpd.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.guildhall.certification.CertificationCycle;

/** The points before expiry at which a member still short of credits is reminded (issue 6). */
public enum ReminderMilestone {
    // Listed nearest to expiry first: the first one reached is the one that applies.
    SIX_WEEKS(Period.ofWeeks(6), "six weeks"),
    THREE_MONTHS(Period.ofMonths(3), "three months"),
    SIX_MONTHS(Period.ofMonths(6), "six months");

    private final Period beforeExpiry;
    private final String words;

    ReminderMilestone(Period beforeExpiry, String words) {
        this.beforeExpiry = beforeExpiry;
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The longest of the periods: certifications expiring further out need no reminder yet. */
    public static Period furthest() {
        return SIX_MONTHS.beforeExpiry;
    }

    public LocalDate dateIn(CertificationCycle cycle) {
        return cycle.expiresOn().minus(beforeExpiry);
    }

    /**
     * The latest milestone reached on {@code today} in a cycle not yet expired. A job that missed days sends only
     * the milestone now current, never a string of stale ones.
     */
    public static Optional<ReminderMilestone> reached(CertificationCycle cycle, LocalDate today) {
        if (cycle.hasExpired(today)) {
            return Optional.empty();
        }
        for (var milestone : values()) {
            if (!today.isBefore(milestone.dateIn(cycle))) {
                return Optional.of(milestone);
            }
        }
        return Optional.empty();
    }
}
