package org.guildhall.cpd.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * Lays a CPD transcript out on A4 pages: a heading block, one line per activity, the categories with their caps,
 * and the totals. Text is kept to the standard fonts' Latin-1 range, so any name prints.
 */
public final class TranscriptPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** Column starts for the activity table: date, category, title, status, claimed, counted. */
    private static final float[] COLUMNS = {MARGIN, 120, 215, 385, 470, 520};

    private final List<Line> lines = new ArrayList<>();

    public TranscriptPdf heading(String text) {
        lines.add(new Line(BOLD, 16, List.of(text)));
        return this;
    }

    public TranscriptPdf section(String text) {
        lines.add(new Line(REGULAR, 6, List.of("")));
        lines.add(new Line(BOLD, 11, List.of(text)));
        return this;
    }

    public TranscriptPdf text(String text) {
        lines.add(new Line(REGULAR, 10, List.of(text)));
        return this;
    }

    public TranscriptPdf boldText(String text) {
        lines.add(new Line(BOLD, 10, List.of(text)));
        return this;
    }

    /** A row of up to six cells under {@link #COLUMNS}; long cells are cut to fit their column. */
    public TranscriptPdf row(boolean bold, String... cells) {
        lines.add(new Line(bold ? BOLD : REGULAR, 9, List.of(cells)));
        return this;
    }

    public static String credits(BigDecimal credits) {
        return credits.stripTrailingZeros().toPlainString();
    }

    public byte[] render() {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPageContentStream content = null;
            float y = 0;
            for (var line : lines) {
                if (content == null || y < MARGIN + LEADING) {
                    if (content != null) {
                        content.close();
                    }
                    var page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = page.getMediaBox().getHeight() - MARGIN;
                }
                y -= line.size() > 12 ? LEADING * 1.6f : LEADING;
                write(content, line, y);
            }
            if (content != null) {
                content.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("The transcript could not be laid out", failure);
        }
    }

    private static void write(PDPageContentStream content, Line line, float y) throws IOException {
        var cells = line.cells();
        for (int i = 0; i < cells.size(); i++) {
            float x = cells.size() == 1 ? MARGIN : COLUMNS[i];
            float width = cells.size() == 1 ? PDRectangle.A4.getWidth() - 2 * MARGIN
                    : (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : PDRectangle.A4.getWidth() - MARGIN) - x - 6;
            content.beginText();
            content.setFont(line.font(), line.size());
            content.newLineAtOffset(x, y);
            content.showText(fit(PdfText.drawable(line.font(), cells.get(i)), line.font(), line.size(), width));
            content.endText();
        }
    }

    private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
        if (widthOf(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && widthOf(cut + "...", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "...";
    }

    private static float widthOf(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }


    private record Line(PDType1Font font, float size, List<String> cells) {
    }
}
