package org.guildhall.documents.domain;

import java.util.List;

import org.guildhall.shared.Text;
import org.guildhall.documents.DocumentRejectedException;

/**
 * How much one account may keep stored: so many files and so many bytes in all. Evidence for an application, a
 * portfolio and years of CPD fits well within it; an account filling the database does not.
 */
public final class UploadQuota {

    private final long maxTotalBytes;
    private final int maxFiles;

    public UploadQuota(long maxTotalBytes, int maxFiles) {
        if (maxTotalBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("An upload quota must allow at least one byte and one file");
        }
        this.maxTotalBytes = maxTotalBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * Refuses a new file of {@code size} bytes when the account, already holding files of {@code storedSizes},
     * would go over either limit.
     */
    public void admit(List<Long> storedSizes, long size) {
        if (storedSizes.size() + 1 > maxFiles) {
            throw new DocumentRejectedException(Text.of("documents.quota.files", storedSizes.size()));
        }
        long stored = storedSizes.stream().mapToLong(Long::longValue).sum();
        if (stored + size > maxTotalBytes) {
            throw new DocumentRejectedException(Text.of("documents.quota.bytes", FileSize.text(stored),
                    FileSize.text(maxTotalBytes)));
        }
    }
}
