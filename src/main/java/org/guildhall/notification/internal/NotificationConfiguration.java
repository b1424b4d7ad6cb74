package org.guildhall.notification.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.notification.domain.OutboundEmailRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.PeriodicTrigger;

/** The notification module's settings, the outbox's gauges, and the schedule on which the outbox is emptied. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
class NotificationConfiguration {

    /** How many emails wait to be sent and how many were given up, read at each scrape; alert on the second. */
    @Bean
    MeterBinder outboxGauges(OutboundEmailRepository emails) {
        return meters -> {
            for (var status : new OutboundEmail.Status[] {OutboundEmail.Status.PENDING, OutboundEmail.Status.FAILED}) {
                Gauge.builder("guildhall.mail.outbox", emails, repository -> repository.countByStatus(status))
                        .tag("status", status.name().toLowerCase())
                        .description("Emails in the outbox by status").register(meters);
            }
        };
    }

    /** Sends due emails every {@code guildhall.mail.send-interval}; the tests switch it off and send by hand. */
    @Bean
    @ConditionalOnBooleanProperty(name = "guildhall.mail.scheduled-sending", matchIfMissing = true)
    OutboxSchedule outboxSchedule(OutboxSender sender, MailSettings settings) {
        return new OutboxSchedule(sender, settings.sendInterval());
    }

    /**
     * The outbox's own thread. A mail server that stalls holds this thread for a timeout, but never the shared
     * scheduler that runs the daily jobs (lapse, reminders) and the event resubmission. Deliberately not a
     * {@code TaskScheduler} bean: one would replace Spring Boot's scheduler for every {@code @Scheduled} method.
     */
    static final class OutboxSchedule implements SmartLifecycle {

        private final OutboxSender sender;
        private final Duration interval;
        private final ThreadPoolTaskScheduler thread = new ThreadPoolTaskScheduler();
        private volatile boolean running;

        OutboxSchedule(OutboxSender sender, Duration interval) {
            this.sender = sender;
            this.interval = interval;
            thread.setThreadNamePrefix("outbox-sender-");
            thread.setPoolSize(1);
        }

        @Override
        public void start() {
            thread.initialize();
            var everyInterval = new PeriodicTrigger(interval);
            everyInterval.setInitialDelay(interval);
            thread.schedule(sender::sendDue, everyInterval);
            running = true;
        }

        @Override
        public void stop() {
            thread.shutdown();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
