package org.guildhall.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Issue 14: "1 portfolios" and "Record 1 attendances"; and the date format a picker reads in each locale. */
class FormatsTest {

    @Test
    void a_count_takes_the_noun_that_fits_it() {
        assertThat(Formats.count(1, "attendance", "attendances")).isEqualTo("1 attendance");
        assertThat(Formats.count(0, "attendance", "attendances")).isEqualTo("0 attendances");
        assertThat(Formats.count(2, "line was", "lines were")).isEqualTo("2 lines were");
        assertThat(Formats.noun(1, "portfolio", "portfolios")).isEqualTo("portfolio");
    }

    @Test
    void dates_are_typed_day_first_in_british_and_french_and_month_first_only_in_american_english() {
        assertThat(DateInputs.dateFormat(Locale.UK)).isEqualTo("dd/MM/yyyy");
        assertThat(DateInputs.dateFormat(Locale.FRANCE)).isEqualTo("dd/MM/yyyy");
        assertThat(DateInputs.dateFormat(Locale.US)).isEqualTo("M/d/yyyy");
    }
}
