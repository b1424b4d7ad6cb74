package org.guildhall.platform.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled work that must run on one instance at a time takes a named row in table {@code shedlock} (migration
 * V43), on the database's clock; and the schedule of {@link FailedEventResubmission}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventResubmissionSettings.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class EventResubmissionConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Every {@code guildhall.events.resubmission.interval}; the tests switch it off and resubmit by hand. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
    static class ScheduledResubmission {

        private final FailedEventResubmission resubmission;

        ScheduledResubmission(FailedEventResubmission resubmission) {
            this.resubmission = resubmission;
        }

        @Scheduled(fixedDelayString = "${guildhall.events.resubmission.interval}",
                initialDelayString = "${guildhall.events.resubmission.interval}")
        void resubmitFailedPublications() {
            resubmission.resubmitFailedPublications();
        }
    }
}
