package org.guildhall.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
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

/** Issue 18: the CPD compliance report and the operations dashboard as the registrar sees them. */
@IntegrationTest
class CpdComplianceViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired Clock clock;
    @Autowired OperationsDashboard dashboard;

    private final String token = "Vw" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void oneHolderAtRisk() {
        TestAccounts.ensure(accounts, provisioning);
        var holder = TestAccounts.account(provisioning, "Nadia Risk " + token, Role.MEMBER);
        awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(3).plusMonths(2));
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_registrar_filters_the_list_and_the_download_links_carry_the_filters() {
        navigate("registrar/reports/cpd-compliance", CpdComplianceView.class);
        test($(TextField.class).id("compliance-search")).setValue(token);
        test($(Checkbox.class).id("compliance-at-risk")).click();

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("compliance-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Nadia Risk " + token);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("36");
        assertThat(test(grid).getCellText(0, 12)).isEqualTo("Yes");
        assertThat($(Paragraph.class).id("compliance-shown").getText())
                .isEqualTo("Showing 1 of 1 certification; the downloads hold them all.");
        assertThat($(Anchor.class).id("compliance-download-csv").getHref())
                .isEqualTo("report-exports/cpd-compliance/csv?search=" + token + "&atRisk=true&lang="
                        + UI.getCurrent().getLocale().toLanguageTag());
        assertThat($(Anchor.class).id("compliance-download-xlsx").getHref())
                .startsWith("report-exports/cpd-compliance/xlsx?search=" + token);
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void in_french_the_report_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("registrar/reports/cpd-compliance", CpdComplianceView.class);
        test($(TextField.class).id("compliance-search")).setValue(token);

        assertThat($(H2.class).single().getText()).isEqualTo("Conformité et risque DPC");
        assertThat($(Paragraph.class).id("compliance-shown").getText())
                .isEqualTo("1 affichées sur 1 certification ; les téléchargements les contiennent toutes.");
        assertThat($(Anchor.class).id("compliance-download-csv").getHref()).endsWith("&lang=fr-FR");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_dashboard_panel_shows_those_at_risk_and_a_described_chart_linking_to_the_report() {
        navigate("registrar/reports/cpd-compliance", CpdComplianceView.class);
        var card = dashboard.render();

        assertThat(dashboard.audience()).containsExactlyInAnyOrder("REGISTRAR", "ADMIN");
        assertThat(Long.parseLong(Components.find(card, Span.class, "dashboard-at-risk").getText())).isPositive();
        String svg = Components.find(card, Svg.class, "dashboard-expiries").getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "<title id=\"dashboard-expiries-title\">",
                "<desc id=\"dashboard-expiries-desc\">");
        assertThat(Components.find(card, Anchor.class, "dashboard-at-risk-link").getHref())
                .isEqualTo("registrar/reports/cpd-compliance?atRisk=true");
        assertThat(Components.find(card, Paragraph.class, "dashboard-as-of").getText())
                .as("the figures say when they were counted").isEqualTo("Figures as of "
                        + DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                                .format(clock.instant().atZone(clock.getZone())));
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_is_refused_the_report() {
        navigate("registrar/reports/cpd-compliance", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
