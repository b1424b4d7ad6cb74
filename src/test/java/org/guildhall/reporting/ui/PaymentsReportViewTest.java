package org.guildhall.reporting.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the payments report's unpaid list follows the days asked for; the dashboard links to it. */
@IntegrationTest
class PaymentsReportViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired PaymentService payments;
    @Autowired MutableClock clock;
    @Autowired OperationsDashboard dashboard;

    private final String token = Long.toString(System.nanoTime(), 36);
    private InvoiceSummary tenDaysOld;

    @BeforeEach
    void anInvoiceUnpaidForTenDays() {
        TestAccounts.ensure(accounts, provisioning);
        var payer = TestAccounts.account(provisioning, "Olu Owing", Role.MEMBER);
        tenDaysOld = payments.issue(payer.id(), PaymentPurpose.EVENT_REGISTRATION, "view:" + token, "Event fee",
                new BigDecimal("45.00"));
        clock.advance(Duration.ofDays(10));
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void changing_the_days_changes_the_unpaid_invoices_listed_and_the_download_links() {
        navigate("registrar/reports/payments", PaymentsReportView.class);
        assertThat(references()).doesNotContain(tenDaysOld.reference());

        test($(IntegerField.class).id("payments-days")).setValue(10);

        assertThat(references()).contains(tenDaysOld.reference());
        assertThat($(Paragraph.class).id("payments-unpaid-count").getText()).endsWith("unpaid for 10 days or more.");
        assertThat($(Anchor.class).id("unpaid-invoices-download-csv").getHref())
                .startsWith("report-exports/unpaid-invoices/csv?days=10&lang=");

        test($(IntegerField.class).id("payments-days")).setValue(11);

        assertThat(references()).doesNotContain(tenDaysOld.reference());
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_link_may_say_the_days_and_in_french_the_report_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        UI.getCurrent().navigate("registrar/reports/payments", QueryParameters.of("days", "10"));
        assertThat(getCurrentView()).isInstanceOf(PaymentsReportView.class);

        assertThat($(IntegerField.class).id("payments-days").getValue()).isEqualTo(10);
        assertThat(references()).contains(tenDaysOld.reference());
        assertThat($(H2.class).single().getText()).isEqualTo("Paiements");
        assertThat($(Grid.class).id("payments-unpaid").getColumnByKey("days-unpaid").getHeaderText())
                .isEqualTo("Jours impayés");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_dashboard_counts_invoices_unpaid_for_a_month_and_draws_awards_with_a_description() {
        navigate("registrar/reports/payments", PaymentsReportView.class);
        var card = dashboard.render();

        assertThat(Long.parseLong(find(card, Span.class, "dashboard-unpaid").getText())).isNotNegative();
        assertThat(find(card, Anchor.class, "dashboard-unpaid-link").getHref())
                .isEqualTo("registrar/reports/payments?days=30");
        String svg = find(card, Svg.class, "dashboard-awards").getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "<title id=\"dashboard-awards-title\">",
                "<desc id=\"dashboard-awards-desc\">", "awarded or renewed");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_is_refused_the_report() {
        navigate("registrar/reports/payments", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private java.util.List<String> references() {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("payments-unpaid");
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 0)).toList();
    }

    private static <T extends Component> T find(Component root, Class<T> type, String id) {
        return descendants(root.getElement()).filter(element -> id.equals(element.getAttribute("id")))
                .map(element -> type.cast(element.getComponent().orElseThrow())).findFirst().orElseThrow();
    }

    private static Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
