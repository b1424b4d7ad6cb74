package org.guildhall.reporting.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.events.EventFixtures;
import org.guildhall.events.EventReport.EventPeriod;
import org.guildhall.events.EventService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the events report and its dashboard card as the registrar sees them, in English and French. */
@IntegrationTest
class EventReportViewTest extends SpringBrowserlessTest {

    @Autowired EventService events;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;
    @Autowired EventsDashboard dashboard;

    private final String token = "Ew" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void twoEvents() {
        TestAccounts.ensure(accounts, provisioning);
        EventFixtures.publish(events, EventFixtures.seminar("Coaching clinic " + token, clock, Duration.ofDays(6),
                25, "0.00", Set.of()));
        EventFixtures.publish(events, EventFixtures.seminar("Annual forum " + token, clock, Duration.ofDays(40),
                300, "0.00", Set.of()));
        TestAccounts.signOut();
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_registrar_filters_the_events_and_the_download_links_carry_the_filters() {
        navigate("registrar/reports/events", EventReportView.class);
        test($(TextField.class).id("events-search")).setValue(token);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("events-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).as("latest first").isEqualTo("Annual forum " + token);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Published");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("300");
        assertThat(test(grid).getCellText(0, 7)).as("not started: no rate yet").isEmpty();
        @SuppressWarnings("unchecked")
        Select<EventPeriod> period = $(Select.class).id("events-period");
        test(period).selectItem("Already started");
        assertThat(test(grid).size()).isZero();
        assertThat($(Anchor.class).id("events-download-csv").getHref())
                .isEqualTo("report-exports/events/csv?search=" + token + "&period=past&lang="
                        + UI.getCurrent().getLocale().toLanguageTag());
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void in_french_the_report_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("registrar/reports/events", EventReportView.class);
        test($(TextField.class).id("events-search")).setValue(token);

        assertThat($(H2.class).single().getText()).isEqualTo("Événements");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("events-grid");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Publié");
        assertThat(grid.getColumnByKey("waiting").getHeaderText()).isEqualTo("Liste d’attente");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_dashboard_card_shows_places_and_turnout_linking_to_the_report() {
        navigate("registrar/reports/events", EventReportView.class);
        var card = dashboard.render();

        assertThat(dashboard.audience()).containsExactlyInAnyOrder("REGISTRAR", "ADMIN");
        assertThat(Components.find(card, Span.class, "dashboard-events-coming").getText()).matches("\\d+");
        assertThat(Components.find(card, Span.class, "dashboard-events-attendees").getParent().orElseThrow()
                .getElement().getTextRecursively()).contains("the last 12 months’ events");
        assertThat(card.getElement().getChildren().map(element -> element.getAttribute("href")))
                .contains("registrar/reports/events");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_is_refused_the_report() {
        navigate("registrar/reports/events", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
