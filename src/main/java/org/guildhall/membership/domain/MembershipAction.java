package org.guildhall.membership.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision about a membership, with who took it, when and why: the register's audit trail. */
@Entity
@Table(name = "membership_action")
public class MembershipAction {

    /** What was decided. */
    public enum Kind {
        RESIGNATION("Resignation recorded"), SUSPENSION("Suspended"), SUSPENSION_LIFTED("Suspension lifted"),
        EXPULSION("Expelled"), TERM_WAIVED("Subscription waived"), TERM_EXTENDED("Term extended");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The key of its words in the bundle, for the reader's language. */
        public String key() {
            return "membership.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private Kind action;

    private String reason;

    private String takenBy;

    private Instant takenAt;

    protected MembershipAction() {
    }

    public MembershipAction(long accountId, Kind action, String reason, String takenBy, Instant takenAt) {
        this.accountId = accountId;
        this.action = action;
        this.reason = reason;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public Kind action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String takenBy() {
        return takenBy;
    }

    public Instant takenAt() {
        return takenAt;
    }
}
