package org.guildhall.notification.internal;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The demo's mail server: {@code ./mvnw spring-boot:run} has no SMTP server, so every email the outbox sends is
 * written to the log instead, where a newcomer can read it. Being a {@link JavaMailSender}, it replaces Spring
 * Boot's SMTP sender; the outbox, its retries and the message composition run exactly as in production.
 */
@Component
@Profile("demo")
class LoggingMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    @Override
    protected void doSend(MimeMessage[] messages, @Nullable Object[] originalMessages) {
        for (MimeMessage message : messages) {
            try {
                log.info("Demo mail (logged, not sent):\nFrom: {}\nTo: {}\nSubject: {}\n\n{}",
                        InternetAddress.toUnicodeString(message.getFrom()),
                        InternetAddress.toUnicodeString(message.getAllRecipients()), message.getSubject(),
                        message.getContent());
            } catch (MessagingException | IOException unreadable) {
                throw new MailPreparationException(unreadable);
            }
        }
    }
}
