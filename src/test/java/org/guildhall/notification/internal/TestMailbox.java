package org.guildhall.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/** What the email tests look at: the outbox filling up, and what GreenMail received for one person. */
final class TestMailbox {

    private TestMailbox() {
    }

    /** Listeners run after commit on another thread. */
    static void awaitQueued(JdbcTemplate jdbc, String email, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ?", Integer.class, email) == count);
    }

    static List<MimeMessage> receivedBy(GreenMail mailServer, String email) throws MessagingException {
        var received = new ArrayList<MimeMessage>();
        for (var message : mailServer.getReceivedMessagesForDomain("example.org")) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                received.add(message);
            }
        }
        return received;
    }

    static List<String> subjectsReceivedBy(GreenMail mailServer, String email) throws MessagingException {
        var subjects = new ArrayList<String>();
        for (var message : receivedBy(mailServer, email)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
