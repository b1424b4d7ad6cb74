package org.guildhall.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a table is exported in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension().equals(extension)).findFirst();
    }
}
