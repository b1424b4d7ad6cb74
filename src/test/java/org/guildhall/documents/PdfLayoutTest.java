package org.guildhall.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.assessment.domain.ReviewPacketTest;
import org.guildhall.documents.PdfLayout.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared layout's page mechanics: wrapping, page breaks, table headers on every page, numbering. */
class PdfLayoutTest {

    @Test
    void a_long_table_breaks_onto_new_pages_repeating_its_header_and_every_page_is_numbered() throws IOException {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("Row " + i, "Workshop on complaint handling, part " + i));
        }
        byte[] pdf = PdfLayout.portrait("Long table", Locale.UK).withPageNumbers()
                .heading(1, "Activities")
                .table(List.of(new Column("Number", 0.3f), new Column("Activity", 0.7f)), rows)
                .toBytes();

        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                var text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(document)).as("page " + page)
                        .contains("Number", "Activity", "Page " + page + " of " + pages);
            }
            assertThat(new PDFTextStripper().getText(document)).contains("Row 1 ", "Row 120 ");
        }
    }

    @Test
    void a_pdf_written_in_french_numbers_its_pages_in_french() throws IOException {
        byte[] pdf = PdfLayout.portrait("Relevé", Locale.FRANCE).withPageNumbers().heading(1, "Activités").toBytes();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Page 1 sur 1").doesNotContain(" of ");
        }
    }

    @Test
    void a_word_wider_than_the_column_is_cut_at_the_edge_rather_than_running_off_the_page() throws IOException {
        String url = "https://portal.guildhall.example/verify/" + "X".repeat(200);
        byte[] pdf = PdfLayout.portrait("Long word", Locale.UK).paragraph(url).toBytes();

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines().filter(line -> !line.isBlank()).count()).isGreaterThan(1);
            assertThat(text.replaceAll("\\s", "")).contains(url);
        }
    }

    @Test
    void text_after_appended_pages_starts_on_a_page_of_its_own() throws IOException {
        byte[] pdf = PdfLayout.portrait("Appended", Locale.UK)
                .paragraph("Cover")
                .appendPdf(ReviewPacketTest.pdfOfPages(2))
                .paragraph("After the evidence")
                .toBytes();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            var last = new PDFTextStripper();
            last.setStartPage(4);
            last.setEndPage(4);
            assertThat(last.getText(document)).contains("After the evidence");
        }
    }
}
