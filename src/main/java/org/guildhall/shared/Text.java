package org.guildhall.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell a person, written in their language only when it is shown: the key of a message in the
 * module's bundle ({@code i18n/cpd.properties} holds {@code cpd.claim.hours-per-day}) and its arguments. Rules
 * and services say what is wrong as a {@code Text}; the view, email or PDF that shows it picks the language.
 * A text that is not yet a key (an English sentence) is shown as it is, so a module can move to keys bit by bit.
 *
 * @param key the message's key, {@code <module>.<...>}, or (until converted) the English sentence itself
 * @param arguments what the message's {@code {0}}, {@code {1}} ... stand for; dates ({@link LocalDate},
 *        {@link ZonedDateTime}, {@link LocalDateTime}) are written in the reader's language, a nested {@code Text} is translated too
 */
public record Text(String key, List<@Nullable Object> arguments) {

    /** How the portal writes a date ("7 Nov 2026", "7 nov. 2026") and a date with a time. */
    public static final String DATE = "d MMM yyyy";
    public static final String DATE_TIME = "d MMM yyyy, HH:mm";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-zA-Z0-9_-]+)+");
    private static final Locale ENGLISH = Locale.UK;

    public Text {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Text of(String key, @Nullable Object... arguments) {
        return new Text(key, Arrays.asList(arguments));
    }

    /** Whether this is a key into the bundles rather than a sentence still written in the code. */
    public boolean isKey() {
        return KEY.matcher(key).matches();
    }

    /** In English: for logs, exception messages and tests; {@code !key!} when the English bundle lacks the key. */
    public String english() {
        return in(ENGLISH);
    }

    /**
     * In {@code locale}, read straight from the module's bundle: for code without Spring beans at hand (the PDF
     * layout's own words). Views use Vaadin's translations and emails {@code Translations}, which read the same
     * files. English where the locale's bundle lacks the key; {@code !key!} where no bundle has it.
     */
    public String in(Locale locale) {
        if (!isKey()) {
            return key;
        }
        Locale bundleLocale = locale.getLanguage().equals(ENGLISH.getLanguage()) ? Locale.ROOT : locale;
        try {
            var bundle = ResourceBundle.getBundle("i18n/" + key.substring(0, key.indexOf('.')), bundleLocale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale)
                    .format(localised(locale, nested -> nested.in(locale)));
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
    }

    /** A date as the portal writes it in {@code locale} ("7 Nov 2026", "7 nov. 2026"). */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(DATE, locale).format(date);
    }

    /** A date with its time of day as the portal writes it in {@code locale} ("7 Nov 2026, 14:05"). */
    public static String dateTime(TemporalAccessor dateTime, Locale locale) {
        return DateTimeFormatter.ofPattern(DATE_TIME, locale).format(dateTime);
    }

    /** The arguments as the message in {@code locale} shows them: dates written in its words. */
    public Object[] localised(Locale locale, Function<Text, String> translate) {
        return arguments.stream().map(argument -> switch (argument) {
            case LocalDate date -> date(date, locale);
            case ZonedDateTime dateTime -> dateTime(dateTime, locale);
            case LocalDateTime dateTime -> dateTime(dateTime, locale);
            case Text text -> translate.apply(text);
            case null -> "";
            default -> argument;
        }).toArray();
    }
}
