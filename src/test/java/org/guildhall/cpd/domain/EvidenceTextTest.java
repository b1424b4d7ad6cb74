package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.EvidenceWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, ISACA's "compliant documentation": a certificate should show the attendee's name, the provider, the
 * date and the hours. The evidence's text is read for each, whatever the case, accents and date format, and what
 * is missing is a warning.
 */
class EvidenceTextTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 7);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 8);

    private static final String CERTIFICATE = """
            CERTIFICATE OF ATTENDANCE
            This certifies that  HÉLÈNE  D'ARCY-NGUYỄN
            attended "Complaint handling that keeps customers"
            held by Société Générale Formation Ltd on 7 March 2026
            CPE hours: 7.5
            """;

    @Test
    void a_complete_certificate_raises_no_warning() {
        assertThat(EvidenceText.of(CERTIFICATE).warningsFor("Hélène d’Arcy-Nguyễn", claim("Societe Generale Formation",
                "7.5", "0"))).isEmpty();
    }

    @Test
    void the_name_is_found_whatever_the_case_accents_and_order() {
        var text = EvidenceText.of("Awarded to OKAFOR, Amara — Zoë Łukasiewicz attended too");
        assertThat(text.mentionsName("Amara Okafor")).isTrue();
        assertThat(text.mentionsName("Zoe Łukasiewicz")).isTrue();
        assertThat(text.mentionsName("Amara Okonkwo")).isFalse();
        assertThat(text.mentionsName("Amar Okafor")).as("a whole word, not a part of one").isFalse();
    }

    @Test
    void the_provider_is_found_by_its_telling_words() {
        var text = EvidenceText.of("Issued by the ISACA London Chapter");
        assertThat(text.mentionsProvider("ISACA London Chapter Ltd")).isTrue();
        assertThat(text.mentionsProvider("isaca london")).isTrue();
        assertThat(text.mentionsProvider("ISACA Paris Chapter")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7 March 2026", "7th March 2026", "March 7, 2026", "Mar 7 2026", "07/03/2026",
            "7.3.2026", "2026-03-07", "2026/03/07", "le 7 mars 2026", "8 mars 2026", "1er mars 2026 au 8 mars 2026",
            "03/08/2026", "Sunday 8 MARCH 2026"})
    void a_date_within_the_activity_is_found_in_any_usual_format(String written) {
        assertThat(EvidenceText.of("Held on " + written + ".").mentionsDateWithin(FIRST, LAST)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6 March 2026", "9 March 2026", "2026-03-09", "07/03/2025", "7 mai 2026", "31/02/2026",
            "March 2026"})
    void a_date_outside_the_activity_or_no_date_at_all_is_not(String written) {
        assertThat(EvidenceText.of("Held on " + written + ".").mentionsDateWithin(FIRST, LAST)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.5 hours", "7,5 heures", "7.50 CPE hours", "7h30", "7 h 30", "Hours: 7.5",
            "Durée : 7,5", "7.5 hrs"})
    void the_hours_are_found_as_a_number_beside_the_word_for_hours(String written) {
        assertThat(EvidenceText.of("Awarded " + written + " of training").mentionsHours(new BigDecimal("7.5")))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7 hours", "75 hours", "7.5 days", "Room 7.5"})
    void other_numbers_are_not_the_hours(String written) {
        assertThat(EvidenceText.of("Awarded " + written).mentionsHours(new BigDecimal("7.5"))).isFalse();
    }

    @Test
    void the_hours_less_the_non_educational_time_count_too() {
        assertThat(EvidenceText.of("Dear Amara Okafor, Guildhall, 7 March 2026, 6 CPD hours")
                .warningsFor("Amara Okafor", claim("Guildhall", "7", "1"))).isEmpty();
    }

    @Test
    void each_missing_element_is_one_warning() {
        assertThat(EvidenceText.of("Certificate of attendance. Thank you for coming.")
                .warningsFor("Amara Okafor", claim("Guildhall", "7.5", "0")))
                .containsExactlyInAnyOrder(EvidenceWarning.NAME, EvidenceWarning.PROVIDER, EvidenceWarning.DATE,
                        EvidenceWarning.HOURS);
    }

    @Test
    void evidence_without_text_says_so_and_nothing_else() {
        assertThat(EvidenceText.of("  \n ").warningsFor("Amara Okafor", claim("Guildhall", "7.5", "0")))
                .containsExactly(EvidenceWarning.NO_TEXT);
    }

    private static CpdClaim claim(String provider, String hours, String excluded) {
        return new CpdClaim(CpdCategory.CONTINUING_EDUCATION, "COURSE", "Complaint handling", provider, FIRST, LAST,
                new BigDecimal(hours), new BigDecimal(excluded), null, null, false);
    }
}
