package org.guildhall.documents;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made safe for a PDF font. The portal's PDFs use PDFBox's standard fonts, which encode only Western European
 * letters: PDFBox throws on anything else (a holder named Włodarczyk), so such characters print as "?" instead.
 */
public final class PdfText {

    private PdfText() {
    }

    /** {@code text} with tabs as spaces and every character {@code font} cannot encode as "?". */
    public static String drawable(PDFont font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append(codePoint == '\t' ? " " : "?");
            }
        });
        return out.toString();
    }
}
