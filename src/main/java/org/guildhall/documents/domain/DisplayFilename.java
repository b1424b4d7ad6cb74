package org.guildhall.documents.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The name a document is shown and downloaded under, made from whatever name the browser sent: no folders, no
 * control or invisible direction characters (which can disguise "gnp.exe" as "exe.png"), no leading dots, limited
 * in length, and ending the way its checked type does. It is only ever displayed, never used as a path.
 */
public final class DisplayFilename {

    public static final int MAX_LENGTH = 150;

    private DisplayFilename() {
    }

    public static String of(String original, DocumentType type) {
        String name = cleaned(lastSegment(original));
        Optional<String> ownEnding = type.extensions().stream()
                .filter(ending -> name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length()))
                .map(ending -> name.substring(name.length() - ending.length()))
                .findFirst();
        String extension = ownEnding.orElse(type.extensions().getFirst());
        String base = name.substring(0, name.length() - ownEnding.map(String::length).orElse(0))
                .replaceFirst("^[.\\s]+", "").strip();
        return shortened(base.isEmpty() ? "document" : base, MAX_LENGTH - extension.length()) + extension;
    }

    /** Browsers may send a whole path ("C:\Users\...\cv.pdf"); only the last part is the name. */
    private static String lastSegment(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String cleaned(String name) {
        var visible = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints()
                .filter(DisplayFilename::isVisible)
                .forEach(visible::appendCodePoint);
        return visible.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Cut by code points, so a name never ends in half an emoji. */
    private static String shortened(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)).strip();
    }
}
