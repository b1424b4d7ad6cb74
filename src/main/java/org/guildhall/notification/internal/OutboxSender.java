package org.guildhall.notification.internal;

import java.time.Clock;
import java.time.Instant;

import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.notification.domain.OutboundEmailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued emails that are due, one transaction each: the email's row stays locked for its SMTP
 * conversation, so two senders (threads or instances) never send the same email. A refused or unreachable server
 * costs the email an attempt and pushes its next one back ({@link org.guildhall.notification.domain.RetryPolicy}).
 * A crash between the server's acceptance and the commit leaves the email pending, to be sent again: SMTP has no
 * two-phase commit, so that narrow window is the one way an email can go twice.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboundEmailRepository emails;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(OutboundEmailRepository emails, JavaMailSender mailSender, TransactionTemplate transactions,
            MailSettings settings, Clock clock) {
        this.emails = emails;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    void sendDue() {
        // Due as of the round's start: an email that fails now is due again only in a later round.
        var roundStart = clock.instant();
        boolean attempted;
        do {
            attempted = Boolean.TRUE.equals(transactions.execute(status -> emails.lockNextDue(roundStart)
                    .map(email -> {
                        attempt(email);
                        return true;
                    })
                    .orElse(false)));
        } while (attempted);
    }

    private void attempt(OutboundEmail email) {
        try {
            mailSender.send(message(email));
            email.sent(clock.instant());
        } catch (MailException refused) {
            Instant now = clock.instant();
            email.failed(String.valueOf(refused.getMessage()), now, settings.retry());
            if (email.status() == OutboundEmail.Status.FAILED) {
                log.error("Gave up the email '{}' to {} after {} attempts: {}", email.subject(), email.recipient(),
                        email.attempts(), refused.getMessage());
            } else {
                log.warn("Email '{}' to {} failed (attempt {}), next attempt at {}: {}", email.subject(),
                        email.recipient(), email.attempts(), email.nextAttemptAt(), refused.getMessage());
            }
        }
    }

    private SimpleMailMessage message(OutboundEmail email) {
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(email.recipient());
        message.setSubject(email.subject());
        message.setText(email.bodyToSend());
        return message;
    }
}
