package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
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
 * Issue 19, the audit deadline (90 days by default, as PMI): one reminder 14 days before it however often the job
 * runs, and an audit still unanswered when it passes stops counting and the member is told. The clock is moved.
 */
@IntegrationTest
class AuditDeadlineIntegrationTest {

    @Autowired AuditDeadlines deadlines;
    @Autowired CpdService cpd;
    @Autowired CpdReviewService review;
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
        // Every approval drawn for audit.
        TestSettings.override(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT, 100);
    }

    @AfterEach
    void restore() {
        TestSettings.restore(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT);
    }

    @Test
    void an_unanswered_audit_is_reminded_once_then_stops_counting_at_its_deadline_and_the_member_is_told() {
        var member = support.member("Oona Virtanen");
        support.award(member, "CCSP", today().minusYears(1));
        long audited = approvedAndAudited(member, "Complaint handling clinic", "7");
        LocalDate dueOn = today().plusDays(90);
        assertThat(jdbc.queryForObject("select audit_due_on from cpd_activity where id = ?", LocalDate.class,
                audited)).isEqualTo(dueOn);
        assertThat(counted(member)).isEqualByComparingTo("7");

        advanceTo(dueOn.minusDays(15));
        deadlines.run();
        assertThat(emailsTo(member, "Your CPD audit is due by %")).isZero();

        advanceTo(dueOn.minusDays(14));
        deadlines.run();
        deadlines.run();
        awaitEmails(member, "Your CPD audit is due by %", 1);
        advanceTo(dueOn.minusDays(1));
        deadlines.run();
        assertThat(emailsTo(member, "Your CPD audit is due by %")).as("never twice").isEqualTo(1);
        assertThat(status(member, audited)).isEqualTo(CpdActivityStatus.AUDIT_REQUESTED);
        assertThat(counted(member)).as("still counts on its last day").isEqualByComparingTo("7");

        advanceTo(dueOn);
        deadlines.run();
        assertThat(status(member, audited)).isEqualTo(CpdActivityStatus.AUDIT_EXPIRED);
        assertThat(counted(member)).isEqualByComparingTo("0");
        awaitEmails(member, "CPD activity no longer counted: Complaint handling clinic", 1);
        deadlines.run();
        assertThat(emailsTo(member, "CPD activity no longer counted: %")).isEqualTo(1);
    }

    @Test
    void an_audit_answered_before_its_deadline_never_expires() {
        var member = support.member("Pita Ngata");
        support.award(member, "CCSP", today().minusYears(1));
        long audited = approvedAndAudited(member, "Service recovery webinar", "3");
        advanceTo(today().plusDays(30));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        cpd.answerAudit(audited, List.of(support.evidenceOf(member)));

        advanceTo(today().plusDays(90));
        deadlines.run();
        assertThat(status(member, audited)).isEqualTo(CpdActivityStatus.AUDIT_SUBMITTED);
        assertThat(counted(member)).isEqualByComparingTo("3");
        assertThat(emailsTo(member, "CPD activity no longer counted: %")).isZero();
    }

    private long approvedAndAudited(AccountSummary member, String title, String hours) {
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        long id = cpd.submit(null, CpdTestSupport.workshop(title, today().minusDays(5), hours,
                support.evidenceOf(member)));
        TestAccounts.asRegistrar();
        review.approve(id);
        assertThat(status(member, id)).isEqualTo(CpdActivityStatus.AUDIT_REQUESTED);
        return id;
    }

    private CpdActivityStatus status(AccountSummary member, long id) {
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        return cpd.myActivity(id).status();
    }

    private BigDecimal counted(AccountSummary member) {
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        return cpd.myProgress().getFirst().counted();
    }

    private int emailsTo(AccountSummary member, String subjectLike) {
        return jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and subject like ?",
                Integer.class, member.email(), subjectLike);
    }

    private void awaitEmails(AccountSummary member, String subjectLike, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(member, subjectLike) == count);
    }

    private void advanceTo(LocalDate day) {
        clock.advance(Duration.between(today().atStartOfDay(), day.atStartOfDay()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
