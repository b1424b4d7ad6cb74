package org.guildhall.documents.domain;

import java.util.Locale;

/** File sizes as people read them: "10 MB", "2.4 MB", "730 KB". */
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

    private static String scaled(long bytes, long unit) {
        return bytes % unit == 0 ? String.valueOf(bytes / unit)
                : String.format(Locale.UK, "%.1f", (double) bytes / unit);
    }
}
