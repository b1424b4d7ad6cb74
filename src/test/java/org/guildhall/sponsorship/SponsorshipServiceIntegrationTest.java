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
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 3, "Sponsors (Associate)": nominations, answers, and the registrar seeing the application only after two;
 * issue 11: a sponsor is named by number or email and surname, a mismatch sends nothing, a repeat asks once.
 */
@IntegrationTest
class SponsorshipServiceIntegrationTest {

    private static final EligibilityAnswers FOREIGN_LICENSEE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, false, false, false, true, false, false, Set.of());

    @Autowired SponsorshipService sponsorships;
    @Autowired MembershipService memberships;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired org.guildhall.certification.CertificationAwards awards;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

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
        applicant = accounts.register("Amara Diallo", TestAccounts.uniqueEmail("amara"), TestAccounts.PASSWORD).orElseThrow();
        actAs(applicant, Role.APPLICANT);
        memberships.saveDraft(FOREIGN_LICENSEE, MembershipCategory.ASSOCIATE);
        memberships.submit();
    }

    @Test
    void two_accepted_sponsors_send_the_application_to_the_registrar_with_their_endorsements() {
        var toGrace = nominate(memberNumberOf(grace), "Lindqvist");
        var toKwame = nominate(kwame.email(), "mensah");

        actAs(grace, Role.MEMBER);
        assertThat(sponsorships.applicationBehind(toGrace.id()).applicantName()).isEqualTo("Amara Diallo");
        sponsorships.accept(toGrace.id(), new EndorsementData("Amara ran our Lagos contact centre with distinction."));
        assertThat(statusOfApplication()).isEqualTo(ApplicationStatus.AWAITING_SPONSORS);

        actAs(kwame, Role.MEMBER);
        sponsorships.accept(toKwame.id(), new EndorsementData("I have worked with Amara for six years."));

        assertThat(statusOfApplication()).isEqualTo(ApplicationStatus.SUBMITTED);
        TestAccounts.asRegistrar();
        assertThat(sponsorships.forApplication(toGrace.applicationId()))
                .extracting(SponsorshipSummary::endorsement)
                .containsExactly("Amara ran our Lagos contact centre with distinction.",
                        "I have worked with Amara for six years.");
    }

    /** Issue 20: an endorsement given earns the sponsor giving-back CPD credit once, at the setting's hours. */
    @Test
    void an_endorsement_given_earns_the_sponsor_cpd_credit_once() {
        awards.award(grace.id(), "CCSP", org.guildhall.certification.Route.EXAM, java.time.LocalDate.now(clock)
                .minusYears(1));
        var toGrace = nominate(grace.email(), "Lindqvist");
        actAs(grace, Role.MEMBER);
        sponsorships.accept(toGrace.id(), new EndorsementData("Amara ran our Lagos contact centre with distinction."));

        assertThat(jdbc.queryForList("select hours from cpd_activity where source_key = ? and account_id = ?",
                java.math.BigDecimal.class, SponsorCredit.sourceKey(toGrace.id()), grace.id()))
                .containsExactly(new java.math.BigDecimal("1.00"));
    }

    @Test
    void after_a_decline_the_applicant_nominates_a_replacement() {
        nominate(grace.email(), "Lindqvist");
        var toKwame = nominate(kwame.email(), "Mensah");
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate(new NominationData(mei.email(), "Chen")))
                .withMessageContaining("already have two sponsors");

        actAs(kwame, Role.MEMBER);
        sponsorships.decline(toKwame.id());

        actAs(applicant, Role.APPLICANT);
        assertThat(nominate(mei.email(), "Chen").sponsorName()).as("only the surname until Mei answers")
                .isEqualTo("Chen");
        assertThat(sponsorships.myNominations()).extracting(SponsorshipSummary::status, SponsorshipSummary::sponsorName)
                .containsExactly(tuple(SponsorshipStatus.REQUESTED, "Lindqvist"),
                        tuple(SponsorshipStatus.DECLINED, "Kwame Mensah"),
                        tuple(SponsorshipStatus.REQUESTED, "Chen"));
    }

    @Test
    void a_nomination_that_does_not_fit_a_member_in_good_standing_sends_nothing_and_raises_nothing() {
        var outsider = accounts.register("Ola Outsider", TestAccounts.uniqueEmail("ola"), TestAccounts.PASSWORD)
                .orElseThrow();
        actAs(applicant, Role.APPLICANT);

        sponsorships.nominate(new NominationData(applicant.email(), "Diallo"));
        sponsorships.nominate(new NominationData(outsider.email(), "Outsider"));
        sponsorships.nominate(new NominationData("GH-999999", "Lindqvist"));
        sponsorships.nominate(new NominationData(memberNumberOf(grace), "Mensah"));
        sponsorships.nominate(new NominationData(grace.email(), "Grace"));

        assertThat(sponsorships.myNominations()).isEmpty();
    }

    @Test
    void an_applicant_trying_surname_after_surname_is_stopped_after_ten_a_day() {
        String graceNumber = memberNumberOf(grace);
        for (String guess : new String[] {"Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas",
                "Roberts", "Walker", "Wright"}) {
            sponsorships.nominate(new NominationData(graceNumber, guess));
        }

        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.nominate(new NominationData(graceNumber, "Lindqvist")))
                .withMessageContaining("10 nominations in the last day");
        assertThat(sponsorships.myNominations()).isEmpty();
    }

    @Test
    void naming_the_same_member_again_as_a_double_click_would_asks_them_once() {
        nominate(memberNumberOf(grace), "Lindqvist");
        sponsorships.nominate(new NominationData(memberNumberOf(grace), "Lindqvist"));
        sponsorships.nominate(new NominationData(grace.email(), "LINDQVIST"));

        assertThat(sponsorships.myNominations()).hasSize(1);
        actAs(grace, Role.MEMBER);
        assertThat(sponsorships.requestsToMe()).hasSize(1);
    }

    @Test
    void a_sponsor_sees_only_requests_made_to_them() {
        var toGrace = nominate(grace.email(), "Lindqvist");

        actAs(mei, Role.MEMBER);
        assertThat(sponsorships.requestsToMe()).extracting(SponsorshipSummary::id).doesNotContain(toGrace.id());
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.accept(toGrace.id(), new EndorsementData("Not mine to give")));
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> sponsorships.applicationBehind(toGrace.id()));
    }

    /** Nominates as the applicant and returns the request it made. */
    private SponsorshipSummary nominate(String memberNumberOrEmail, String surname) {
        sponsorships.nominate(new NominationData(memberNumberOrEmail, surname));
        return sponsorships.myNominations().getLast();
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
