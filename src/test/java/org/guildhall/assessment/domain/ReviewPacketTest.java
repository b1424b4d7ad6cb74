package org.guildhall.assessment.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.documents.SampleFiles;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: the review packet is a cover page, then every document's pages, each page numbered. */
public class ReviewPacketTest {

    @Test
    void the_packet_has_the_cover_then_every_pdf_page_and_one_page_per_image() throws IOException {
        byte[] packet = ReviewPacket.assemble(Text::english, Locale.UK, "Priya Raman",
                "Certified Customer Service Manager", 1, List.of(
                        new ReviewPacket.Item("Evidence: CSAT report", "application/pdf", pdfOfPages(3)),
                        new ReviewPacket.Item("Evidence: queue dashboard", "image/png", SampleFiles.png()),
                        new ReviewPacket.Item("Reference from Grace Lindqvist", "application/pdf", pdfOfPages(1))));

        try (var document = Loader.loadPDF(packet)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + 3 + 1 + 1);
            var text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(document)).contains("Priya Raman", "Certified Customer Service Manager",
                    "1. Evidence: CSAT report \u2014 page 2", "2. Evidence: queue dashboard \u2014 page 5",
                    "3. Reference from Grace Lindqvist \u2014 page 6", "Page 1 of 6");
            text.setStartPage(5);
            text.setEndPage(5);
            assertThat(text.getText(document)).contains("Evidence: queue dashboard", "Page 5 of 6");
        }
    }

    @Test
    void a_chinese_name_prints_as_written() throws IOException {
        byte[] packet = ReviewPacket.assemble(Text::english, Locale.UK, "\u9648\u7f8e Chen", "CCSM", 1, List.of());
        try (var document = Loader.loadPDF(packet)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("\u9648\u7f8e Chen");
        }
    }

    public static byte[] pdfOfPages(int pages) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
