package org.guildhall.notification.internal;

import java.time.LocalDate;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.SponsoredApplications;
import org.guildhall.membership.StudyMode;
import org.guildhall.sponsorship.NominationData;
import org.guildhall.sponsorship.SponsorshipService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3: sponsor requests and the registrar's approval reach people by real email (GreenMail). */
@IntegrationTest
class MembershipEmailsIntegrationTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired SponsoredApplications applications;
    @Autowired SponsorshipService sponsorships;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_nominated_sponsor_is_emailed_and_the_approved_applicant_gets_their_member_number() throws Exception {
        TestAccounts.ensure(accounts, provisioning);
        var sponsor = provisioning.createAccount("Grace Lindqvist", TestAccounts.uniqueEmail("grace"),
                TestAccounts.PASSWORD, Role.MEMBER);
        memberships.enrolExistingMember(sponsor.id(), MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                LocalDate.of(2021, 3, 1));
        var applicant = accounts.register("Adaeze Nwosu", TestAccounts.uniqueEmail("adaeze"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, false, false, false, true, false,
                false, Set.of()), MembershipCategory.ASSOCIATE);
        long applicationId = memberships.submit().id();
        sponsorships.nominate(new NominationData(sponsor.email(), "Lindqvist"));

        TestMailbox.awaitQueued(jdbc, sponsor.email(), 1);
        sender.sendDue();
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, sponsor.email()))
                .containsExactly("Adaeze Nwosu asks you to sponsor their membership");

        applications.sponsorsConfirmed(applicationId);
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        var number = memberships.approve(applicationId, memberships.review(applicationId).version()).memberNumber();

        TestMailbox.awaitQueued(jdbc, applicant.email(), 5);
        sender.sendDue();
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, applicant.email()))
                .containsExactlyInAnyOrder("Welcome to Guildhall", "Confirm your email address", "We have your membership application",
                "Welcome to the institute: member number " + number, "Your first membership subscription");
    }

    @Test
    void a_password_reset_link_is_emailed_and_never_filed_in_the_portal_inbox() throws Exception {
        var account = accounts.register("Mei Chen", TestAccounts.uniqueEmail("mei"), TestAccounts.PASSWORD).orElseThrow();
        accounts.requestPasswordReset(account.email());

        TestMailbox.awaitQueued(jdbc, account.email(), 3);
        sender.sendDue();

        var reset = mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(account.email()),
                message -> "Reset your Guildhall password".equals(EmailOutboxIntegrationTest.subjectOf(message))).toList();
        assertThat(reset).singleElement().satisfies(message -> assertThat((String) message.getContent())
                .containsPattern("http://localhost:8080/reset-password/[A-Za-z0-9_-]{43}")
                .doesNotContain("also in your inbox"));
        assertThat(jdbc.queryForList("select title from inbox_item where account_id = ?", String.class,
                account.id())).containsExactly("Welcome to Guildhall");
    }


}
