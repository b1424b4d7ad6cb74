package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 18: the register report counts members by category and status, and joins by month at its boundaries. */
@IntegrationTest
class RegisterReportIntegrationTest {

    @Autowired RegisterReport report;
    @Autowired MembershipService memberships;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @Test
    void a_join_counts_in_its_category_status_and_month_and_a_day_before_the_period_counts_in_no_month() {
        TestAccounts.asRegistrar();
        YearMonth thisMonth = YearMonth.from(LocalDate.now(clock));
        YearMonth firstMonth = thisMonth.minusMonths(11);
        long studentsBefore = members(MembershipCategory.STUDENT);
        var monthsBefore = report.joinsAndLapses(12);

        enrol("Una First Day", MembershipCategory.STUDENT, firstMonth.atDay(1));
        enrol("Ugo Day Before", MembershipCategory.STUDENT, firstMonth.atDay(1).minusDays(1));
        enrol("Uma Today", MembershipCategory.STUDENT, LocalDate.now(clock));

        assertThat(members(MembershipCategory.STUDENT)).isEqualTo(studentsBefore + 3);
        var months = report.joinsAndLapses(12);
        assertThat(months).hasSize(12);
        assertThat(months.getFirst().month()).isEqualTo(firstMonth);
        assertThat(months.getLast().month()).isEqualTo(thisMonth);
        assertThat(months.getFirst().joined()).isEqualTo(monthsBefore.getFirst().joined() + 1);
        assertThat(months.getLast().joined()).isEqualTo(monthsBefore.getLast().joined() + 1);
        long joinedBefore = monthsBefore.stream().mapToLong(RegisterReport.JoinsAndLapses::joined).sum();
        assertThat(months.stream().mapToLong(RegisterReport.JoinsAndLapses::joined).sum())
                .isEqualTo(joinedBefore + 2);
    }

    @Test
    void every_category_and_status_pair_is_listed_even_when_none_stands_in_it() {
        TestAccounts.asRegistrar();

        assertThat(report.byCategoryAndStatus())
                .hasSize(MembershipCategory.values().length * MembershipStatus.values().length);
    }

    @Test
    void a_member_may_not_read_it() {
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);

        assertThatThrownBy(report::byCategoryAndStatus).isInstanceOf(AccessDeniedException.class);
    }

    private void enrol(String name, MembershipCategory category, LocalDate since) {
        var account = TestAccounts.account(provisioning, name, Role.MEMBER);
        memberships.enrolExistingMember(account.id(), category, since);
    }

    private long members(MembershipCategory category) {
        return report.byCategoryAndStatus().stream().filter(row -> row.category() == category)
                .mapToLong(RegisterReport.CategoryStatusCount::members).sum();
    }
}
