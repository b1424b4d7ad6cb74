package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A member's CPD credits and the rules that weigh them (seed 001): what each activity claims, which activities
 * count for a cycle (approved, completed within it), each category's cap, the capped total against the
 * designation's requirement, the pace forecast, and the refusals that depend on the member's other activities
 * (the same activity twice, a presentation repeated to the same audience).
 */
public final class CpdLedger {

    /** The id a previewed claim takes in the ledger; no stored activity has it. */
    private static final long PREVIEWED = -1;

    /** Average month length, so a pace per month does not depend on which months the cycle spans. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");

    private final RulesInForce rules;
    private final List<LedgerEntry> entries;

    public CpdLedger(RulesInForce rules, List<LedgerEntry> entries) {
        this.rules = rules;
        this.entries = List.copyOf(entries);
    }

    /** A ledger under rules that never changed. */
    public CpdLedger(CpdRulebook rules, List<LedgerEntry> entries) {
        this(RulesInForce.always(rules), entries);
    }

    /**
     * Credits an activity claims: hours less excluded time at the kind's rate, or the item's fixed credits, as the
     * rulebook stood on the day the activity was completed (docs/decisions/cpd-rules-effective-dated.md).
     */
    public BigDecimal creditsClaimed(CpdClaim claim) {
        return rules.on(claim.completedOn()).type(claim.activityType())
                .orElseThrow(() -> new IllegalStateException("Unknown activity type " + claim.activityType()))
                .creditsFor(claim.hours(), claim.excludedHours());
    }

    /** Only approved activities completed within the cycle, its first and last valid day included, count. */
    public boolean countsToward(LedgerEntry entry, CertificationCycle cycle) {
        return entry.status().counts() && cycle.contains(entry.claim().completedOn());
    }

    /** The entries completed within the cycle, whatever their status (for the transcript and pending list). */
    public List<LedgerEntry> within(CertificationCycle cycle) {
        return entries.stream().filter(entry -> cycle.contains(entry.claim().completedOn())).toList();
    }

    /**
     * Each category's claimed and counted credits in the cycle, and their capped sum against the requirement. The
     * caps are those in force on the cycle's first day: a cycle is counted under the rules it began with.
     */
    public Tally tally(CertificationCycle cycle, int required) {
        var caps = rules.on(cycle.startsOn());
        var categories = Arrays.stream(CpdCategory.values()).map(category -> {
            BigDecimal claimed = entries.stream()
                    .filter(entry -> entry.claim().category() == category && countsToward(entry, cycle))
                    .map(entry -> creditsClaimed(entry.claim()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal cap = caps.capOf(category);
            return new CategoryTally(category, claimed, cap, claimed.min(cap));
        }).toList();
        BigDecimal counted = categories.stream().map(CategoryTally::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Tally(cycle, BigDecimal.valueOf(required), categories, counted);
    }

    /**
     * What approving {@code claim} would do to the cycle, weighed by this same ledger with the claim added as
     * approved (in place of the activity being edited): the form's live preview, so it can never disagree with what
     * the ledger counts once the registrar approves.
     *
     * @param replacing the activity being edited, whose earlier version the claim replaces
     */
    public Preview preview(CpdClaim claim, @Nullable Long replacing, CertificationCycle cycle, int required) {
        var others = entries.stream().filter(entry -> replacing == null || entry.activityId() != replacing);
        var withClaim = new CpdLedger(rules, Stream.concat(others,
                Stream.of(new LedgerEntry(PREVIEWED, claim, CpdActivityStatus.APPROVED))).toList());
        return new Preview(claim.category(), creditsClaimed(claim), tally(cycle, required),
                withClaim.tally(cycle, required));
    }

    /**
     * Why the claim cannot be logged beside the member's other activities, on the field concerned, or empty when it
     * can. Rejected activities are history, not claims, so they never block a new one.
     *
     * @param replacing the activity being edited, which is not compared with itself
     */
    public Optional<FieldProblem> refusal(CpdClaim claim, @Nullable Long replacing) {
        var others = entries.stream()
                .filter(entry -> entry.status() != CpdActivityStatus.REJECTED)
                .filter(entry -> replacing == null || entry.activityId() != replacing)
                .toList();
        if (others.stream().anyMatch(entry -> entry.claim().isSameActivityAs(claim))) {
            return Optional.of(new FieldProblem(CpdActivityData.TITLE, alreadyLogged(claim)));
        }
        return others.stream().filter(entry -> claim.repeatsPresentationOf(entry.claim())).findFirst()
                .map(repeat -> new FieldProblem(CpdActivityData.AUDIENCE, Text.of("cpd.claim.same-audience",
                        claim.title(), claim.audience(), repeat.claim().completedOn())));
    }

    /** The refusal of a claim the member logged before; the same whether found here or by the database's key. */
    public static Text alreadyLogged(CpdClaim claim) {
        return Text.of("cpd.claim.already-logged", claim.title());
    }

    /**
     * At the member's pace so far (capped credits over the part of the cycle gone), whether they reach the
     * requirement by expiry, and the credits per month they need from today on.
     */
    public Forecast forecast(Tally tally, LocalDate today) {
        CertificationCycle cycle = tally.cycle();
        long elapsedDays = Math.max(1, ChronoUnit.DAYS.between(cycle.startsOn(), today));
        long remainingDays = Math.max(0, ChronoUnit.DAYS.between(today, cycle.expiresOn()));
        BigDecimal elapsedMonths = months(elapsedDays);
        BigDecimal remainingMonths = months(remainingDays);
        BigDecimal pace = tally.counted().divide(elapsedMonths, 2, RoundingMode.HALF_UP);
        BigDecimal projected = tally.counted().add(pace.multiply(remainingMonths)).setScale(1, RoundingMode.HALF_UP);
        BigDecimal short_ = tally.shortBy();
        BigDecimal neededPerMonth = short_.signum() == 0 ? BigDecimal.ZERO
                : remainingMonths.signum() == 0 ? short_
                : short_.divide(remainingMonths, 1, RoundingMode.UP);
        return new Forecast(pace.setScale(1, RoundingMode.HALF_UP), projected,
                tally.met() || projected.compareTo(tally.required()) >= 0, neededPerMonth, remainingDays);
    }

    private static BigDecimal months(long days) {
        return BigDecimal.valueOf(days).divide(DAYS_PER_MONTH, 4, RoundingMode.HALF_UP);
    }

    /** One category in one cycle: approved credits claimed, the cap, and what counts after the cap. */
    public record CategoryTally(CpdCategory category, BigDecimal claimed, BigDecimal cap, BigDecimal counted) {

        public boolean capApplied() {
            return claimed.compareTo(cap) > 0;
        }
    }

    /** A cycle's counted credits against the designation's requirement. */
    public record Tally(CertificationCycle cycle, BigDecimal required, List<CategoryTally> categories,
            BigDecimal counted) {

        public boolean met() {
            return counted.compareTo(required) >= 0;
        }

        public BigDecimal shortBy() {
            return required.subtract(counted).max(BigDecimal.ZERO);
        }

        public CategoryTally of(CpdCategory category) {
            return categories.stream().filter(tally -> tally.category() == category).findFirst().orElseThrow();
        }
    }

    /**
     * A claim weighed before it is submitted: the cycle's tally now and as it would be once the claim is approved.
     *
     * @param claimed the credits the claim is worth on its own
     */
    public record Preview(CpdCategory category, BigDecimal claimed, Tally before, Tally after) {

        /** What the claim would add to the cycle's counted total. */
        public BigDecimal added() {
            return after.counted().subtract(before.counted());
        }

        /** The part of the claim its category's cap would not let count. */
        public BigDecimal overCap() {
            return claimed.subtract(added()).max(BigDecimal.ZERO);
        }
    }

    /**
     * @param pacePerMonth counted credits per month so far
     * @param projected counted credits at expiry if the pace holds
     * @param neededPerMonth credits per month needed from today to meet the requirement by expiry
     */
    public record Forecast(BigDecimal pacePerMonth, BigDecimal projected, boolean onTrack,
            BigDecimal neededPerMonth, long daysToExpiry) {
    }
}
