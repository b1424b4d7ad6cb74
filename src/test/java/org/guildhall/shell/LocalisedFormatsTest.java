package org.guildhall.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.guildhall.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Issue 14: dates, numbers and the date fields follow the reader's language: a French reader types JJ/MM/AAAA, is
 * told in French what a date field cannot read, and reads "7 nov. 2026" and "1 234,5".
 */
@IntegrationTest
@WithAnonymousUser
class LocalisedFormatsTest extends SpringBrowserlessTest {

    private static final LocalDate SEVENTH_OF_NOVEMBER = LocalDate.of(2026, 11, 7);

    @Test
    void a_french_reader_types_and_reads_dates_and_numbers_the_french_way() {
        UI.getCurrent().setLocale(Locale.FRANCE);

        var picker = DateInputs.datePicker("Date");

        assertThat(picker.getPlaceholder()).isEqualTo("JJ/MM/AAAA");
        assertThat(picker.getI18n().getBadInputErrorMessage())
                .isEqualTo("Saisissez la date au format JJ/MM/AAAA, par exemple 07/11/2026.");
        assertThat(Formats.date(SEVENTH_OF_NOVEMBER)).isEqualTo("7 nov. 2026");
        assertThat(Formats.number(new BigDecimal("1234.5"))).isEqualTo("1\u202f234,5");
    }

    @Test
    void an_english_reader_keeps_the_british_day_first_forms() {
        UI.getCurrent().setLocale(Locale.UK);

        var picker = DateInputs.datePicker("Date");

        assertThat(picker.getPlaceholder()).isEqualTo("DD/MM/YYYY");
        assertThat(picker.getI18n().getBadInputErrorMessage())
                .isEqualTo("Enter the date as DD/MM/YYYY, e.g. 07/11/2026.");
        assertThat(Formats.date(SEVENTH_OF_NOVEMBER)).isEqualTo("7 Nov 2026");
        assertThat(Formats.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
    }
}
