package org.guildhall.sponsorship;

import java.util.List;

import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.settings.Setting;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/**
 * Giving-back CPD credit for an endorsement a sponsor gives (issue 20), recorded with the acceptance in the same
 * transaction, at the hours the setting gives on the day ({@link AutomaticCredits#recordGivingBack}).
 */
@Component
class SponsorCredit implements SettingGroup {

    /** The CPD hours a sponsor earns for an endorsement given; 0 grants none. */
    static final Setting SPONSOR_CREDIT_HOURS =
            Setting.hours("sponsorship.setting.sponsor-credit-hours", "1", "0", "10");

    private final AutomaticCredits credits;

    SponsorCredit(AutomaticCredits credits) {
        this.credits = credits;
    }

    static String sourceKey(long sponsorshipId) {
        return "sponsorship:" + sponsorshipId;
    }

    void grant(long sponsorshipId, long sponsorAccountId) {
        credits.recordGivingBack(SPONSOR_CREDIT_HOURS, sponsorAccountId, sourceKey(sponsorshipId),
                "Sponsor endorsement " + sponsorshipId, "Sponsorship " + sponsorshipId);
    }

    @Override
    public String titleKey() {
        return "sponsorship.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(SPONSOR_CREDIT_HOURS);
    }
}
