package org.guildhall.reporting.internal;

import java.util.Locale;

import org.guildhall.platform.Translations;
import org.guildhall.shared.Text;

/** Cells as an export writes them: yes, no and texts by key in the reader's language, everything else as it is. */
record TableCells(Translations translations, Locale locale) {

    Object of(Object value) {
        return switch (value) {
            case Boolean yes -> translations.text(locale, yes ? "reporting.yes" : "reporting.no");
            case Text text -> translations.text(locale, text);
            default -> value;
        };
    }
}
