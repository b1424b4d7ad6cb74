package org.guildhall.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.notification.domain.OutboundEmailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued emails that are due, one transaction each: the email's row stays locked for its SMTP
 * conversation, so two senders (threads or instances) never send the same email. A refused or unreachable server
 * costs the email an attempt, pushes its next one back ({@link org.guildhall.shared.RetryPolicy}) and
 * ends the round, so a hung server holds the outbox for one timeout per round, not one per queued email.
 * A crash or a lost acknowledgement between the server's acceptance and the commit sends the email again: SMTP has
 * no two-phase commit, so every attempt carries the same Message-ID, by which receiving systems merge the copies.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboundEmailRepository emails;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Clock clock;
    private final Counter sent;
    private final Counter retried;
    private final Counter gaveUp;

    OutboxSender(OutboundEmailRepository emails, JavaMailSender mailSender, TransactionTemplate transactions,
            MailSettings settings, Clock clock, MeterRegistry meters) {
        this.emails = emails;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.sent = attempts(meters, "sent", "accepted by the mail server");
        this.retried = attempts(meters, "retry", "failed, to be tried again later");
        this.gaveUp = attempts(meters, "gave_up", "failed for the last time: the email is given up (FAILED)");
    }

    void sendDue() {
        // Due as of the round's start: an email that fails now is due again only in a later round.
        var roundStart = clock.instant();
        boolean sentOne;
        do {
            sentOne = Boolean.TRUE.equals(transactions.execute(status -> emails.lockNextDue(roundStart)
                    .map(this::attempt)
                    .orElse(false)));
        } while (sentOne);
    }

    /** Whether the server took the email; on failure the email is backed off or given up. */
    private boolean attempt(OutboundEmail email) {
        try {
            mailSender.send(message(email));
            email.sent(clock.instant());
            sent.increment();
            return true;
        } catch (MailException refused) {
            Instant now = clock.instant();
            email.failed(String.valueOf(refused.getMessage()), now, settings.retry());
            if (email.status() == OutboundEmail.Status.FAILED) {
                gaveUp.increment();
                log.error("Gave up the email '{}' to {} after {} attempts: {}", email.subject(), email.recipient(),
                        email.attempts(), refused.getMessage());
            } else {
                retried.increment();
                log.warn("Email '{}' to {} failed (attempt {}), next attempt at {}: {}", email.subject(),
                        email.recipient(), email.attempts(), email.nextAttemptAt(), refused.getMessage());
            }
            return false;
        }
    }

    private MimeMessage message(OutboundEmail email) {
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(email.recipient());
            helper.setSubject(email.subject());
            helper.setText(email.bodyToSend());
            // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating a new one.
            message.setHeader("Message-ID", email.messageId(settings.messageIdDomain()));
            return message;
        } catch (MessagingException unwritable) {
            throw new MailPreparationException(unwritable);
        }
    }

    private static Counter attempts(MeterRegistry meters, String outcome, String description) {
        return Counter.builder("guildhall.mail.attempts").tag("outcome", outcome)
                .description("Attempts to send an outbox email that were " + description).register(meters);
    }
}
