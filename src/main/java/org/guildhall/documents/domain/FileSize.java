package org.guildhall.documents.domain;

import java.util.Locale;

import org.guildhall.shared.Text;

/** File sizes as people read them: "10 MB", "2.4 MB", "730 KB" ("2,4 Mo" in French). */
public final class FileSize {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSize() {
    }

    public static String describe(long bytes) {
        if (bytes >= MB) {
            return scaled(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return scaled(bytes, KB) + " KB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    /** The size in the reader's language. */
    public static Text text(long bytes) {
        if (bytes >= MB) {
            return Text.of("documents.size.mb", (double) bytes / MB);
        }
        if (bytes >= KB) {
            return Text.of("documents.size.kb", (double) bytes / KB);
        }
        return Text.of("documents.size.bytes", bytes);
    }

    private static String scaled(long bytes, long unit) {
        return bytes % unit == 0 ? String.valueOf(bytes / unit)
                : String.format(Locale.UK, "%.1f", (double) bytes / unit);
    }
}
