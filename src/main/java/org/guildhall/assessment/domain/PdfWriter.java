package org.guildhall.assessment.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.guildhall.documents.PdfText;

/**
 * Text pages for the institute's generated PDFs (review packet cover, decision letters): A4, Helvetica, wrapped
 * paragraphs, a new page when one fills. Characters the standard font cannot draw are written as "?", so a name in
 * another script never stops a letter being produced.
 */
final class PdfWriter {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfWriter(PDDocument document) {
        this.document = document;
        newPage();
    }

    void heading(String text, float size) {
        paragraph(text, BOLD, size);
        y -= size * 0.4f;
    }

    void paragraph(String text) {
        paragraph(text, REGULAR, 11);
        y -= 6;
    }

    void paragraph(String text, PDType1Font font, float size) {
        for (String line : wrap(PdfText.drawable(font, text), font, size)) {
            if (y < MARGIN + size) {
                newPage();
            }
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= size * 1.35f;
        }
    }

    void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size) {
        float width = PAGE.getWidth() - 2 * MARGIN;
        var lines = new ArrayList<String>();
        for (String paragraph : text.split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Writes "Page i of n" at the foot of every page, after the whole document is assembled. */
    static void numberPages(PDDocument document) {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            var page = document.getPage(i);
            String label = "Page " + (i + 1) + " of " + total;
            float x = (page.getMediaBox().getWidth() - width(label, REGULAR, 9)) / 2;
            try (var footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                footer.beginText();
                footer.setFont(REGULAR, 9);
                footer.newLineAtOffset(x, 24);
                footer.showText(label);
                footer.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
