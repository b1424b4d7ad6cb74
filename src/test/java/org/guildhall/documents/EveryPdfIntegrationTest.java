package org.guildhall.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.domain.DecisionLetter;
import org.guildhall.assessment.domain.ReviewPacket;
import org.guildhall.assessment.domain.ReviewPacketTest;
import org.guildhall.shared.Text;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.TranscriptService;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventStatus;
import org.guildhall.events.EventSummary;
import org.guildhall.events.internal.AttendanceCertificate;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, "PDFs": every PDF the portal writes (certificate, decision letter, review packet, CPD transcript,
 * attendance certificate) prints a Polish and a Chinese name as written, and carries what a screen reader needs: a
 * title it shows, the language, and a structure tree of headings and paragraphs.
 */
@IntegrationTest
class EveryPdfIntegrationTest {

    private static final String POLISH = "Łucja Włodarczyk";
    private static final String CHINESE = "陈美";
    private static final String HOLDER = POLISH + " " + CHINESE;

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired TranscriptService transcripts;
    @Autowired AttendanceCertificate attendanceCertificates;
    @Autowired Clock clock;

    private final Map<String, byte[]> pdfs = new LinkedHashMap<>();

    @BeforeEach
    void everyPdfForOneHolder() throws Exception {
        AccountSummary holder = provisioning.createAccount(HOLDER, TestAccounts.uniqueEmail("lucja"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var certification = awards.award(holder.id(), "CCSP", Route.EXAM,
                LocalDate.now(clock).minusMonths(2));
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        pdfs.put("certificate", http.perform(get("/certificates/" + certification.id()).with(user(holder.email())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        TestAccounts.signInAs(holder);
        pdfs.put("CPD transcript", transcripts.transcript(certification.id(), 1, Locale.UK));
        pdfs.put("decision letter", DecisionLetter.write(Text::english, Locale.UK, HOLDER,
                "Certified Customer Service Manager", LocalDate.now(clock), PanelOutcome.AWARD,
                "Well done, " + CHINESE + ".", new Rubric(List.of()), List.of(), java.util.Set.of()));
        pdfs.put("review packet", ReviewPacket.assemble(Text::english, Locale.UK, HOLDER,
                "Certified Customer Service Manager", 1, List.of(new ReviewPacket.Item("Reference for " + POLISH, "application/pdf",
                        ReviewPacketTest.pdfOfPages(1)))));
        pdfs.put("attendance certificate", attendanceCertificates.render(seminar(), HOLDER, "M-000123", false,
                Locale.UK));
    }

    @Test
    void every_pdf_prints_a_polish_and_a_chinese_name_as_written() throws IOException {
        for (var pdf : pdfs.entrySet()) {
            try (var document = Loader.loadPDF(pdf.getValue())) {
                assertThat(new PDFTextStripper().getText(document)).as(pdf.getKey())
                        .contains(POLISH, CHINESE)
                        .doesNotContain("?");
            }
        }
    }

    @Test
    void every_pdf_has_a_shown_title_a_language_and_tagged_headings_and_paragraphs() throws IOException {
        for (var pdf : pdfs.entrySet()) {
            try (var document = Loader.loadPDF(pdf.getValue())) {
                var catalog = document.getDocumentCatalog();
                String title = document.getDocumentInformation().getTitle();
                assertThat(title).as(pdf.getKey() + " title").isNotBlank();
                assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                        .as(pdf.getKey() + " XMP dc:title").contains("<dc:title>").contains(xmlEscaped(title));
                assertThat(catalog.getViewerPreferences().displayDocTitle()).as(pdf.getKey()).isTrue();
                assertThat(catalog.getLanguage()).as(pdf.getKey() + " language").isEqualTo("en-GB");
                assertThat(catalog.getMarkInfo().isMarked()).as(pdf.getKey() + " marked").isTrue();
                assertThat(structureTypes(document)).as(pdf.getKey() + " structure")
                        .contains("Document", "H1", "P");
                assertThat(document.getPage(0).getStructParents()).as(pdf.getKey() + " parent tree key")
                        .isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void the_transcripts_activities_are_a_tagged_table_with_header_cells() throws IOException {
        try (var document = Loader.loadPDF(pdfs.get("CPD transcript"))) {
            assertThat(structureTypes(document)).contains("Table", "TR", "TH", "TD");
        }
    }

    private static List<String> structureTypes(PDDocument document) {
        var types = new ArrayList<String>();
        collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
        return types;
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }

    private static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private EventSummary seminar() {
        Instant start = clock.instant().minus(Duration.ofDays(1));
        return new EventSummary(1, 0, EventKind.SEMINAR, "Complaint handling with " + CHINESE, "A seminar", start,
                start.plus(Duration.ofHours(2)), ZoneId.of("Europe/London"), "Guildhall", false, null, 30, 10, 0,
                BigDecimal.TEN, BigDecimal.TEN, CpdCategory.CONTINUING_EDUCATION, new BigDecimal("2.5"), 10, 24,
                start.minus(Duration.ofDays(1)), EventStatus.PUBLISHED, List.of());
    }
}
