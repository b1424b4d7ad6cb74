package org.guildhall.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.certification.CertificationCycle;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

/** Issue 14: a lapsed certification's certificate says it has lapsed; a current one does not. */
class CertificatePdfTest {

    private static final CertificationCycle CYCLE = CertificationCycle.starting(LocalDate.of(2022, 3, 1), 3);

    @Test
    void a_lapsed_certificate_says_the_designation_is_no_longer_held() throws IOException {
        assertThat(textOf(CertificationStatus.LAPSED))
                .contains("Lapsed on 1 Mar 2025: this designation is no longer held.");
    }

    @Test
    void a_current_certificate_does_not() throws IOException {
        assertThat(textOf(CertificationStatus.ACTIVE)).doesNotContain("no longer held").contains("Current cycle 1");
    }

    private static String textOf(CertificationStatus status) throws IOException {
        var certification = new CertificationSummary(1, 2, "CRMP", "Certified CRM Professional", Route.EXAM,
                CYCLE.startsOn(), CYCLE, 1, 36, status, "ABCD-1234", "Amara Okafor", CYCLE.startsOn(), 1, null,
                status != CertificationStatus.ACTIVE);
        try (var document = Loader.loadPDF(CertificatePdf.render(certification,
                "https://guildhall.example/credentials/ABCD-1234", Locale.UK, Text::english))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
