package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.guildhall.shared.Text;

/**
 * The experience in a work history, with days worked in overlapping jobs counted once (issue 4: "overlapping periods
 * are not counted twice"). The days are measured as if worked in one stretch from the first start, so a single job
 * held from 1 March 2020 to 28 February 2025 is exactly five years, leap days and all.
 */
public final class ExperienceTotal {

    private final LocalDate anchor;
    private final LocalDate reached;

    private ExperienceTotal(LocalDate anchor, long days) {
        this.anchor = anchor;
        this.reached = anchor.plusDays(days);
    }

    public static ExperienceTotal of(List<WorkSpan> spans, LocalDate today) {
        if (spans.isEmpty()) {
            return new ExperienceTotal(today, 0);
        }
        var sorted = spans.stream().sorted(Comparator.comparing(WorkSpan::startsOn)).toList();
        long days = 0;
        // Walk the jobs by start date, counting only the days past the furthest end seen so far.
        LocalDate countedUntil = sorted.getFirst().startsOn();
        for (WorkSpan span : sorted) {
            LocalDate from = span.startsOn().isAfter(countedUntil) ? span.startsOn() : countedUntil;
            LocalDate until = span.endExclusive(today);
            if (until.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, until);
                countedUntil = until;
            }
        }
        return new ExperienceTotal(sorted.getFirst().startsOn(), days);
    }

    public Period counted() {
        return Period.between(anchor, reached);
    }

    public boolean meets(int years) {
        return !reached.isBefore(anchor.plusYears(years));
    }

    /** "4 months short of 5 years" ("none recorded yet, 5 years needed"); asked only when not met. */
    public Text shortfall(int years) {
        if (!reached.isAfter(anchor)) {
            return Text.of("certification.experience.none-yet", years);
        }
        return Text.of("certification.experience.short", describe(Period.between(reached, anchor.plusYears(years))),
                years);
    }

    /** "5 years, 2 months and 3 days"; "no experience" for none. */
    public static Text describe(Period period) {
        // The key names the parts present: y(ears), m(onths), d(ays), so each language joins them its own way.
        var parts = (period.getYears() > 0 ? "y" : "") + (period.getMonths() > 0 ? "m" : "")
                + (period.getDays() > 0 ? "d" : "");
        return Text.of("certification.experience." + (parts.isEmpty() ? "none" : parts), period.getYears(),
                period.getMonths(), period.getDays());
    }
}
