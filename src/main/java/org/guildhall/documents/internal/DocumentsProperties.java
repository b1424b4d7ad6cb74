package org.guildhall.documents.internal;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The upload settings, {@code guildhall.documents.*} (defaults in application.properties).
 *
 * @param maxSize the largest file a person may upload
 * @param allowedTypes the content types accepted, each one {@code DocumentType} knows
 */
@Validated
@ConfigurationProperties("guildhall.documents")
public record DocumentsProperties(@NotNull DataSize maxSize, @NotEmpty List<String> allowedTypes) {
}
