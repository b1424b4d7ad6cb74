package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 6: the CPD transcript of a cycle, read back with PDFBox. */
@IntegrationTest
class TranscriptIntegrationTest {

    @Autowired TranscriptService transcripts;
    @Autowired CpdService cpd;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Clock clock;

    @Test
    void the_transcript_lists_every_activity_with_claimed_and_counted_credits_the_caps_applied_and_the_totals()
            throws IOException {
        var support = new CpdTestSupport(provisioning, awards, documents);
        var member = support.member("Olu Adeyemi");
        var certification = support.award(member, "CCSP", today().minusYears(1));
        String key = "transcript:" + member.id() + ":";
        credits.record(CpdTestSupport.credit(member.id(), key + 1, CpdCategory.CONTINUING_EDUCATION,
                "WORKSHOP", today().minusDays(30), "20"));
        credits.record(CpdTestSupport.credit(member.id(), key + 2, CpdCategory.CONTINUING_EDUCATION,
                "CONFERENCE", today().minusDays(60), "14"));
        credits.record(CpdTestSupport.credit(member.id(), key + 3, CpdCategory.INSTRUCTION,
                "COURSE_OR_SESSION", today().minusDays(90), "3"));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        cpd.submit(null, CpdTestSupport.workshop("Pending webinar on empathy", today().minusDays(2), "2",
                support.evidenceOf(member)));

        String text;
        try (var pdf = Loader.loadPDF(transcripts.transcript(certification.id(), 1, Locale.UK))) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text).contains("CPD transcript", "Olu Adeyemi", "Certified Customer Service Professional",
                "Cycle 1", "Requirement: 36 CPD credits");
        assertThat(text).contains("Credit " + key + 1, "Credit " + key + 2, "Credit " + key + 3,
                "Pending webinar on empathy", "Waiting for review");
        assertThat(text).containsPattern("Continuing Education\\s+cap applied\\s+30\\s+34\\s+30");
        assertThat(text).contains("Counted: 33 of 36 CPD credits required - short by 3.");
    }

    @Test
    void another_member_cannot_download_someone_elses_transcript() {
        var support = new CpdTestSupport(provisioning, awards, documents);
        var holder = support.member("Pia Lund");
        var certification = support.award(holder, "CCSP", today().minusYears(1));
        var other = support.member("Quinn Roe");
        TestAccounts.signInAs(other.email(), Role.MEMBER);
        assertThatExceptionOfType(CertificationNotFoundException.class)
                .isThrownBy(() -> transcripts.transcript(certification.id(), 1, Locale.UK));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
