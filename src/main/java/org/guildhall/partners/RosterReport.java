package org.guildhall.partners;

import java.util.List;
import java.util.Locale;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a course roster did or would do, line by line. {@code applied} is false for the report shown before
 * applying; applying credits every matched line together or none.
 */
public record RosterReport(boolean applied, List<Row> rows) {

    public enum Outcome {
        MATCHED(true),
        ALREADY_CREDITED(true),
        NOT_CREDITABLE(false),
        UNREADABLE(false),
        UNKNOWN_PERSON(false),
        DUPLICATE(false);

        private final boolean fine;

        Outcome(boolean fine) {
            this.fine = fine;
        }

        /** Whether the line needs no attention from whoever uploaded it. */
        public boolean isFine() {
            return fine;
        }

        /** The key of its words in the partners bundle. */
        public String key() {
            return "partners.roster.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param personName the matched person's name, or null when nobody matched
     * @param reason     why the CPD rules give this person no credit ({@link Outcome#NOT_CREDITABLE}), else null
     */
    public record Row(int lineNumber, String value, Outcome outcome, @Nullable String personName,
            @Nullable Text reason) {
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public List<Row> problems() {
        return rows.stream().filter(row -> !row.outcome().isFine()).toList();
    }
}
