package org.guildhall.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.guildhall.personaldata.RetainedRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kinds of notification record a retention rule may delete: inbox items by when they were filed, and emails
 * by when they were sent (those still waiting or given up are left for the admin).
 */
@Configuration(proxyBeanMethods = false)
class NotificationRetention {

    @Bean
    RetainedRecords inboxItemsRetention(JdbcClient jdbc) {
        return new Retained(jdbc, "inbox-items", "inbox_item", "created_at");
    }

    @Bean
    RetainedRecords sentEmailsRetention(JdbcClient jdbc) {
        return new Retained(jdbc, "sent-emails", "outbound_email", "status = 'SENT' and sent_at");
    }

    /** Rows of one table older than the cutoff by the condition's last column. */
    private record Retained(JdbcClient jdbc, String kind, String table, String olderThan) implements RetainedRecords {

        @Override
        public int countOlderThan(Instant cutoff) {
            return jdbc.sql("select count(*) from " + table + " where " + olderThan + " < ?")
                    .param(Timestamp.from(cutoff)).query(Integer.class).single();
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return jdbc.sql("delete from " + table + " where " + olderThan + " < ?")
                    .param(Timestamp.from(cutoff)).update();
        }
    }
}
