package org.guildhall.membership.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.guildhall.membership.MembershipStatus;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Issue 16's status rules: what a membership's status is on a given day, from its terms, whether the member
 * resigns at term end, and a registrar's suspension or expulsion. Settled (paid or waived) terms that follow
 * each other without a gap make one paid run; its last day decides renewal due, grace and lapse.
 * <p>
 * Which day's settings count (docs/decisions/membership-settings-effective-dated.md): the grace is the one in force
 * on the paid run's last day, and the pay-within days the one in force on the first term's first day, because the
 * member was told the resulting date then; the renewal notice is the one in force on the day judged.
 */
public final class StandingRule {

    private StandingRule() {
    }

    /** One term as the rule needs it. */
    public record TermSpan(LocalDate startsOn, LocalDate endsOn, boolean settled) {
    }

    /**
     * The status on a day, why, and the last day of the paid run (null before any term is settled).
     */
    public record Assessment(MembershipStatus status, Text reason, @Nullable LocalDate paidUntil) {
    }

    public static Assessment assess(LocalDate today, @Nullable RegistrarHold hold, @Nullable String holdReason,
            boolean resigning, List<TermSpan> terms, YearSettings settings) {
        var paidUntil = paidUntil(today, terms);
        if (hold != null) {
            var status = hold == RegistrarHold.EXPELLED ? MembershipStatus.EXPELLED : MembershipStatus.SUSPENDED;
            return new Assessment(status, Text.of("membership.standing.held", Text.of(status.key()), holdReason),
                    paidUntil);
        }
        if (paidUntil == null) {
            var first = terms.stream().min(Comparator.comparing(TermSpan::startsOn)).orElse(null);
            int payWithinDays = first == null ? 0 : settings.payWithinDays(first.startsOn());
            if (first != null && payWithinDays > 0 && !today.isAfter(first.startsOn().plusDays(payWithinDays))) {
                return new Assessment(MembershipStatus.CURRENT, Text.of("membership.standing.first-due",
                        first.startsOn().plusDays(payWithinDays)), null);
            }
            return new Assessment(MembershipStatus.PENDING_PAYMENT, Text.of("membership.standing.first-unpaid"),
                    null);
        }
        if (!today.isAfter(paidUntil)) {
            if (resigning) {
                return new Assessment(MembershipStatus.CURRENT, Text.of("membership.standing.resigning", paidUntil),
                        paidUntil);
            }
            if (!today.isBefore(renewalOpensOn(today, paidUntil, settings))) {
                return new Assessment(MembershipStatus.RENEWAL_DUE,
                        Text.of("membership.standing.renewal-due", paidUntil), paidUntil);
            }
            return new Assessment(MembershipStatus.CURRENT, Text.of("membership.standing.current", paidUntil),
                    paidUntil);
        }
        if (resigning) {
            return new Assessment(MembershipStatus.RESIGNED, Text.of("membership.standing.resigned", paidUntil),
                    paidUntil);
        }
        var graceEnds = paidUntil.plusDays(settings.graceDays(paidUntil));
        if (!today.isAfter(graceEnds)) {
            return new Assessment(MembershipStatus.GRACE, Text.of("membership.standing.grace", paidUntil, graceEnds),
                    paidUntil);
        }
        return new Assessment(MembershipStatus.LAPSED, Text.of("membership.standing.lapsed", graceEnds.plusDays(1)),
                paidUntil);
    }

    /** The first day of Renewal due for a paid run ending on {@code paidUntil}, by the notice in force today. */
    public static LocalDate renewalOpensOn(LocalDate today, LocalDate paidUntil, YearSettings settings) {
        return paidUntil.minusDays(settings.renewalNoticeDays(today));
    }

    /**
     * The last day of the paid run that covers {@code today}, or else of the latest one that ended before it;
     * null when no term is settled. A settled term not yet begun counts only when it continues a run.
     */
    public static @Nullable LocalDate paidUntil(LocalDate today, List<TermSpan> terms) {
        var settled = terms.stream().filter(TermSpan::settled).sorted(Comparator.comparing(TermSpan::startsOn))
                .toList();
        LocalDate runEnd = null;
        for (var term : settled) {
            boolean continuesRun = runEnd != null && !term.startsOn().isAfter(runEnd.plusDays(1));
            if (continuesRun) {
                runEnd = term.endsOn().isAfter(runEnd) ? term.endsOn() : runEnd;
            } else if (!term.startsOn().isAfter(today)) {
                runEnd = term.endsOn();
            } else {
                break;
            }
        }
        return runEnd;
    }
}
