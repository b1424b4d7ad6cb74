package org.guildhall.calendar.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, "Subscribe in your calendar": the feed address is shown once when made, a new one replaces it, and
 * stopping it hides it; a person with no bookings is told so; in French the page speaks French.
 */
@IntegrationTest
class MyCalendarViewTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;

    @BeforeEach
    void aMemberWithNoBookings() {
        TestAccounts.signInAs(TestAccounts.account(provisioning, "Cleo Calendar", Role.MEMBER));
    }

    @Test
    void the_feed_address_is_shown_once_when_made_and_can_be_replaced_and_stopped() {
        navigate("my/calendar", MyCalendarView.class);
        assertThat($(Paragraph.class).id("feed-state").getText()).isEqualTo("You have no calendar address.");
        assertThat($(TextField.class).all()).as("no address shown").isEmpty();
        assertThat($(Button.class).all()).extracting(button -> button.getId().orElse(""))
                .doesNotContain("revoke-feed");

        test($(Button.class).id("open-feed")).click();
        String first = $(TextField.class).id("feed-address").getValue();
        assertThat(first).contains("/calendar/feed/").hasSizeGreaterThan(40);
        assertThat($(Paragraph.class).id("feed-state").getText()).startsWith("Your calendar address was made on");
        assertThat($(Button.class).id("open-feed").getText()).isEqualTo("Make a new address");

        test($(Button.class).id("open-feed")).click();
        assertThat($(TextField.class).id("feed-address").getValue()).contains("/calendar/feed/").isNotEqualTo(first);

        test($(Button.class).id("revoke-feed")).click();
        assertThat($(TextField.class).all()).as("the address hidden again").isEmpty();
        assertThat($(Paragraph.class).id("feed-state").getText()).isEqualTo("You have no calendar address.");
    }

    @Test
    void with_nothing_booked_the_page_says_so() {
        navigate("my/calendar", MyCalendarView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You have no coming bookings.");
    }

    @Test
    void in_french_the_page_speaks_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("my/calendar", MyCalendarView.class);
        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsExactly("Vos prochaines réservations", "S’abonner dans votre agenda");
        assertThat($(Button.class).id("open-feed").getText()).isEqualTo("Créer mon adresse d’agenda");
    }
}
