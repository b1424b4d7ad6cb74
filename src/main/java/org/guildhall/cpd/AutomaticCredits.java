package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildhall.cpd.domain.CpdActivity;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.settings.Setting;
import org.guildhall.settings.Settings;
import org.guildhall.shared.ForOtherModules;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CPD credit the institute grants from its own records (event attendance marked by a registrar, a partner course's
 * claim code or roster), for the module that keeps those records. That module has authorised the step; no view may call these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
public class AutomaticCredits {

    private static final String GIVING_BACK_TYPE = "COURSE_OR_SESSION";
    private static final String GIVING_BACK_PROVIDER = "The institute";

    private final CpdActivityRepository activities;
    private final CpdService cpd;
    private final Settings settings;
    private final Clock clock;

    AutomaticCredits(CpdActivityRepository activities, CpdService cpd, Settings settings, Clock clock) {
        this.activities = activities;
        this.cpd = cpd;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Giving-back credit (issue 20: an assessor's score, an essay review, a sponsor's endorsement), recorded with
     * the act in the caller's transaction: Instruction (seed 001: sharing one's expertise with the profession) at the hours {@code hoursSetting} gives today, none when it
     * gives 0. The category's cap applies as to any claim; like {@link #record}, the same {@code sourceKey} twice
     * records once.
     *
     * @param audience who the expertise was shared with (e.g. "Panel 12")
     */
    @Transactional
    public void recordGivingBack(Setting hoursSetting, long accountId, String sourceKey, String title,
            String audience) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal hours = settings.valueOn(hoursSetting, today);
        if (hours.signum() == 0) {
            return;
        }
        record(new AutomaticCredit(accountId, sourceKey, CpdCategory.INSTRUCTION, GIVING_BACK_TYPE, title,
                GIVING_BACK_PROVIDER, today, hours, audience));
    }

    /**
     * Records the credit as an approved activity, under the same rules as a member's claim. Idempotent on
     * {@link AutomaticCredit#sourceKey()}: a second call with the same key returns the first activity unchanged.
     */
    @Transactional
    public AutomaticCreditOutcome record(AutomaticCredit credit) {
        var recorded = activities.findBySourceKey(credit.sourceKey());
        if (recorded.isPresent()) {
            return AutomaticCreditOutcome.recorded(recorded.get().id());
        }
        try {
            var claim = cpd.checkedClaim(credit.accountId(), formOf(credit), null);
            var activity = activities.save(CpdActivity.automatic(credit.accountId(), credit.sourceKey(), claim,
                    clock.instant()));
            return AutomaticCreditOutcome.recorded(activity.id());
        } catch (CpdRefusedException refused) {
            return AutomaticCreditOutcome.refused(refused.reason());
        }
    }

    /**
     * Why the rules would refuse the credit now, recording nothing: for a report shown before many credits are
     * recorded at once (a course roster). Empty when {@link #record} would record it (or finds it recorded).
     */
    @Transactional(readOnly = true)
    public Optional<Text> refusalOf(AutomaticCredit credit) {
        if (activities.findBySourceKey(credit.sourceKey()).isPresent()) {
            return Optional.empty();
        }
        try {
            cpd.checkedClaim(credit.accountId(), formOf(credit), null);
            return Optional.empty();
        } catch (CpdRefusedException refused) {
            return Optional.of(refused.reason());
        }
    }

    private static CpdActivityData formOf(AutomaticCredit credit) {
        return new CpdActivityData(credit.category(), credit.activityType(), credit.title(), credit.provider(),
                credit.startsOn(), credit.date(), credit.hours(), BigDecimal.ZERO, null, credit.audience(), false,
                List.of());
    }

    /** Removes credit recorded under {@code sourceKey} (attendance unmarked); false if there was none. */
    @Transactional
    public boolean withdraw(String sourceKey) {
        return activities.findBySourceKey(sourceKey).map(activity -> {
            activities.delete(activity);
            return true;
        }).orElse(false);
    }
}
