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
import org.guildhall.identity.Role;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20 on MariaDB: an assessor who reviews a recertification essay earns giving-back CPD credit (Instruction,
 * the hours the setting gives), once per essay however often it comes back to them, and never above the category's
 * cap.
 */
@IntegrationTest
class EssayReviewerCreditIntegrationTest {

    private static final String ESSAY = "I applied what I learned in the cycle to my team's service desk. ";

    @Autowired RenewalService renewals;
    @Autowired CpdService cpd;
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
        TestSettings.restore(jdbc, settings, CpdSettings.ESSAY_REVIEWER_CREDIT_HOURS);
    }

    @Test
    void a_review_earns_the_reviewer_credit_once_even_when_the_essay_comes_back() {
        var reviewer = certifiedReviewer("Oona Reviewer");
        var member = support.member("Pavel Essayist");
        long essayId = essayBy(member);

        TestAccounts.signInAs(reviewer.email(), Role.ASSESSOR);
        renewals.reviewEssay(essayId, false, "Say what changed in your practice.");
        assertThat(creditOf(essayId, reviewer)).as("returning with feedback is a review")
                .containsExactly(new BigDecimal("1.00"));

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        renewals.submitEssay(certificationOf(member), ESSAY.repeat(6));
        TestAccounts.signInAs(reviewer.email(), Role.ASSESSOR);
        renewals.reviewEssay(essayId, true, "Clear now.");

        assertThat(creditOf(essayId, reviewer)).as("once per essay and reviewer")
                .containsExactly(new BigDecimal("1.00"));
        assertThat(jdbc.queryForObject("""
                select category from cpd_activity where source_key = ?""", String.class,
                EssayReviewerCredit.sourceKey(essayId, reviewer.id()))).isEqualTo("INSTRUCTION");
    }

    @Test
    void credit_stays_within_the_instruction_cap() {
        TestSettings.override(jdbc, settings, CpdSettings.ESSAY_REVIEWER_CREDIT_HOURS, 10);
        var reviewer = certifiedReviewer("Quinta Busy");
        var essays = List.of(essayBy(support.member("Rafe One")), essayBy(support.member("Sami Two")),
                essayBy(support.member("Tove Three")));

        TestAccounts.signInAs(reviewer.email(), Role.ASSESSOR);
        essays.forEach(essayId -> renewals.reviewEssay(essayId, true, null));

        essays.forEach(essayId -> assertThat(creditOf(essayId, reviewer)).containsExactly(new BigDecimal("10.00")));
        TestAccounts.signInAs(reviewer.email(), Role.MEMBER, Role.ASSESSOR);
        var instruction = cpd.myProgress().getFirst().categories().stream()
                .filter(category -> category.category() == CpdCategory.INSTRUCTION).findFirst().orElseThrow();
        assertThat(instruction.claimed()).isEqualByComparingTo("30");
        assertThat(instruction.counted()).as("seed 001 caps Instruction at 20 credits a cycle")
                .isEqualByComparingTo("20");
    }

    private AccountSummary certifiedReviewer(String name) {
        var reviewer = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        support.award(reviewer, "CCSP", today().minusYears(1));
        return reviewer;
    }

    /** A recertification essay (CCCM asks for one) the member submitted, waiting for an assessor. */
    private long essayBy(AccountSummary member) {
        var certification = support.award(member, "CCCM", today().minusYears(2));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        return renewals.submitEssay(certification.id(), ESSAY.repeat(6)).id();
    }

    private long certificationOf(AccountSummary member) {
        return jdbc.queryForObject("select id from certification where holder_account_id = ?", Long.class,
                member.id());
    }

    private List<BigDecimal> creditOf(long essayId, AccountSummary account) {
        return jdbc.queryForList("select hours from cpd_activity where source_key = ?", BigDecimal.class,
                EssayReviewerCredit.sourceKey(essayId, account.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
