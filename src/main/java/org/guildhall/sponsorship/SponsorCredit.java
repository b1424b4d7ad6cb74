package org.guildhall.sponsorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.settings.Setting;
import org.guildhall.settings.SettingGroup;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Giving-back CPD credit for an endorsement a sponsor gives (issue 20), recorded with the acceptance in the same
 * transaction: Instruction (seed 001), at the hours the setting gives on the day; the category's cap applies.
 */
@Component
class SponsorCredit implements SettingGroup {

    /** The CPD hours a sponsor earns for an endorsement given; 0 grants none. */
    static final Setting SPONSOR_CREDIT_HOURS =
            Setting.hours("sponsorship.setting.sponsor-credit-hours", "1", "0", "10");

    private final AutomaticCredits credits;
    private final Settings settings;
    private final Clock clock;

    SponsorCredit(AutomaticCredits credits, Settings settings, Clock clock) {
        this.credits = credits;
        this.settings = settings;
        this.clock = clock;
    }

    static String sourceKey(long sponsorshipId) {
        return "sponsorship:" + sponsorshipId;
    }

    void grant(long sponsorshipId, long sponsorAccountId) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal hours = settings.valueOn(SPONSOR_CREDIT_HOURS, today);
        if (hours.signum() == 0) {
            return;
        }
        credits.record(new AutomaticCredit(sponsorAccountId, sourceKey(sponsorshipId), CpdCategory.INSTRUCTION,
                "COURSE_OR_SESSION", "Sponsor endorsement " + sponsorshipId, "The institute", today, hours,
                "Sponsorship " + sponsorshipId));
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
