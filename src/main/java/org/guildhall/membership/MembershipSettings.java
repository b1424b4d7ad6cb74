package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.membership.domain.YearSettings;
import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The membership year's numbers an institute tunes (issue 16), changed by an admin from a day on. Which day's
 * value decides what is in {@link org.guildhall.membership.domain.StandingRule}; the two switches are 1 (on) or 0
 * (off), read on the day they are acted on. Fees and term lengths are rows of their own ({@code membership_fee}).
 */
@Component
public class MembershipSettings implements SettingGroup {

    /** Renewal opens (invoice and first reminder) this many days before a term ends. */
    public static final Setting RENEWAL_NOTICE_DAYS =
            Setting.whole("membership.setting.renewal-notice-days", Unit.DAYS, 30, 1, 180);

    /** The second renewal reminder, this many days before a term ends (issue 16: again 14 days before). */
    public static final Setting FINAL_REMINDER_DAYS =
            Setting.whole("membership.setting.final-reminder-days", Unit.DAYS, 14, 0, 180);

    /** Days after an unpaid term's end before the membership lapses; the grace in force on the term's last day. */
    public static final Setting GRACE_DAYS = Setting.whole("membership.setting.grace-days", Unit.DAYS, 30, 0, 365);

    /** A new member counts as in good standing for this many days before paying (0: from payment only). */
    public static final Setting PAY_WITHIN_DAYS =
            Setting.whole("membership.setting.pay-within-days", Unit.DAYS, 0, 0, 180);

    /** 1: exam enrolment needs a member in good standing; 0: it does not. */
    public static final Setting EXAM_ENROLMENT_REQUIRES_MEMBERSHIP =
            Setting.whole("membership.setting.exam-enrolment-requires-membership", Unit.COUNT, 0, 0, 1);

    /** 1: an approved category change applies at once, the pro-rated difference invoiced; 0: at the next renewal. */
    public static final Setting CATEGORY_CHANGE_AT_ONCE =
            Setting.whole("membership.setting.category-change-at-once", Unit.COUNT, 1, 0, 1);

    private final Settings settings;
    private final Clock clock;

    MembershipSettings(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "membership.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(RENEWAL_NOTICE_DAYS, FINAL_REMINDER_DAYS, GRACE_DAYS, PAY_WITHIN_DAYS,
                EXAM_ENROLMENT_REQUIRES_MEMBERSHIP, CATEGORY_CHANGE_AT_ONCE);
    }

    /** The year's day counts as the standing rule reads them, each on the day it asks. */
    public YearSettings year() {
        return new YearSettings() {
            @Override
            public int renewalNoticeDays(LocalDate day) {
                return settings.intOn(RENEWAL_NOTICE_DAYS, day);
            }

            @Override
            public int finalReminderDays(LocalDate day) {
                return settings.intOn(FINAL_REMINDER_DAYS, day);
            }

            @Override
            public int graceDays(LocalDate day) {
                return settings.intOn(GRACE_DAYS, day);
            }

            @Override
            public int payWithinDays(LocalDate day) {
                return settings.intOn(PAY_WITHIN_DAYS, day);
            }
        };
    }

    public boolean examEnrolmentRequiresMembership() {
        return settings.intToday(EXAM_ENROLMENT_REQUIRES_MEMBERSHIP) == 1;
    }

    public boolean categoryChangeAtOnce() {
        return settings.intToday(CATEGORY_CHANGE_AT_ONCE) == 1;
    }
}
