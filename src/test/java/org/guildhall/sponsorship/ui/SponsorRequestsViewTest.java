package org.guildhall.sponsorship.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
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
import org.guildhall.sponsorship.NominationData;
import org.guildhall.sponsorship.SponsorshipService;
import org.guildhall.sponsorship.SponsorshipStatus;
import org.guildhall.sponsorship.domain.Sponsorship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: the sponsor's endorsement is a form; a refusal shows on the field and what was typed stays. */
@IntegrationTest
class SponsorRequestsViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired SponsorshipService sponsorships;

    private long requestId;

    @BeforeEach
    void aMemberAskedToSponsorAnAssociateApplicant() {
        TestAccounts.ensure(accounts, provisioning);
        AccountSummary grace = TestAccounts.member(provisioning, memberships, "Grace Lindqvist");
        var applicant = accounts.register("Amara Diallo", TestAccounts.uniqueEmail("amara"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, false, false, false, true, false,
                false, Set.of()), MembershipCategory.ASSOCIATE);
        memberships.submit();
        sponsorships.nominate(new NominationData(grace.email(), "Lindqvist"));
        requestId = sponsorships.myNominations().getLast().id();
        TestAccounts.signInAs(grace.email(), Role.MEMBER);
        navigate(SponsorRequestsView.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_blank_endorsement_is_refused_on_its_field_and_nothing_is_answered() {
        accept("   ");

        var endorsement = endorsement();
        assertThat(endorsement.isInvalid()).isTrue();
        assertThat(endorsement.getErrorMessage()).isEqualTo("Write a short endorsement of the applicant.");
        assertThat(endorsement.getValue()).as("what was typed stays").isEqualTo("   ");
        assertThat(statusOfRequest()).isEqualTo(SponsorshipStatus.REQUESTED);
    }

    @Test
    void an_endorsement_over_the_limit_is_refused_on_its_field_with_the_text_kept() {
        String tooLong = "A".repeat(Sponsorship.MAX_ENDORSEMENT + 1);
        accept(tooLong);

        assertThat(endorsement().getErrorMessage()).isEqualTo("Keep the endorsement under 1,000 characters.");
        assertThat(endorsement().getValue()).isEqualTo(tooLong);
        assertThat(statusOfRequest()).isEqualTo(SponsorshipStatus.REQUESTED);
    }

    @Test
    void an_endorsement_accepts_the_request_and_is_shown_with_the_answer() {
        accept("I have known Amara’s work for six years.");

        assertThat(statusOfRequest()).isEqualTo(SponsorshipStatus.ACCEPTED);
        assertThat($(Paragraph.class).id("answer-" + requestId).getText())
                .contains("I have known Amara’s work for six years.");
    }

    @Test
    void in_french_a_blank_endorsement_is_refused_in_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        UI.getCurrent().navigate("membership/eligibility");
        navigate(SponsorRequestsView.class);

        accept("");

        assertThat(endorsement().getLabel()).isEqualTo("Votre recommandation");
        assertThat(endorsement().getErrorMessage()).isEqualTo("Rédigez une courte recommandation du demandeur.");
    }

    private void accept(String endorsement) {
        test(endorsement()).setValue(endorsement);
        test($(Button.class).id("accept-" + requestId)).click();
    }

    private TextArea endorsement() {
        return $(TextArea.class).id("endorsement-" + requestId);
    }

    private SponsorshipStatus statusOfRequest() {
        return sponsorships.requestsToMe().stream().filter(request -> request.id() == requestId).findFirst()
                .orElseThrow().status();
    }
}
