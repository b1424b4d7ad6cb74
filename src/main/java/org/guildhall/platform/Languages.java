package org.guildhall.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages the portal speaks. English is written the British way (day-first dates), as the institute
 * writes; a browser asking for any English gets it, one asking for French gets French, any other gets English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale FRENCH = Locale.FRANCE;

    /** Every language offered, the default first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private Languages() {
    }

    /** The supported locale with the same language as {@code requested}, else English. */
    public static Locale match(Locale requested) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(ENGLISH);
    }

    /** The supported locale for a stored language tag ({@code "fr-FR"}), English for an unknown or missing one. */
    public static Locale fromTag(String languageTag) {
        return languageTag == null || languageTag.isBlank() ? ENGLISH : match(Locale.forLanguageTag(languageTag));
    }
}
