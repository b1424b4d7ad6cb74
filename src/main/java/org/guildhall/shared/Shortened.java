package org.guildhall.shared;

/**
 * Text cut to fit a column (an audit line's detail, an invoice description, an email subject): kept whole when it
 * fits, else cut one short of the limit and ended with "…", so a reader sees it was cut.
 */
public final class Shortened {

    private Shortened() {
    }

    public static String toFit(String text, int maxLength) {
        return text.length() > maxLength ? text.substring(0, maxLength - 1) + "\u2026" : text;
    }
}
