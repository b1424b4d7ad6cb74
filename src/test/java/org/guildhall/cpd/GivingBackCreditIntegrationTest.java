package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.settings.Setting;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20's giving-back credit, the one way every module records it (an assessor's score, an essay review, a
 * sponsor's endorsement): Instruction from the institute at the hours the setting gives today, nothing at 0 hours,
 * once per source key.
 */
@IntegrationTest
class GivingBackCreditIntegrationTest {

    /** Any hours setting serves; this one is the essay reviewer's. */
    private static final Setting HOURS = CpdSettings.ESSAY_REVIEWER_CREDIT_HOURS;

    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    CpdTestSupport support;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        support = new CpdTestSupport(provisioning, awards, documents);
    }

    @AfterEach
    void restoreSetting() {
        TestSettings.restore(jdbc, settings, HOURS);
    }

    @Test
    void records_instruction_from_the_institute_at_the_hours_of_the_day_once_per_source_key() {
        TestSettings.override(jdbc, settings, HOURS, 3);
        var member = certifiedMember("Uma Giver");
        String sourceKey = "test-giving-back:" + member.id();

        credits.recordGivingBack(HOURS, member.id(), sourceKey, "Mentoring session", "Mentees");
        credits.recordGivingBack(HOURS, member.id(), sourceKey, "Mentoring session", "Mentees");

        var recorded = jdbc.queryForList("""
                select category, activity_type, provider, hours, ends_on, audience, status from cpd_activity
                where source_key = ?""", sourceKey);
        assertThat(recorded).as("the same source key twice records once").hasSize(1);
        var activity = recorded.getFirst();
        assertThat(activity.get("category")).isEqualTo("INSTRUCTION");
        assertThat(activity.get("activity_type")).isEqualTo("COURSE_OR_SESSION");
        assertThat(activity.get("provider")).isEqualTo("The institute");
        assertThat((BigDecimal) activity.get("hours")).isEqualByComparingTo("3");
        assertThat(activity.get("ends_on").toString()).isEqualTo(today().toString());
        assertThat(activity.get("audience")).isEqualTo("Mentees");
        assertThat(activity.get("status")).isEqualTo("APPROVED");
    }

    @Test
    void zero_hours_records_nothing() {
        TestSettings.override(jdbc, settings, HOURS, 0);
        var member = certifiedMember("Vic Nought");
        String sourceKey = "test-giving-back:" + member.id();

        credits.recordGivingBack(HOURS, member.id(), sourceKey, "Mentoring session", "Mentees");

        assertThat(jdbc.queryForList("select id from cpd_activity where source_key = ?", Long.class, sourceKey))
                .isEqualTo(List.of());
    }

    private AccountSummary certifiedMember(String name) {
        var member = support.member(name);
        support.award(member, "CCSP", today().minusYears(1));
        return member;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
