package org.guildhall.assessment.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.guildhall.documents.PdfLayout;

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
        var packet = PdfLayout.portrait("Review packet: " + candidateName + ", " + designation, Locale.UK)
                .withPageNumbers()
                .heading(1, "Review packet", PdfLayout.Style.BODY.bold().size(22))
                .paragraph("Candidate: " + candidateName)
                .paragraph("Designation: " + designation)
                .paragraph(versionLabel)
                .paragraph("Confidential to the assessment panel.")
                .heading(2, "Contents");
        // The cover is one page, so the first document starts on page 2.
        int page = 2;
        for (int i = 0; i < items.size(); i++) {
            packet.paragraph((i + 1) + ". " + items.get(i).caption() + " \u2014 page " + page);
            page += pageCount(items.get(i));
        }
        if (items.isEmpty()) {
            packet.paragraph("The portfolio has no documents.");
        }
        for (Item item : items) {
            if (isPdf(item)) {
                packet.appendPdf(item.bytes());
            } else {
                packet.imagePage(item.caption(), item.bytes());
            }
        }
        return packet.toBytes();
    }

    private static int pageCount(Item item) {
        if (!isPdf(item)) {
            return 1;
        }
        try (var document = Loader.loadPDF(item.bytes())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPdf(Item item) {
        return "application/pdf".equals(item.contentType());
    }
}
