package org.guildhall.reporting.internal;

import java.util.Locale;

import org.guildhall.platform.Translations;

/** Cells as an export writes them: yes and no in the reader's language, everything else as it is. */
record TableCells(Translations translations, Locale locale) {

    Object of(Object value) {
        return value instanceof Boolean yes ? translations.text(locale, yes ? "reporting.yes" : "reporting.no")
                : value;
    }
}
