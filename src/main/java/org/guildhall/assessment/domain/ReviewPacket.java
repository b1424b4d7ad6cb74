package org.guildhall.assessment.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.guildhall.documents.PdfLayout;
import org.guildhall.shared.Text;

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

    /**
     * The packet in the reader's language ({@code words} puts a message into it); the documents themselves are as
     * the candidate gave them.
     */
    public static byte[] assemble(Function<Text, String> words, Locale language, String candidateName,
            String designation, int portfolioVersion, List<Item> items) {
        var packet = PdfLayout.portrait(words.apply(Text.of("assessment.packet.title", candidateName, designation)),
                        language)
                .withPageNumbers()
                .heading(1, words.apply(Text.of("assessment.packet.heading")), PdfLayout.Style.BODY.bold().size(22))
                .paragraph(words.apply(Text.of("assessment.packet.candidate", candidateName)))
                .paragraph(words.apply(Text.of("assessment.packet.designation", designation)))
                .paragraph(words.apply(Text.of("assessment.packet.version", portfolioVersion)))
                .paragraph(words.apply(Text.of("assessment.packet.confidential")))
                .heading(2, words.apply(Text.of("assessment.packet.contents")));
        // The cover is one page, so the first document starts on page 2.
        int page = 2;
        for (int i = 0; i < items.size(); i++) {
            packet.paragraph(words.apply(Text.of("assessment.packet.entry", i + 1, items.get(i).caption(), page)));
            page += pageCount(items.get(i));
        }
        if (items.isEmpty()) {
            packet.paragraph(words.apply(Text.of("assessment.packet.empty")));
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
