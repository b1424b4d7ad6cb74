package org.guildhall.documents.internal;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The upload settings, {@code guildhall.documents.*} (defaults in application.properties).
 *
 * @param maxSize the largest file a person may upload
 * @param allowedTypes the content types accepted, each one {@code DocumentType} knows, recognised by content
 * @param maxImagePixels the most pixels (width × height) an image may have, read from its header before decoding
 * @param quota how much one account may keep stored
 * @param leftovers how long an upload no form took up is kept before the daily job removes it
 */
@Validated
@ConfigurationProperties("guildhall.documents")
public record DocumentsProperties(@NotNull DataSize maxSize, @NotEmpty List<String> allowedTypes,
        @Positive long maxImagePixels, @Valid @NotNull Quota quota, @Valid @NotNull Leftovers leftovers) {

    /**
     * @param totalSize all of one account's stored files together
     * @param files the number of files one account may keep
     */
    public record Quota(@NotNull DataSize totalSize, @Positive int files) {
    }

    /**
     * @param grace how long an upload no form took up is kept (a draft that holds it keeps it longer)
     * @param cron when the daily job that removes them runs
     */
    public record Leftovers(@NotNull Duration grace, @NotNull String cron) {
    }
}
