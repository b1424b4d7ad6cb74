package org.guildhall.shell;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.guildhall.platform.Languages;
import org.guildhall.shared.Text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.server.VaadinService;

/**
 * The one way the portal reads dates typed into a form: in the user's locale (en-GB or fr-FR, day first both), with
 * the format shown in the field and a message, in the user's language, for a value it cannot read. Without it, the
 * date picker reads M/D/YYYY whatever the browser, so 07/11/2026 is silently taken as 11 July.
 */
public final class DateInputs {

    /** Day first, as the institute writes dates; also the locale of a portal without a choice of languages. */
    public static final Locale DEFAULT_LOCALE = Locale.UK;

    private DateInputs() {
    }

    /** A date field labelled {@code label}, reading dates in the user's locale. */
    public static DatePicker datePicker(String label) {
        return localise(new DatePicker(label));
    }

    /** A date and time field labelled {@code label}, reading dates in the user's locale and a 24-hour clock. */
    public static DateTimePicker dateTimePicker(String label) {
        return localise(new DateTimePicker(label));
    }

    public static DatePicker localise(DatePicker picker) {
        Locale locale = locale();
        String format = dateFormat(locale);
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(format)
                .setBadInputErrorMessage(badInput(format)).setMinErrorMessage(tooEarly())
                .setMaxErrorMessage(tooLate()));
        picker.setPlaceholder(shown(format));
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        Locale locale = locale();
        String format = dateFormat(locale);
        picker.setLocale(locale);
        picker.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat(format));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setBadInputErrorMessage(badInput(format) + " "
                + Translated.text(Text.of("shell.date.bad-time"))).setMinErrorMessage(tooEarly())
                .setMaxErrorMessage(tooLate()));
        picker.setDatePlaceholder(shown(format));
        picker.setTimePlaceholder(Translated.text(Text.of("shell.date.time-placeholder")));
        return picker;
    }

    /**
     * The pattern dates are typed in for this locale ({@code dd/MM/yyyy} for en-GB and fr-FR, {@code M/d/yyyy} for
     * en-US), in the date picker's syntax, with the year always in full.
     */
    public static String dateFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("y+", "yyyy");
    }

    /**
     * The user's locale where the portal offers a choice of languages (then the UI's locale is the user's), and
     * {@link #DEFAULT_LOCALE} otherwise: the UI's locale would then be the server's, not the user's.
     */
    static Locale locale() {
        var ui = UI.getCurrent();
        var service = VaadinService.getCurrent();
        boolean languagesOffered = service != null && service.getInstantiator().getI18NProvider() != null;
        // Matched to a language the portal speaks: a UI left at the server's en-US still reads dates day first.
        return ui != null && languagesOffered ? Languages.match(ui.getLocale()) : DEFAULT_LOCALE;
    }

    /** The format as a person reads it: DD/MM/YYYY in English, JJ/MM/AAAA in French. */
    private static String shown(String format) {
        return format.replace("dd", "DD").replace("d", "D").replace("yyyy", "YYYY")
                .replace("D", Translated.text(Text.of("shell.date.day-letter")))
                .replace("Y", Translated.text(Text.of("shell.date.year-letter")));
    }

    private static String badInput(String format) {
        String example = format.replace("dd", "07").replace("d", "7").replace("MM", "11").replace("M", "11")
                .replace("yyyy", "2026");
        return Translated.text(Text.of("shell.date.bad-input", shown(format), example));
    }

    private static String tooEarly() {
        return Translated.text(Text.of("shell.date.too-early"));
    }

    private static String tooLate() {
        return Translated.text(Text.of("shell.date.too-late"));
    }
}
