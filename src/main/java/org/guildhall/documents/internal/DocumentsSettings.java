package org.guildhall.documents.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The upload rules from {@code guildhall.documents.*}.
 *
 * @param maxSize the largest file accepted
 * @param allowedTypes the kinds accepted (of application/pdf, image/png, image/jpeg), recognised by content
 * @param maxImagePixels the most pixels (width × height) an image may have, read from its header before decoding
 * @param quota how much one account may keep stored
 */
@ConfigurationProperties("guildhall.documents")
record DocumentsSettings(DataSize maxSize, List<String> allowedTypes, long maxImagePixels, Quota quota) {

    /**
     * @param totalSize all of one account's stored files together
     * @param files the number of files one account may keep
     */
    record Quota(DataSize totalSize, int files) {
    }
}
