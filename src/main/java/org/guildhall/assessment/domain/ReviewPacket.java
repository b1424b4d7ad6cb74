package org.guildhall.assessment.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.guildhall.documents.PdfText;

/**
 * The panel's review packet: one PDF with a cover page (candidate, designation, contents with page numbers), then
 * every document of the portfolio in order, PDFs page by page and images each on its own page, every page numbered.
 */
public final class ReviewPacket {

    /** One document of the portfolio: what the candidate captioned it, and its checked bytes. */
    public record Item(String caption, String contentType, byte[] bytes) {
    }

    private ReviewPacket() {
    }

    public static byte[] assemble(String candidateName, String designation, String versionLabel, List<Item> items) {
        try (var packet = new PDDocument()) {
            var loaded = new ArrayList<PDDocument>();
            try {
                var pageCounts = new ArrayList<Integer>();
                for (Item item : items) {
                    if ("application/pdf".equals(item.contentType())) {
                        var source = Loader.loadPDF(item.bytes());
                        loaded.add(source);
                        pageCounts.add(source.getNumberOfPages());
                    } else {
                        loaded.add(null);
                        pageCounts.add(1);
                    }
                }
                cover(packet, candidateName, designation, versionLabel, items, pageCounts);
                var merger = new PDFMergerUtility();
                for (int i = 0; i < items.size(); i++) {
                    if (loaded.get(i) != null) {
                        merger.appendDocument(packet, loaded.get(i));
                    } else {
                        imagePage(packet, items.get(i));
                    }
                }
            } finally {
                for (PDDocument source : loaded) {
                    if (source != null) {
                        source.close();
                    }
                }
            }
            PdfWriter.numberPages(packet);
            var out = new ByteArrayOutputStream();
            packet.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(PDDocument packet, String candidateName, String designation, String versionLabel,
            List<Item> items, List<Integer> pageCounts) {
        var writer = new PdfWriter(packet);
        writer.heading("Review packet", 22);
        writer.paragraph("Candidate: " + candidateName);
        writer.paragraph("Designation: " + designation);
        writer.paragraph(versionLabel);
        writer.paragraph("Confidential to the assessment panel.");
        writer.heading("Contents", 14);
        // The cover is one page, so the first document starts on page 2.
        int page = 2;
        for (int i = 0; i < items.size(); i++) {
            writer.paragraph((i + 1) + ". " + items.get(i).caption() + " \u2014 page " + page);
            page += pageCounts.get(i);
        }
        if (items.isEmpty()) {
            writer.paragraph("The portfolio has no documents.");
        }
        writer.close();
    }

    private static void imagePage(PDDocument packet, Item item) throws IOException {
        var page = new PDPage(PdfWriter.PAGE);
        packet.addPage(page);
        var image = PDImageXObject.createFromByteArray(packet, item.bytes(), item.caption());
        float maxWidth = PdfWriter.PAGE.getWidth() - 2 * PdfWriter.MARGIN;
        float maxHeight = PdfWriter.PAGE.getHeight() - 2 * PdfWriter.MARGIN - 40;
        float scale = Math.min(1f, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        float top = PdfWriter.PAGE.getHeight() - PdfWriter.MARGIN;
        try (var content = new PDPageContentStream(packet, page)) {
            content.beginText();
            content.setFont(PdfWriter.BOLD, 12);
            content.newLineAtOffset(PdfWriter.MARGIN, top);
            content.showText(PdfText.drawable(PdfWriter.BOLD, item.caption()));
            content.endText();
            content.drawImage(image, PdfWriter.MARGIN, top - 24 - height, width, height);
        }
    }
}
