package org.guildhall.sponsorship.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.SponsorshipSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: nominating a sponsor tells the applicant the same whether or not the number or email and surname fit a
 * member, never shows a name they did not give, and a double click asks once with no contradicting error.
 */
@IntegrationTest
class NominateSponsorsViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;

    private AccountSummary grace;

    @BeforeEach
    void anAssociateApplicantAndAMember() {
        grace = provisioning.createAccount("Grace Lindqvist", TestAccounts.uniqueEmail("grace"), TestAccounts.PASSWORD,
                Role.MEMBER);
        memberships.enrolExistingMember(grace.id(), MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                LocalDate.of(2020, 1, 1));
        var applicant = accounts.register("Amara Diallo", TestAccounts.uniqueEmail("amara"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, false, false, false, true, false,
                false, Set.of()), MembershipCategory.ASSOCIATE);
        memberships.submit();
        navigate(NominateSponsorsView.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_number_that_fits_and_one_that_does_not_get_the_same_answer() {
        String graceNumber = memberships.membershipOf(grace.id()).orElseThrow().memberNumber();

        nominate(graceNumber, "Mensah");
        String mismatch = answer();
        assertThat(nominations()).isEmpty();

        nominate(graceNumber, "Lindqvist");
        assertThat(answer()).isEqualTo(mismatch).isEqualTo(Text.of(NominateSponsorsView.ASKED).english());
        assertThat(nominations()).extracting(SponsorshipSummary::sponsorName).containsExactly("Lindqvist");
        assertThat($(TextField.class).id("sponsor").isInvalid()).isFalse();
    }

    @Test
    void a_double_click_on_nominate_asks_once_and_shows_no_error() {
        nominate(grace.email(), "Lindqvist");
        test($(Button.class).id("nominate")).click();

        assertThat(nominations()).hasSize(1);
        assertThat($(TextField.class).id("sponsor").isInvalid()).isFalse();
        assertThat(answer()).isEqualTo(Text.of(NominateSponsorsView.ASKED).english());
    }

    @Test
    void a_missing_surname_is_asked_for_on_its_field() {
        nominate(grace.email(), "");

        var surname = $(TextField.class).id("sponsor-surname");
        assertThat(surname.isInvalid()).isTrue();
        assertThat(surname.getErrorMessage()).contains("surname");
        assertThat($(TextField.class).id("sponsor").getValue()).isEqualTo(grace.email());
        assertThat(nominations()).isEmpty();
    }

    @Test
    void an_empty_nomination_shows_each_missing_value_on_its_field_and_asks_nobody() {
        nominate("", "   ");

        var sponsor = $(TextField.class).id("sponsor");
        var surname = $(TextField.class).id("sponsor-surname");
        assertThat(sponsor.isInvalid()).isTrue();
        assertThat(sponsor.getErrorMessage()).contains("member number or email");
        assertThat(surname.isInvalid()).isTrue();
        assertThat(surname.getValue()).isEqualTo("   ");
        assertThat(nominations()).isEmpty();
    }


    @Test
    void in_french_the_form_and_a_missing_surname_on_its_field_read_in_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        // The view was opened in English before each test; it is built anew in French.
        UI.getCurrent().navigate("membership/eligibility");
        navigate(NominateSponsorsView.class);
        assertThat($(Button.class).id("nominate").getText()).isEqualTo("Désigner");
        assertThat($(TextField.class).id("sponsor-surname").getLabel()).isEqualTo("Son nom de famille");

        nominate(grace.email(), "");

        var surname = $(TextField.class).id("sponsor-surname");
        assertThat(surname.isInvalid()).isTrue();
        assertThat(surname.getErrorMessage()).isEqualTo("Saisissez le nom de famille du membre que vous désignez.");
        assertThat($(TextField.class).id("sponsor").getValue()).as("what was typed stays").isEqualTo(grace.email());
    }

    private void nominate(String numberOrEmail, String surname) {
        test($(TextField.class).id("sponsor")).setValue(numberOrEmail);
        test($(TextField.class).id("sponsor-surname")).setValue(surname);
        test($(Button.class).id("nominate")).click();
    }

    private String answer() {
        return $(Paragraph.class).id("nomination-answer").getText();
    }

    @SuppressWarnings("unchecked")
    private List<SponsorshipSummary> nominations() {
        Grid<SponsorshipSummary> grid = $(Grid.class).id("nominations");
        return grid.getListDataView().getItems().toList();
    }
}
