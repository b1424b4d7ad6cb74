package org.guildhall.shared;

import java.util.Locale;

/**
 * What a registrar typed in a staff list's search box, as prefixes its query matches with indexes
 * (docs/decisions/staff-search-at-scale.md): text with an {@code @} is the start of an email; text with a digit the
 * start of a member number; anything else the start of the name, of its last word (the surname) or of the email.
 * Each pattern is blank when that kind of match is not asked for, and all three are blank for an empty box. Any text
 * is accepted: {@code %}, {@code _} and {@code \} are matched as themselves (queries say {@code escape '\'}).
 */
public record StaffSearch(String name, String email, String number) {

    public static final StaffSearch EVERYONE = new StaffSearch("", "", "");

    public static StaffSearch of(@org.jspecify.annotations.Nullable String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return EVERYONE;
        }
        String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (text.contains("@")) {
            return new StaffSearch("", prefix, "");
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            return new StaffSearch("", "", prefix);
        }
        return new StaffSearch(prefix, prefix, "");
    }

    /** For a list of people who have no member number yet (applicants): text with a digit is an email's start. */
    public StaffSearch withoutNumbers() {
        return number.isEmpty() ? this : new StaffSearch(name, number, "");
    }

    public boolean isEmpty() {
        return name.isEmpty() && email.isEmpty() && number.isEmpty();
    }
}
