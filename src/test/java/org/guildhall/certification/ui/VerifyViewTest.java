package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4: the public verification page, without signing in, for an active, a lapsed and an unknown code. */
@IntegrationTest
@WithAnonymousUser
class VerifyViewTest extends SpringBrowserlessTest {
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @Test
    void an_active_certificate_shows_holder_designation_status_and_valid_until_only() {
        var holder = provisioning.createAccount("Aisha Bello", TestAccounts.uniqueEmail("aisha"), TestAccounts.PASSWORD,
                Role.MEMBER);
        var awarded = awards.award(holder.id(), "CRMP", Route.EXAM, LocalDate.of(2026, 5, 4));

        navigate("verify/" + awarded.verificationCode(), VerifyView.class);

        assertThat(text("verify-holder")).isEqualTo("Aisha Bello");
        assertThat(text("verify-designation")).isEqualTo("Certified CRM Professional (CRMP)");
        assertThat(text("verify-status")).isEqualTo("Active");
        assertThat(text("verify-valid-until")).isEqualTo("3 May 2029");
        assertThat($(DescriptionList.Description.class).all()).as("nothing beyond the four facts").hasSize(4);
    }

    @Test
    void a_lapsed_certificate_shows_as_lapsed() {
        var holder = provisioning.createAccount("Kofi Annan-Mensah", TestAccounts.uniqueEmail("kofi"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CCCS", Route.EXAM,
                LocalDate.now(clock).minusYears(3).minusMonths(1));
        awards.lapseExpired();

        navigate("verify/" + awarded.verificationCode().toLowerCase(), VerifyView.class);

        assertThat(text("verify-status")).isEqualTo("Lapsed");
        assertThat(text("verify-holder")).isEqualTo("Kofi Annan-Mensah");
    }

    @Test
    void an_unknown_code_says_so_plainly() {
        navigate("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ", VerifyView.class);

        assertThat($(Paragraph.class).id("verify-unknown").getText())
                .startsWith("No certificate has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ.");
        assertThat($(DescriptionList.Description.class).all()).isEmpty();
    }

    @Test
    void the_bare_page_asks_for_a_code() {
        navigate(VerifyView.class);
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).id("verify-code").getValue()).isEmpty();
    }

    private String text(String id) {
        return $(DescriptionList.Description.class).id(id).getText();
    }
}
