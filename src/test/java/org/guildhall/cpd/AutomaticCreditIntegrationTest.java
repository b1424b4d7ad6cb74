package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The API the events module calls when a registrar marks attendance: approved credit, once per source. */
@IntegrationTest
class AutomaticCreditIntegrationTest {

    @Autowired CpdService cpd;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void attendance_is_recorded_as_approved_credit_once_per_source_and_withdrawn_again() {
        var member = certifiedMember("Ines Duarte");
        var credit = workshop(member.id(), "event:12:attendee:" + member.id(), today().minusDays(3), "6");

        var first = credits.record(credit);
        var again = credits.record(credit);

        assertThat(first.isRecorded()).isTrue();
        assertThat(again.activityId()).isEqualTo(first.activityId());
        assertThat(rowsFor(member.id())).isEqualTo(1);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var progress = cpd.myProgress().getFirst();
        assertThat(progress.counted()).isEqualByComparingTo("6");
        assertThat(cpd.myActivity(first.activityId()).status()).isEqualTo(CpdActivityStatus.APPROVED);
        assertThat(cpd.myActivity(first.activityId()).automatic()).isTrue();

        assertThat(credits.withdraw(credit.sourceKey())).isTrue();
        assertThat(credits.withdraw(credit.sourceKey())).isFalse();
        assertThat(rowsFor(member.id())).isZero();
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo("0");
        assertThat(credits.record(credit).isRecorded()).isTrue();
    }

    @Test
    void automatic_credit_keeps_the_rules_a_date_outside_every_cycle_and_a_repeat_to_the_same_audience_are_refused() {
        var member = certifiedMember("Jonas Falk");
        var beforeTheCycle = workshop(member.id(), "event:13:attendee:" + member.id(), today().minusYears(3), "3");
        var talk = new AutomaticCredit(member.id(), "event:14:speaker:" + member.id(), CpdCategory.INSTRUCTION,
                "COURSE_OR_SESSION", "Designing a complaints desk", "Guildhall Spring Forum", today().minusDays(40),
                new BigDecimal("2"), "Spring Forum delegates");
        var sameTalkSameAudience = new AutomaticCredit(member.id(), "event:15:speaker:" + member.id(),
                CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", "Designing a complaints desk", "Guildhall Autumn Forum",
                today().minusDays(10), new BigDecimal("2"), "spring forum delegates");

        assertThat(credits.record(beforeTheCycle).refusal()).contains("outside the current cycle");
        assertThat(credits.record(talk).isRecorded()).isTrue();
        assertThat(credits.record(sameTalkSameAudience).refusal()).contains("different audience");
        assertThat(rowsFor(member.id())).isEqualTo(1);
    }

    @Test
    void automatic_credit_counts_under_the_category_cap() {
        var member = certifiedMember("Priya Raman");
        for (int day = 1; day <= 4; day++) {
            credits.record(workshop(member.id(), "event:cap" + day + ":attendee:" + member.id(),
                    today().minusDays(day * 10L), "9"));
        }

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var education = cpd.myProgress().getFirst().categories().stream()
                .filter(category -> category.category() == CpdCategory.CONTINUING_EDUCATION).findFirst().orElseThrow();
        assertThat(education.claimed()).isEqualByComparingTo("36");
        assertThat(education.counted()).isEqualByComparingTo("30");
        assertThat(education.capApplied()).isTrue();
    }

    private org.guildhall.identity.AccountSummary certifiedMember(String name) {
        var member = provisioning.createAccount(name, TestAccounts.uniqueEmail("cpd"), TestAccounts.PASSWORD,
                Role.MEMBER);
        awards.award(member.id(), "CCSP", Route.EXAM, today().minusYears(1));
        return member;
    }

    private static AutomaticCredit workshop(long accountId, String sourceKey, LocalDate date, String hours) {
        return new AutomaticCredit(accountId, sourceKey, CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                "Service recovery workshop", "Guildhall Events", date, new BigDecimal(hours), null);
    }

    private int rowsFor(long accountId) {
        return jdbc.queryForObject("select count(*) from cpd_activity where account_id = ?", Integer.class, accountId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
