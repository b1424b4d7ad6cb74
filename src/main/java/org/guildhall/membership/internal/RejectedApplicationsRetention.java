package org.guildhall.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.guildhall.personaldata.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rejected applications, counted from their last change (the rejection): deleted with their decisions, their
 * documents' links and their sponsorships (whose rows cannot outlive the application they belong to; the documents
 * themselves go with the leftover-upload job once nothing refers to them).
 */
@Component
class RejectedApplicationsRetention implements RetainedRecords {

    private static final String DUE =
            "select id from membership_application where status = 'REJECTED' and updated_at < :cutoff";

    private final JdbcClient jdbc;

    RejectedApplicationsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "rejected-applications";
    }

    @Override
    public int countOlderThan(Instant cutoff) {
        return jdbc.sql("select count(*) from (" + DUE + ") due").param("cutoff", Timestamp.from(cutoff))
                .query(Integer.class).single();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        var due = jdbc.sql(DUE).param("cutoff", Timestamp.from(cutoff)).query(Long.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        for (String child : new String[] {"application_decision", "application_document", "sponsorship"}) {
            jdbc.sql("delete from " + child + " where application_id in (:due)").param("due", due).update();
        }
        return jdbc.sql("delete from membership_application where id in (:due)").param("due", due).update();
    }
}
