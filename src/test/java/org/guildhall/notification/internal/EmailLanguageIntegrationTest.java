package org.guildhall.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.guildhall.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Issue 14, on MariaDB and a real SMTP server (GreenMail): an email is written in the language its recipient
 * chose in the profile, subject, greeting, text and signature alike; someone who chose none reads English.
 */
@IntegrationTest
class EmailLanguageIntegrationTest {

    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;

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
    void an_account_without_a_choice_gets_english() throws Exception {
        String email = TestAccounts.uniqueEmail("kwame.en");
        accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD);

        accounts.requestPasswordReset(email);
        String subject = "Reset your Guildhall password";
        awaitQueued(email, subject);
        sender.sendDue();

        String received = (String) only(receivedBy(email, subject)).getContent();
        assertThat(received).startsWith("Dear Kwame Mensah,").contains("Someone, hopefully you, asked to reset")
                .doesNotContain("Bonjour");
    }

    private void awaitQueued(String recipient, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject = ?", Integer.class, recipient,
                subject) == 1);
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
