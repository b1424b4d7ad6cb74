package org.guildhall.cpd;

import java.util.List;
import java.util.stream.Stream;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/**
 * The CPD numbers an institute tunes, changed by an admin from a day on: the audit sample, and each category's cap
 * and each kind of activity's credit value ({@link CpdRulebooks}).
 */
@Component
public class CpdSettings implements SettingGroup {

    /** The chance that an approved claim is drawn for audit (seed 001: a sample of approved claims is audited). */
    public static final Setting AUDIT_SAMPLE_PERCENT =
            Setting.whole("cpd.setting.audit-sample-percent", Unit.PERCENT, 10, 0, 100);

    /** The furthest a hardship extension may move a cycle's end (issue 19; PMI allows up to a year). */
    public static final Setting EXTENSION_MAX_MONTHS =
            Setting.whole("cpd.setting.extension-max-months", Unit.MONTHS, 12, 1, 24);

    /** The longest hardship pause, whose whole months lower the cycle's requirement pro rata (issue 19). */
    public static final Setting PAUSE_MAX_MONTHS =
            Setting.whole("cpd.setting.pause-max-months", Unit.MONTHS, 12, 1, 24);

    /** Days a member has to answer an audit, from the day it is asked (issue 19; PMI gives 90). */
    public static final Setting AUDIT_DEADLINE_DAYS =
            Setting.whole("cpd.setting.audit-deadline-days", Unit.DAYS, 90, 7, 365);

    /** Days before an audit's deadline that an unanswered audit is reminded of, once. */
    public static final Setting AUDIT_REMINDER_DAYS =
            Setting.whole("cpd.setting.audit-reminder-days", Unit.DAYS, 14, 1, 60);

    /** The CPD hours an assessor earns for reviewing a recertification essay (issue 20: giving back); 0 grants none. */
    public static final Setting ESSAY_REVIEWER_CREDIT_HOURS =
            Setting.hours("cpd.setting.essay-reviewer-credit-hours", "1", "0", "10");

    private final CpdRulebooks rulebooks;

    CpdSettings(CpdRulebooks rulebooks) {
        this.rulebooks = rulebooks;
    }

    @Override
    public String titleKey() {
        return "cpd.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return Stream.concat(Stream.of(AUDIT_SAMPLE_PERCENT, AUDIT_DEADLINE_DAYS, AUDIT_REMINDER_DAYS,
                EXTENSION_MAX_MONTHS, PAUSE_MAX_MONTHS, ESSAY_REVIEWER_CREDIT_HOURS), rulebooks.settings().stream()).toList();
    }
}
