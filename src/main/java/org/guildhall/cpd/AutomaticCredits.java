package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.guildhall.cpd.domain.CpdActivity;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.shared.ForOtherModules;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CPD credit the institute grants from its own records (event attendance marked by a registrar), for the module
 * that keeps those records. That module has authorised the step; no view may call these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
public class AutomaticCredits {

    private final CpdActivityRepository activities;
    private final CpdService cpd;
    private final Clock clock;

    AutomaticCredits(CpdActivityRepository activities, CpdService cpd, Clock clock) {
        this.activities = activities;
        this.cpd = cpd;
        this.clock = clock;
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
        var form = new CpdActivityData(credit.category(), credit.activityType(), credit.title(), credit.provider(),
                credit.date(), credit.date(), credit.hours(), BigDecimal.ZERO, null, credit.audience(), false,
                List.of());
        try {
            var claim = cpd.checkedClaim(credit.accountId(), form, null);
            var activity = activities.save(CpdActivity.automatic(credit.accountId(), credit.sourceKey(), claim,
                    clock.instant()));
            return AutomaticCreditOutcome.recorded(activity.id());
        } catch (CpdRefusedException refused) {
            return AutomaticCreditOutcome.refused(refused.getMessage());
        }
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
