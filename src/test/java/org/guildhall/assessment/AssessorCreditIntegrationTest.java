package org.guildhall.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20 on MariaDB: an assessor's submitted score earns giving-back CPD credit once (Instruction, the hours the
 * setting gives), withdrawn when the chair reopens the score or the assessor leaves the panel, and never above the
 * category's cap.
 */
@IntegrationTest
class AssessorCreditIntegrationTest {

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired CertificationAwards awards;
    @Autowired CpdService cpd;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void restoreSetting() {
        TestSettings.restore(jdbc, settings, AssessmentSettings.ASSESSOR_CREDIT_HOURS);
    }

    @Test
    void a_submitted_score_earns_credit_once_and_loses_it_when_reopened_or_the_assessor_recuses() {
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        var chair = certified(fixtures.assessor("Nia Chair"));
        var second = certified(fixtures.assessor("Omar Second"));
        var third = certified(fixtures.assessor("Pia Third"));
        long panelId = fixtures.panel(List.of(chair, second, third), today().plusDays(10));

        fixtures.score(panelId, second);
        assertThat(creditOf(panelId, second)).containsExactly(new BigDecimal("4.00"));

        long secondsSeat = seatOf(panelId, second);
        TestAccounts.signInAs(chair);
        chairs.reopenScore(panelId, secondsSeat, "Comment on Operations, please.");
        assertThat(creditOf(panelId, second)).as("withdrawn with the reopened score").isEmpty();

        fixtures.score(panelId, second);
        assertThat(creditOf(panelId, second)).as("earned again, once").containsExactly(new BigDecimal("4.00"));

        fixtures.score(panelId, third);
        TestAccounts.signInAs(third);
        reviews.recuse(panelId, "I managed the candidate last year.");
        assertThat(creditOf(panelId, third)).as("withdrawn when the assessor leaves the panel").isEmpty();
        assertThat(creditOf(panelId, chair)).as("nothing before a score").isEmpty();
    }

    @Test
    void credit_stays_within_the_instruction_cap() {
        TestSettings.override(jdbc, settings, AssessmentSettings.ASSESSOR_CREDIT_HOURS, 15);
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        var busy = certified(fixtures.assessor("Quinn Busy"));
        var chair = certified(fixtures.assessor("Rae Chair"));
        var other = certified(fixtures.assessor("Sol Other"));
        long first = fixtures.panel(List.of(chair, busy, other), today().plusDays(10));
        long second = fixtures.panel(List.of(chair, busy, other), today().plusDays(10));

        fixtures.score(first, busy);
        fixtures.score(second, busy);

        assertThat(creditOf(first, busy)).containsExactly(new BigDecimal("15.00"));
        assertThat(creditOf(second, busy)).containsExactly(new BigDecimal("15.00"));
        TestAccounts.signInAs(busy);
        var instruction = cpd.myProgress().getFirst().categories().stream()
                .filter(category -> category.category() == CpdCategory.INSTRUCTION).findFirst().orElseThrow();
        assertThat(instruction.claimed()).isEqualByComparingTo("30");
        assertThat(instruction.counted()).as("seed 001 caps Instruction at 20 credits a cycle")
                .isEqualByComparingTo("20");
    }

    private AccountSummary certified(AccountSummary assessor) {
        awards.award(assessor.id(), "CCSP", Route.EXAM, today().minusYears(1));
        return assessor;
    }

    private long seatOf(long panelId, AccountSummary assessor) {
        TestAccounts.signInAs(assessor);
        return reviews.panel(panelId).members().stream()
                .filter(member -> member.assessorAccountId() == assessor.id()).findFirst().orElseThrow().memberId();
    }

    private List<BigDecimal> creditOf(long panelId, AccountSummary assessor) {
        return jdbc.queryForList("select hours from cpd_activity where source_key = ?", BigDecimal.class,
                AssessorCredit.sourceKey(panelId, assessor.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
