package org.guildhall.documents.internal;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.guildhall.documents.domain.ContentLocation;
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
 * @param storage where documents' bytes are kept
 */
@Validated
@ConfigurationProperties("guildhall.documents")
public record DocumentsProperties(@NotNull DataSize maxSize, @NotEmpty List<String> allowedTypes,
        @Positive long maxImagePixels, @Valid @NotNull Quota quota, @Valid @NotNull Leftovers leftovers,
        @Valid @NotNull Storage storage) {

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

    /**
     * @param uploadsTo where new uploads' bytes go: the database (self-contained, the default) or the object store
     * @param s3 the S3-compatible object store; it is set up when a bucket is named
     */
    public record Storage(@NotNull ContentLocation uploadsTo, @Valid @NotNull S3 s3) {
    }

    /**
     * @param endpoint the store's address (MinIO, Ceph, S3Proxy); blank for Amazon S3 in {@code region}
     * @param region the signing region (any name for stores that ignore it)
     * @param bucket the bucket documents are kept in, created at start if missing; blank: no object store
     * @param accessKey with {@code secretKey}, the store's credentials; blank: the AWS SDK's default chain
     *        (environment, instance or container role)
     * @param pathStyle addresses like {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}, as
     *        MinIO and S3Proxy expect
     */
    public record S3(String endpoint, @NotBlank String region, String bucket, String accessKey, String secretKey,
            boolean pathStyle) {
    }
}
