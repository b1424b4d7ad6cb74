package org.guildhall.sponsorship;

import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Issue 3, "Sponsors (Associate)": nominations, answers, and the registrar seeing the application only after two. */
@IntegrationTest
class SponsorshipServiceIntegrationTest {

    private static final EligibilityAnswers FOREIGN_LICENSEE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, false, false, false, true, false, false, Set.of());

    @Autowired SponsorshipService sponsorships;
    @Autowired MembershipService memberships;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    private AccountSummary applicant;
    private AccountSummary grace;
    private AccountSummary kwame;
    private AccountSummary mei;

    @BeforeEach
    void anAssociateWithThreeMembersAround() {
        TestAccounts.ensure(accounts, provisioning);
        grace = member("Grace Lindqvist");
        kwame = member("Kwame Mensah");
        mei = member("Mei Chen");
        applicant = accounts.register("Amara Diallo", TestAccounts.uniqueEmail("amara"), TestAccounts.PASSWORD);
        actAs(applicant, Role.APPLICANT);
        memberships.saveDraft(FOREIGN_LICENSEE, MembershipCategory.ASSOCIATE);
        memberships.submit();
    }

    @Test
    void two_accepted_sponsors_send_the_application_to_the_registrar_with_their_endorsements() {
        var toGrace = sponsorships.nominate(memberNumberOf(grace));
        var toKwame = sponsorships.nominate(kwame.email());

        actAs(grace, Role.MEMBER);
        assertThat(sponsorships.applicationBehind(toGrace.id()).applicantName()).isEqualTo("Amara Diallo");
        sponsorships.accept(toGrace.id(), "Amara ran our Lagos contact centre with distinction.");
        assertThat(statusOfApplication()).isEqualTo(ApplicationStatus.AWAITING_SPONSORS);

        actAs(kwame, Role.MEMBER);
        sponsorships.accept(toKwame.id(), "I have worked with Amara for six years.");

        assertThat(statusOfApplication()).isEqualTo(ApplicationStatus.SUBMITTED);
        TestAccounts.asRegistrar();
        assertThat(sponsorships.forApplication(toGrace.applicationId()))
                .extracting(SponsorshipView::endorsement)
                .containsExactly("Amara ran our Lagos contact centre with distinction.",
                        "I have worked with Amara for six years.");
    }

    @Test
    void after_a_decline_the_applicant_nominates_a_replacement() {
        sponsorships.nominate(grace.email());
        var toKwame = sponsorships.nominate(kwame.email());
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate(mei.email()))
                .withMessageContaining("already have two sponsors");

        actAs(kwame, Role.MEMBER);
        sponsorships.decline(toKwame.id());

        actAs(applicant, Role.APPLICANT);
        assertThat(sponsorships.nominate(mei.email()).sponsorName()).isEqualTo("Mei Chen");
        assertThat(sponsorships.myNominations()).extracting(SponsorshipView::status).containsExactly(
                SponsorshipStatus.REQUESTED, SponsorshipStatus.DECLINED, SponsorshipStatus.REQUESTED);
    }

    @Test
    void each_wrong_nomination_gets_its_own_message() {
        var outsider = accounts.register("Ola Outsider", TestAccounts.uniqueEmail("ola"), TestAccounts.PASSWORD);
        actAs(applicant, Role.APPLICANT);

        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate(applicant.email())).withMessageContaining("your own");
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate(outsider.email())).withMessageContaining("not a member");
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate("GH-999999")).withMessageContaining("No one with that");
        sponsorships.nominate(grace.email());
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate(memberNumberOf(grace)))
                .withMessageContaining("already nominated Grace Lindqvist");
    }

    @Test
    void a_sponsor_sees_only_requests_made_to_them() {
        var toGrace = sponsorships.nominate(grace.email());

        actAs(mei, Role.MEMBER);
        assertThat(sponsorships.requestsToMe()).extracting(SponsorshipView::id).doesNotContain(toGrace.id());
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.accept(toGrace.id(), "Not mine to give"));
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.applicationBehind(toGrace.id()));
    }

    private ApplicationStatus statusOfApplication() {
        actAs(applicant, Role.APPLICANT);
        return memberships.currentApplication().orElseThrow().status();
    }

    private String memberNumberOf(AccountSummary member) {
        return memberships.membershipOf(member.id()).orElseThrow().memberNumber();
    }

    private AccountSummary member(String name) {
        return TestAccounts.member(provisioning, memberships, name);
    }

    private static void actAs(AccountSummary account, Role role) {
        TestAccounts.signInAs(account.email(), role);
    }
}
