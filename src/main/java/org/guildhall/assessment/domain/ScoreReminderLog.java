package org.guildhall.assessment.domain;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The automatic score reminders already sent, one per seat and milestone. */
@Repository
public class ScoreReminderLog {

    /** When before the due date an automatic reminder goes out. */
    public enum Milestone {
        BEFORE_DUE, DUE_DAY
    }

    private final JdbcTemplate jdbc;

    ScoreReminderLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the reminder as sent and answers whether this call was the first to do so; the primary key decides
     * between two instances recording at once.
     */
    public boolean recordFirst(long panelMemberId, Milestone milestone, Instant now) {
        return jdbc.update("INSERT IGNORE INTO assessment_reminder_sent (panel_member_id, milestone, sent_at) "
                + "VALUES (?, ?, ?)", panelMemberId, milestone.name(), Timestamp.from(now)) == 1;
    }
}
