package org.guildhall.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.AssessmentReport.AssessorSort;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelFixtures;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.shell.AccessDeniedView;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the assessment report and its dashboard card as the registrar sees them, in English and French. */
@IntegrationTest
class AssessmentReportViewTest extends SpringBrowserlessTest {

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired Clock clock;
    @Autowired AssessmentDashboard dashboard;

    private final String token = "Av" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void onePanel() {
        TestAccounts.ensure(accounts, provisioning);
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        var seats = List.of(fixtures.assessor("Zoe Chair " + token), fixtures.assessor("Yan Panel " + token),
                fixtures.assessor("Xia Panel " + token));
        long panelId = fixtures.panel(seats, LocalDate.now(clock).plusDays(14));
        fixtures.recuseAndReplace(panelId, seats.get(1), fixtures.assessor("Wim Stand-in " + token));
        TestAccounts.signOut();
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_registrar_filters_and_orders_the_assessors_and_the_download_links_follow() {
        navigate("registrar/reports/assessment", AssessmentReportView.class);
        test($(TextField.class).id("assessor-search")).setValue(token);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("assessor-grid");
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Wim Stand-in " + token);
        @SuppressWarnings("unchecked")
        Select<AssessorSort> sort = $(Select.class).id("assessor-sort");
        test(sort).selectItem("Most recusals");
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Yan Panel " + token);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("1");
        assertThat($(Anchor.class).id("assessors-download-csv").getHref())
                .isEqualTo("report-exports/assessors/csv?search=" + token + "&sort=most-recusals&lang="
                        + UI.getCurrent().getLocale().toLanguageTag());
        assertThat($(Grid.class).id("assessment-decisions").getColumns()).hasSize(7);
        assertThat($(Anchor.class).id("assessment-decisions-download-xlsx").getHref())
                .startsWith("report-exports/assessment-decisions/xlsx?lang=");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void in_french_the_report_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("registrar/reports/assessment", AssessmentReportView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Évaluation");
        assertThat($(Grid.class).id("assessor-grid").getColumnByKey("recusals").getHeaderText())
                .isEqualTo("Récusations");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_dashboard_card_counts_open_panels_and_draws_described_decisions_linking_to_the_report() {
        navigate("registrar/reports/assessment", AssessmentReportView.class);
        var card = dashboard.render();

        assertThat(dashboard.audience()).containsExactlyInAnyOrder("REGISTRAR", "ADMIN");
        assertThat(Long.parseLong(Components.find(card, com.vaadin.flow.component.html.Span.class,
                "dashboard-open-panels").getText())).isPositive();
        String svg = Components.find(card, Svg.class, "dashboard-decisions").getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "<title id=\"dashboard-decisions-title\">",
                "<desc id=\"dashboard-decisions-desc\">", "decided", "awarded");
        assertThat(card.getElement().getChildren().map(element -> element.getAttribute("href")))
                .contains("registrar/reports/assessment");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_is_refused_the_report() {
        navigate("registrar/reports/assessment", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
