package org.guildhall.events;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an attendance sheet did or would do, line by line. {@code applied} is false for a preview, and the
 * import applies every matched line together or none.
 *
 * @param withoutCpdCredit how many recorded attendances the CPD rules gave no credit (no certification cycle
 *                         to count it in, a cap reached); their points and attendance stand
 */
public record AttendanceImportReport(boolean applied, List<Row> rows, int withoutCpdCredit) {

    public enum Outcome {
        MATCHED("Attendance recorded", true),
        ALREADY_RECORDED("Already recorded as attended", true),
        UNREADABLE("Neither a member number (GH-001234) nor an email address", false),
        UNKNOWN_PERSON("No member or account with this member number or email", false),
        NOT_REGISTERED("Not registered for this event (nor a presenter)", false),
        DUPLICATE("The same person appears on an earlier line", false);

        private final String description;
        private final boolean fine;

        Outcome(String description, boolean fine) {
            this.description = description;
            this.fine = fine;
        }

        public String description() {
            return description;
        }

        /** Whether the line needs no attention from the registrar. */
        public boolean isFine() {
            return fine;
        }

        /** The key of its words in the bundle, for the reader's language. */
        public String key() {
            return "events.import-outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** @param personName the matched person's name, or null when nobody matched */
    public record Row(int lineNumber, String value, Outcome outcome, @Nullable String personName) {
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public List<Row> problems() {
        return rows.stream().filter(row -> !row.outcome().isFine()).toList();
    }
}
