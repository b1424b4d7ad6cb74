package org.guildhall.notification.internal;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.EmailChangeData;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.PasswordChangeData;
import org.guildhall.identity.Role;
import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, on MariaDB and a real SMTP server (GreenMail): reset and verification links reach the mailbox but leave
 * no trace in the outbox once sent; the owner of an address is told when someone registers it again, the previous
 * address when the sign-in address changes, and the account when its password changes. Issue 14: each in the
 * language its recipient chose.
 */
@IntegrationTest
class AccountEmailsIntegrationTest {

    private static final String RESET = "Reset your Guildhall password";

    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_sent_reset_email_carries_its_link_but_the_stored_row_no_longer_does() throws Exception {
        String email = TestAccounts.uniqueEmail("amara");
        accounts.register("Amara Okafor", email, TestAccounts.PASSWORD);
        accounts.requestPasswordReset(email);
        awaitQueued(email, RESET);
        assertThat(storedBody(email, RESET)).as("the link waits marked while the email is queued")
                .contains("/reset-password/");

        sender.sendDue();

        String received = (String) only(receivedBy(email, RESET)).getContent();
        assertThat(received).containsPattern("http://localhost:8080/reset-password/[A-Za-z0-9_-]{43}\\s")
                .doesNotContain("[[").doesNotContain(OutboundEmail.REDACTED_LINK);
        assertThat(storedBody(email, RESET)).doesNotContain("/reset-password/")
                .contains(OutboundEmail.REDACTED_LINK).contains("Someone, hopefully you, asked to reset");
    }

    @Test
    void the_verification_link_of_a_registration_is_removed_from_the_outbox_once_sent() throws Exception {
        String email = TestAccounts.uniqueEmail("kwame");
        accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD);
        awaitQueued(email, "Confirm your email address");

        sender.sendDue();

        assertThat((String) only(receivedBy(email, "Confirm your email address")).getContent())
                .contains("http://localhost:8080/verify-email/");
        assertThat(storedBody(email, "Confirm your email address")).doesNotContain("/verify-email/")
                .contains(OutboundEmail.REDACTED_LINK);
    }

    @Test
    void registering_a_taken_address_makes_no_account_and_tells_its_owner() throws Exception {
        String email = TestAccounts.uniqueEmail("grace");
        accounts.register("Grace Lindqvist", email, TestAccounts.PASSWORD).orElseThrow();

        assertThat(accounts.register("Someone Else", email, "another long passphrase")).isEmpty();

        String subject = "Someone tried to register with your email address";
        awaitQueued(email, subject);
        sender.sendDue();
        assertThat((String) only(receivedBy(email, subject)).getContent()).startsWith("Dear Grace Lindqvist,")
                .contains("no new one was made").contains("http://localhost:8080/forgot-password");
        assertThat(jdbc.queryForObject("select full_name from account where email = ?", String.class, email))
                .isEqualTo("Grace Lindqvist");
    }

    @Test
    void an_email_change_is_confirmed_from_the_new_address_and_the_old_address_is_told() throws Exception {
        String old = TestAccounts.uniqueEmail("sofia");
        String moved = TestAccounts.uniqueEmail("sofia.new");
        accounts.register("Sofia Marchetti", old, TestAccounts.PASSWORD);
        TestAccounts.signInAs(old, Role.APPLICANT);
        myAccount.changeCurrentEmail(new EmailChangeData(moved, TestAccounts.PASSWORD));
        awaitQueued(moved, "Confirm your new email address");
        sender.sendDue();

        String link = (String) only(receivedBy(moved, "Confirm your new email address")).getContent();
        String secret = link.replaceAll("(?s).*/verify-email/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(accounts.findByEmail(old)).as("sign-in stays with the old address until then").isPresent();

        accounts.verifyEmail(secret);

        assertThat(accounts.findByEmail(moved)).isPresent();
        assertThat(accounts.findByEmail(old)).isEmpty();
        String subject = "Your Guildhall sign-in address has changed";
        awaitQueued(old, subject);
        sender.sendDue();
        assertThat((String) only(receivedBy(old, subject)).getContent()).contains(moved);
    }

    @Test
    void a_password_change_is_emailed_to_the_account() throws Exception {
        String email = TestAccounts.uniqueEmail("liam");
        accounts.register("Liam O'Connor", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email, Role.APPLICANT);

        myAccount.changeCurrentPassword(new PasswordChangeData(TestAccounts.PASSWORD, "a different long passphrase"));

        String subject = "Your Guildhall password has changed";
        awaitQueued(email, subject);
        sender.sendDue();
        assertThat((String) only(receivedBy(email, subject)).getContent()).contains("has just been changed");
    }

    /** Issue 14: the email is written in the language the recipient chose; without a choice, in English. */
    @Test
    void an_account_that_chose_french_gets_its_password_reset_email_in_french() throws Exception {
        String email = TestAccounts.uniqueEmail("amara.fr");
        accounts.register("Amara Okafor", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email, Role.APPLICANT);
        myAccount.chooseCurrentLanguage(Languages.FRENCH);
        TestAccounts.signOut();

        accounts.requestPasswordReset(email);
        String subject = "Réinitialisez votre mot de passe Guildhall";
        awaitQueued(email, subject);
        sender.sendDue();

        String received = (String) only(receivedBy(email, subject)).getContent();
        assertThat(received).startsWith("Bonjour Amara Okafor,")
                .contains("Quelqu’un, vous sans doute, a demandé la réinitialisation de votre mot de passe")
                .contains("/reset-password/")
                .contains("Guildhall, le portail des membres et des certifications de l’institut.")
                .doesNotContain("Dear ");
    }

    @Test
    void an_account_without_a_chosen_language_gets_english() throws Exception {
        String email = TestAccounts.uniqueEmail("kwame.en");
        accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD);

        accounts.requestPasswordReset(email);
        awaitQueued(email, RESET);
        sender.sendDue();

        String received = (String) only(receivedBy(email, RESET)).getContent();
        assertThat(received).startsWith("Dear Kwame Mensah,").contains("Someone, hopefully you, asked to reset")
                .doesNotContain("Bonjour");
    }

    private void awaitQueued(String recipient, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject = ?", Integer.class, recipient,
                subject) == 1);
    }

    private String storedBody(String recipient, String subject) {
        return jdbc.queryForObject("select body from outbound_email where recipient = ? and subject = ?",
                String.class, recipient, subject);
    }

    private List<MimeMessage> receivedBy(String email, String subject) throws MessagingException {
        return mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(email),
                message -> subject.equals(EmailOutboxIntegrationTest.subjectOf(message))).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }
}
