package org.guildhall.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one PDF, embedded (as subsets) so every reader shows the same letters: Liberation Sans, which PDFBox
 * ships, for Latin, Greek and Cyrillic names (Łucja Włodarczyk), and Noto Sans SC for the Chinese, Japanese and
 * Korean characters it lacks (陈美), loaded only when a text needs it. A character neither font has prints as "?".
 */
public final class PdfFonts {

    private static final String PRIMARY = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Put on the classpath by the build (src/build/fetch-cjk-font.sh); see docs/decisions/pdf-layout.md. */
    static final String CJK_FALLBACK = "/org/guildhall/documents/fonts/NotoSansSC-Regular.ttf";

    /** A font file's bytes, read from the jar once, not inflated again for every PDF (transcript p50 40 → 24 ms). */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final PDFont primary;
    private @Nullable PDFont fallback;
    private boolean fallbackLoaded;

    public PdfFonts(PDDocument document) {
        this.document = document;
        this.primary = load(document, PRIMARY);
    }

    /** A stretch of text drawn in one font. */
    public record Run(PDFont font, String text) {
    }

    /** {@code text} cut into runs by the font that has each character; tabs become spaces. */
    public List<Run> runs(String text) {
        var runs = new ArrayList<Run>();
        PDFont current = null;
        var pending = new StringBuilder();
        for (int codePoint : text.codePoints().toArray()) {
            String character = codePoint == '\t' ? " " : Character.toString(codePoint);
            PDFont font = fontFor(character);
            if (font == null) {
                font = primary;
                character = "?";
            }
            if (font != current && !pending.isEmpty()) {
                runs.add(new Run(current, pending.toString()));
                pending.setLength(0);
            }
            current = font;
            pending.append(character);
        }
        if (!pending.isEmpty()) {
            runs.add(new Run(current, pending.toString()));
        }
        return runs;
    }

    /** The width of {@code text} at {@code size} points, as {@link #runs} would draw it. */
    public float width(String text, float size) {
        float width = 0;
        for (var run : runs(text)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    private @Nullable PDFont fontFor(String character) {
        if (draws(primary, character)) {
            return primary;
        }
        PDFont cjk = fallback();
        return cjk != null && draws(cjk, character) ? cjk : null;
    }

    private @Nullable PDFont fallback() {
        if (!fallbackLoaded) {
            fallbackLoaded = true;
            if (PdfFonts.class.getResource(CJK_FALLBACK) != null) {
                fallback = load(document, CJK_FALLBACK);
            }
        }
        return fallback;
    }

    private static boolean draws(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException notInFont) {
            return false;
        }
    }

    private static PDFont load(PDDocument document, String resource) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(FILES.computeIfAbsent(resource, PdfFonts::read)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " could not be read", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("The font " + resource + " is not on the classpath");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " could not be read", e);
        }
    }
}
