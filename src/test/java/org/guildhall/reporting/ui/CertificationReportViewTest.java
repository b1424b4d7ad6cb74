package org.guildhall.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the certification report as the registrar filters it by designation and period. */
@IntegrationTest
class CertificationReportViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired Clock clock;

    private YearMonth fiveMonthsAgo;

    @BeforeEach
    void awardsThisMonthAndFiveMonthsAgo() {
        TestAccounts.ensure(accounts, provisioning);
        fiveMonthsAgo = YearMonth.from(LocalDate.now(clock)).minusMonths(5);
        var recent = TestAccounts.account(provisioning, "Rita Recent", Role.MEMBER);
        awards.award(recent.id(), "CCCM", Route.EXAM, LocalDate.now(clock));
        var earlier = TestAccounts.account(provisioning, "Eli Earlier", Role.MEMBER);
        awards.award(earlier.id(), "CCCM", Route.EXAM, fiveMonthsAgo.atDay(10));
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void choosing_a_designation_and_a_shorter_period_narrows_the_rows_and_the_download_links() {
        navigate("registrar/reports/certifications", CertificationReportView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("certifications-by-month");

        test($(Select.class).id("certifications-designation")).selectItem("CCCM");

        int month = columnOf(grid, "month");
        int designation = columnOf(grid, "designation");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, designation)).isEqualTo("CCCM");
        }
        assertThat(monthsShown(grid, month)).contains(fiveMonthsAgo.toString());
        assertThat($(Anchor.class).id("certifications-download-csv").getHref())
                .startsWith("report-exports/certifications/csv?designation=CCCM&months=12&lang=");

        test($(Select.class).id("certifications-months")).selectItem("Last 3 months");

        assertThat(monthsShown(grid, month)).doesNotContain(fiveMonthsAgo.toString())
                .contains(YearMonth.from(LocalDate.now(clock)).toString());
        assertThat($(Anchor.class).id("exam-results-download-xlsx").getHref())
                .startsWith("report-exports/exam-results/xlsx?designation=CCCM&months=3&lang=");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void in_french_the_report_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("registrar/reports/certifications", CertificationReportView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Certifications");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("certifications-by-month");
        assertThat(grid.getColumnByKey("awarded").getHeaderText()).isEqualTo("Délivrées");
        assertThat(grid.getColumnByKey("revoked").getHeaderText()).isEqualTo("Retirées");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_is_refused_the_report() {
        navigate("registrar/reports/certifications", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private static int columnOf(Grid<Object> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

    private java.util.List<String> monthsShown(Grid<Object> grid, int column) {
        return java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, column)).toList();
    }
}
