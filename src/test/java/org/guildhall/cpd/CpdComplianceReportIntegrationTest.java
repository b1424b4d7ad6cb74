package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.MembershipService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: the CPD compliance and risk report lists every current certification with the credits My CPD counts,
 * at risk first, filtered at the boundaries of its filters, and reminds everyone filtered once per milestone.
 */
@IntegrationTest
class CpdComplianceReportIntegrationTest {

    @Autowired CpdComplianceReport report;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired MembershipService memberships;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final String token = "Qz" + Long.toString(System.nanoTime(), 36);
    private CertificationSummary shortSoon;
    private CertificationSummary shortIn30Days;
    private CertificationSummary met;
    private CertificationSummary onTrack;
    private AccountSummary shortSoonHolder;

    @BeforeEach
    void fourHoldersAndOneExpired() {
        TestAccounts.ensure(accounts, provisioning);
        var support = new CpdTestSupport(provisioning, awards, documents);
        // Expires in five months with nothing logged: short, and at risk whatever the pace.
        shortSoonHolder = TestAccounts.member(provisioning, memberships, "Rosa Short " + token);
        shortSoon = support.award(shortSoonHolder, "CCSP", today().minusYears(3).plusMonths(5));
        // Expires exactly 30 days from today with 6 credits counted: at risk.
        var thin = support.member("Ivo Thirty " + token);
        shortIn30Days = support.award(thin, "CCSP", today().minusYears(3).plusDays(30));
        credits.record(CpdTestSupport.credit(thin.id(), token + ":thin", CpdCategory.CONTINUING_EDUCATION,
                "WORKSHOP", today().minusMonths(2), "6"));
        // Requirement met: not at risk, nothing short.
        var done = support.member("Mia Met " + token);
        met = support.award(done, "CCSP", today().minusYears(3).plusMonths(5));
        CpdTestSupport.meetRequirement(credits, done, 36, today().minusMonths(1));
        // Six months in with 10 credits: a pace that reaches 36 well before expiry.
        var steady = support.member("Otto Steady " + token);
        onTrack = support.award(steady, "CCSP", today().minusMonths(6));
        credits.record(CpdTestSupport.credit(steady.id(), token + ":steady", CpdCategory.CONTINUING_EDUCATION,
                "WORKSHOP", today().minusMonths(1), "10"));
        // Expired today: no longer current, so not listed.
        support.award(support.member("Edda Expired " + token), "CCSP", today().minusYears(3));
        TestAccounts.asRegistrar();
    }

    @Test
    void every_current_certification_is_listed_at_risk_first_with_the_credits_my_cpd_counts() {
        var page = report.firstRows(filter(false, null), CpdComplianceSort.AT_RISK_FIRST, 50);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.rows()).extracting(CpdComplianceSummary::certificationId)
                .containsExactly(shortIn30Days.id(), shortSoon.id(), met.id(), onTrack.id());
        var thirty = page.rows().getFirst();
        assertThat(thirty.counted()).isEqualByComparingTo("6");
        assertThat(thirty.required()).isEqualByComparingTo("36");
        assertThat(thirty.shortfall()).isEqualByComparingTo("30");
        assertThat(thirty.daysToExpiry()).isEqualTo(30);
        assertThat(thirty.validUntil()).isEqualTo(today().plusDays(29));
        assertThat(thirty.atRisk()).isTrue();
        var rosa = page.rows().get(1);
        assertThat(rosa.memberNumber()).isNotBlank();
        assertThat(rosa.email()).isEqualTo(shortSoonHolder.email());
        var metRow = page.rows().get(2);
        assertThat(metRow.shortfall()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(metRow.atRisk()).isFalse();
        var steady = page.rows().get(3);
        assertThat(steady.counted()).isEqualByComparingTo("10");
        assertThat(steady.atRisk()).isFalse();
        assertThat(steady.projected()).isGreaterThan(new BigDecimal("36"));
    }

    @Test
    void the_stream_for_exports_gives_the_same_rows_in_the_same_order() {
        var streamed = new ArrayList<Long>();
        report.forEach(filter(false, null), row -> streamed.add(row.certificationId()));

        assertThat(streamed).containsExactly(shortIn30Days.id(), shortSoon.id(), met.id(), onTrack.id());
    }

    @Test
    void filters_hold_at_their_boundaries() {
        assertThat(ids(filter(true, null))).containsExactlyInAnyOrder(shortIn30Days.id(), shortSoon.id());
        assertThat(ids(filter(false, 30))).containsExactly(shortIn30Days.id());
        assertThat(ids(filter(false, 29))).isEmpty();
        assertThat(ids(new CpdComplianceFilter("Mia Met " + token, null, false, null))).containsExactly(met.id());
        assertThat(ids(new CpdComplianceFilter(token, "CRMM", false, null))).isEmpty();
    }

    @Test
    void sorting_by_largest_shortfall_puts_the_holder_with_nothing_logged_first_and_keeps_the_total() {
        var page = report.firstRows(filter(false, null), CpdComplianceSort.LARGEST_SHORTFALL, 2);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.rows()).extracting(CpdComplianceSummary::certificationId)
                .containsExactly(shortSoon.id(), shortIn30Days.id());
    }

    @Test
    void a_reminder_to_everyone_filtered_goes_once_per_milestone_through_the_outbox() {
        var first = report.remindFiltered(filter(false, null));
        var second = report.remindFiltered(filter(false, null));

        // Rosa (six months) and Ivo (six weeks) have reached a milestone; Otto is short but years from expiry.
        assertThat(first).isEqualTo(new CpdComplianceReport.RemindersSent(2, 0, 1));
        assertThat(second).isEqualTo(new CpdComplianceReport.RemindersSent(0, 2, 1));
        assertThat(jdbc.queryForList("select milestone from cpd_reminder_sent where certification_id in (?, ?) "
                + "order by milestone", String.class, shortSoon.id(), shortIn30Days.id()))
                .containsExactly("SIX_MONTHS", "SIX_WEEKS");
        await().atMost(Duration.ofSeconds(10)).until(() -> remindersQueuedFor(shortSoonHolder.email()) == 1);
        assertThat(remindersQueuedFor(shortSoonHolder.email())).isEqualTo(1);
    }

    @Test
    void a_member_may_not_read_the_report() {
        TestAccounts.signInAs(shortSoonHolder);

        assertThatThrownBy(() -> report.firstRows(filter(false, null), CpdComplianceSort.AT_RISK_FIRST, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.remindFiltered(filter(false, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<Long> ids(CpdComplianceFilter filter) {
        return report.firstRows(filter, CpdComplianceSort.AT_RISK_FIRST, 50).rows().stream()
                .map(CpdComplianceSummary::certificationId).toList();
    }

    private CpdComplianceFilter filter(boolean atRiskOnly, Integer withinDays) {
        return new CpdComplianceFilter(token, null, atRiskOnly, withinDays);
    }

    private int remindersQueuedFor(String email) {
        return jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and subject like "
                + "'Your % expires in %'", Integer.class, email);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
