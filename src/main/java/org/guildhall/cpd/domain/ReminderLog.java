package org.guildhall.cpd.domain;

import java.time.Instant;
import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reminders already sent, one per certification cycle and milestone. */
@Repository
public class ReminderLog {

    private final JdbcTemplate jdbc;

    ReminderLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the reminder as sent and answers whether this call was the first to do so. The primary key decides:
     * of two instances recording at once, the second waits for the first's row and then inserts nothing.
     */
    public boolean recordFirst(long certificationId, int cycleNumber, ReminderMilestone milestone, Instant now) {
        return jdbc.update("INSERT IGNORE INTO cpd_reminder_sent (certification_id, cycle_number, milestone, sent_at) "
                + "VALUES (?, ?, ?, ?)", certificationId, cycleNumber, milestone.name(), Timestamp.from(now)) == 1;
    }
}
