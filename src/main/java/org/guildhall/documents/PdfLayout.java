package org.guildhall.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.guildhall.shared.Text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.guildhall.documents.internal.PdfFonts;
import org.guildhall.documents.internal.PdfStructure;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The one way the portal draws a PDF: A4 pages with headings, wrapped paragraphs, tables and page numbers, in an
 * embedded Unicode font (with a fallback for Chinese, Japanese and Korean names), tagged for screen readers and
 * carrying its title and language. Each module keeps its own layout (the certificate, the decision letter, the CPD
 * transcript) and writes it with these calls; {@link #toBytes()} finishes the document.
 */
@NamedInterface("api")
public final class PdfLayout {

    public static final String INSTITUTE = "Guildhall Institute of Customer Service, CRM & Contact Centre Management";
    private static final float MARGIN = 56;
    private static final float FOOTER_BASELINE = 24;
    private static final float LINE_SPACING = 1.3f;

    public enum Align { LEFT, CENTRE, RIGHT }

    /** How a piece of text looks; bold and italic are drawn from the regular font (stroked, slanted). */
    public record Style(float size, boolean isBold, boolean isItalic, Color colour, Align align) {

        public static final Style BODY = new Style(11, false, false, Color.BLACK, Align.LEFT);

        public Style size(float points) {
            return new Style(points, isBold, isItalic, colour, align);
        }

        public Style bold() {
            return new Style(size, true, isItalic, colour, align);
        }

        public Style italic() {
            return new Style(size, isBold, true, colour, align);
        }

        public Style colour(Color newColour) {
            return new Style(size, isBold, isItalic, newColour, align);
        }

        public Style align(Align newAlign) {
            return new Style(size, isBold, isItalic, colour, newAlign);
        }
    }

    /** A table column: its header and its share of the text width (the shares of a table add up to 1). */
    public record Column(String header, float share) {
    }

    /** Drawing that carries no meaning of its own (borders, seals, QR codes): screen readers skip it. */
    @FunctionalInterface
    public interface Decoration {
        void draw(Canvas canvas) throws IOException;
    }

    /** A page to decorate: its size, the raw content stream, and text in the layout's fonts. */
    public final class Canvas {
        private final PDPageContentStream content;

        private Canvas(PDPageContentStream content) {
            this.content = content;
        }

        public PDPageContentStream content() {
            return content;
        }

        public float width() {
            return page.getMediaBox().getWidth();
        }

        public float height() {
            return page.getMediaBox().getHeight();
        }

        /** Text centred on {@code centre} at {@code baseline}, as part of the decoration. */
        public void centredText(float centre, float baseline, String text, Style style) throws IOException {
            drawLine(content, text, centre - fonts.width(text, style.size()) / 2, baseline, style);
        }
    }

    private final PDDocument document;
    private final PDRectangle pageSize;
    private final PdfFonts fonts;
    private final PdfStructure structure;
    private final List<PDDocument> appended = new ArrayList<>();
    private PDPage page;
    private @Nullable PDPageContentStream content;
    private float left;
    private float right;
    private float cursor;
    private @Nullable Float nextBaseline;
    private boolean pageNumbers;
    private final Locale language;

    private PdfLayout(PDRectangle pageSize, String title, Locale language) {
        this.language = language;
        this.document = new PDDocument();
        this.pageSize = pageSize;
        this.fonts = new PdfFonts(document);
        this.structure = new PdfStructure(document, title, language, INSTITUTE);
        newPage();
    }

    /** An upright A4 document titled {@code title} (the window bar shows it) in {@code language}. */
    public static PdfLayout portrait(String title, Locale language) {
        return new PdfLayout(PDRectangle.A4, title, language);
    }

    /** A landscape A4 document, as certificates are. */
    public static PdfLayout landscape(String title, Locale language) {
        return new PdfLayout(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), title,
                language);
    }

    /** "Page i of n" at the foot of every page, once the whole document is drawn. */
    public PdfLayout withPageNumbers() {
        pageNumbers = true;
        return this;
    }

    /** The text column from here on: {@code left} and {@code right} are distances from the page's left edge. */
    public PdfLayout column(float newLeft, float newRight) {
        left = newLeft;
        right = newRight;
        return this;
    }

    public float pageWidth() {
        return pageSize.getWidth();
    }

    public float pageHeight() {
        return pageSize.getHeight();
    }

    /** The next line sits on {@code baseline} (points from the bottom), for layouts placed by design. */
    public PdfLayout at(float baseline) {
        nextBaseline = baseline;
        return this;
    }

    public PdfLayout space(float points) {
        cursor -= points;
        return this;
    }

    /** A heading of {@code level} (1 to 3) in the body font, bold at 18, 14 or 12 points. */
    public PdfLayout heading(int level, String text) {
        return heading(level, text, Style.BODY.bold().size(level <= 1 ? 18 : level == 2 ? 14 : 12));
    }

    public PdfLayout heading(int level, String text, Style style) {
        block(structure.element("H" + Math.clamp(level, 1, 6), structure.root()), text, style);
        cursor -= style.size() * 0.4f;
        return this;
    }

    public PdfLayout paragraph(String text) {
        return paragraph(text, Style.BODY);
    }

    /** Text wrapped to the column; line breaks in {@code text} start new lines. */
    public PdfLayout paragraph(String text, Style style) {
        block(structure.element("P", structure.root()), text, style);
        cursor -= style.size() * 0.5f;
        return this;
    }

    /** A table with a header row, repeated on each page it runs onto; cells wrap within their column. */
    public PdfLayout table(List<Column> columns, List<List<String>> rows) {
        continueAfterAppendedPages();
        var table = structure.element("Table", structure.root());
        float size = 9;
        var header = columns.stream().map(Column::header).toList();
        row(table, columns, header, Style.BODY.size(size).bold(), true);
        for (var cells : rows) {
            if (cursor - rowHeight(columns, cells, size) < MARGIN) {
                newPage();
                row(table, columns, header, Style.BODY.size(size).bold(), true);
            }
            row(table, columns, cells, Style.BODY.size(size), false);
        }
        cursor -= size;
        return this;
    }

    /** Drawing without meaning on the current page (see {@link Decoration}). */
    public PdfLayout decorate(Decoration decoration) {
        continueAfterAppendedPages();
        try {
            PdfStructure.beginArtifact(content, false);
            decoration.draw(new Canvas(content));
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A page of its own showing an image (PNG or JPEG) under its caption, which is also its alternative text. */
    public PdfLayout imagePage(String caption, byte[] image) {
        newPage();
        heading(2, caption, Style.BODY.bold().size(12));
        try {
            var picture = PDImageXObject.createFromByteArray(document, image, caption);
            float maxWidth = right - left;
            float maxHeight = cursor - MARGIN - 20;
            float scale = Math.min(1f, Math.min(maxWidth / picture.getWidth(), maxHeight / picture.getHeight()));
            float width = picture.getWidth() * scale;
            float height = picture.getHeight() * scale;
            var figure = structure.element("Figure", structure.root());
            figure.setAlternateDescription(caption);
            structure.begin(content, page, figure);
            content.drawImage(picture, left, cursor - height, width, height);
            content.endMarkedContent();
            cursor -= height;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The pages of another PDF (a member's evidence), appended as they are. Their content is the author's: it keeps
     * whatever tagging it had, which is usually none.
     */
    public PdfLayout appendPdf(byte[] pdf) {
        try {
            var source = Loader.loadPDF(pdf);
            appended.add(source);
            closeContent();
            for (var sourcePage : source.getPages()) {
                var imported = document.importPage(sourcePage);
                imported.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
            }
            page = document.getPage(document.getNumberOfPages() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException("A document could not be appended", e);
        }
        return this;
    }

    public PdfLayout newPage() {
        closeContent();
        page = new PDPage(pageSize);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        left = MARGIN;
        right = pageSize.getWidth() - MARGIN;
        cursor = pageSize.getHeight() - MARGIN;
        return this;
    }

    /** The finished PDF: page numbers drawn, structure linked, saved. */
    public byte[] toBytes() {
        try (document; var out = new ByteArrayOutputStream()) {
            closeContent();
            if (pageNumbers) {
                numberPages();
            }
            structure.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        } finally {
            for (var source : appended) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // Read-only copies of documents already checked at upload; nothing is lost.
                }
            }
        }
    }

    private void block(PDStructureElement element, String text, Style style) {
        continueAfterAppendedPages();
        var lines = wrap(text, style.size(), right - left);
        try {
            for (String line : lines) {
                float baseline = baseline(style.size());
                structure.begin(content, page, element);
                float width = fonts.width(line, style.size());
                float x = switch (style.align()) {
                    case LEFT -> left;
                    case CENTRE -> (left + right - width) / 2;
                    case RIGHT -> right - width;
                };
                drawLine(content, line, x, baseline, style);
                content.endMarkedContent();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline of the next line of {@code size}, starting a page when this one is full. */
    private float baseline(float size) {
        if (nextBaseline != null) {
            float placed = nextBaseline;
            nextBaseline = null;
            cursor = placed - size * (LINE_SPACING - 1);
            return placed;
        }
        if (cursor - size * LINE_SPACING < MARGIN) {
            newPage();
        }
        float baseline = cursor - size;
        cursor -= size * LINE_SPACING;
        return baseline;
    }

    private void row(PDStructureElement table, List<Column> columns, List<String> cells, Style style,
            boolean header) {
        var row = structure.element("TR", table);
        float width = right - left;
        float top = cursor;
        float lowest = cursor;
        float x = left;
        try {
            for (int i = 0; i < columns.size(); i++) {
                float columnWidth = columns.get(i).share() * width;
                var cell = structure.element(header ? "TH" : "TD", row);
                if (header) {
                    var scope = new COSDictionary();
                    scope.setName(COSName.O, "Table");
                    scope.setName(COSName.getPDFName("Scope"), "Column");
                    cell.getCOSObject().setItem(COSName.A, scope);
                }
                float baseline = top;
                String text = i < cells.size() ? cells.get(i) : "";
                for (String line : wrap(text, style.size(), columnWidth - 6)) {
                    baseline -= style.size() * LINE_SPACING;
                    structure.begin(content, page, cell);
                    drawLine(content, line, x, baseline + style.size() * (LINE_SPACING - 1), style);
                    content.endMarkedContent();
                }
                lowest = Math.min(lowest, baseline);
                x += columnWidth;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cursor = lowest - 2;
    }

    private float rowHeight(List<Column> columns, List<String> cells, float size) {
        int lines = 1;
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), size, columns.get(i).share() * (right - left) - 6).size());
        }
        return lines * size * LINE_SPACING + 2;
    }

    private void drawLine(PDPageContentStream stream, String line, float x, float baseline, Style style)
            throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(style.colour());
        if (style.isBold()) {
            stream.setStrokingColor(style.colour());
            stream.setLineWidth(style.size() * 0.035f);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        stream.setTextMatrix(new Matrix(1, 0, style.isItalic() ? 0.2f : 0, 1, x, baseline));
        for (var run : fonts.runs(line)) {
            stream.setFont(run.font(), style.size());
            stream.showText(run.text());
        }
        stream.endText();
        if (style.isBold()) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
    }

    private List<String> wrap(String text, float size, float width) {
        var lines = new ArrayList<String>();
        for (String paragraph : text.split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fonts.width(candidate, size) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder();
                // A word wider than the column (a long URL) is cut where it reaches the edge.
                for (int codePoint : word.codePoints().toArray()) {
                    if (!line.isEmpty() && fonts.width(line + Character.toString(codePoint), size) > width) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    line.appendCodePoint(codePoint);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void numberPages() throws IOException {
        int total = document.getNumberOfPages();
        var style = Style.BODY.size(9).colour(Color.DARK_GRAY);
        for (int i = 0; i < total; i++) {
            var numbered = document.getPage(i);
            String label = Text.of("documents.pdf.page", i + 1, total).in(language);
            float x = (numbered.getMediaBox().getWidth() - fonts.width(label, style.size())) / 2;
            try (var footer = new PDPageContentStream(document, numbered, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                PdfStructure.beginArtifact(footer, true);
                drawLine(footer, label, x, FOOTER_BASELINE, style);
                footer.endMarkedContent();
            }
        }
    }

    /** Appended pages are another author's: what follows them starts on a page of our own. */
    private void continueAfterAppendedPages() {
        if (content == null) {
            newPage();
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
