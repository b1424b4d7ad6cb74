package org.guildhall.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The notification module's settings, and the schedule on which the outbox is emptied. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
class NotificationConfiguration {

    /** Sends due emails every {@code guildhall.mail.send-interval}; the tests switch it off and send by hand. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "guildhall.mail.scheduled-sending", matchIfMissing = true)
    static class ScheduledSending {

        private final OutboxSender sender;

        ScheduledSending(OutboxSender sender) {
            this.sender = sender;
        }

        @Scheduled(fixedDelayString = "${guildhall.mail.send-interval}",
                initialDelayString = "${guildhall.mail.send-interval}")
        void sendDueEmails() {
            sender.sendDue();
        }
    }
}
