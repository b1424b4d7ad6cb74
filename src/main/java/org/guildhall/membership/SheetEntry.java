package org.guildhall.membership;

import org.guildhall.identity.AccountSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One non-blank line of an uploaded list of people, and whom it names.
 *
 * @param lineNumber the line in the file (1 = first line)
 * @param value      the identifier as written
 * @param person     the account it names; null when the line is unreadable or names nobody
 */
@NamedInterface("api")
public record SheetEntry(int lineNumber, String value, Match match, @Nullable AccountSummary person) {

    /** What the line turned out to be. */
    @NamedInterface("api")
    public enum Match {
        /** A person named for the first time in the file. */
        FOUND,
        /** Neither a member number (GH-001234) nor an email address. */
        UNREADABLE,
        /** No member or account with this member number or email. */
        UNKNOWN_PERSON,
        /** The person an earlier line already named. */
        DUPLICATE
    }
}
