package org.guildhall.documents.domain;

import java.util.Collections;
import java.util.List;

import org.guildhall.documents.DocumentRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Issue 11: one account keeps at most so many files and so many bytes. */
class UploadQuotaTest {

    private static final long MB = 1024 * 1024;

    private final UploadQuota quota = new UploadQuota(200 * MB, 500);

    @Test
    void a_file_that_fills_the_quota_exactly_is_admitted() {
        assertThatCode(() -> quota.admit(List.of(150 * MB, 40 * MB), 10 * MB)).doesNotThrowAnyException();
        assertThatCode(() -> quota.admit(Collections.nCopies(499, 1024L), 1024)).doesNotThrowAnyException();
    }

    @Test
    void a_file_that_would_go_over_the_bytes_is_refused_saying_how_much_is_used() {
        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> quota.admit(List.of(150 * MB, 45 * MB), 6 * MB))
                .withMessageStartingWith("Your stored files already take up 195 MB of the 200 MB one account may keep");
    }

    @Test
    void the_file_after_the_last_one_allowed_is_refused() {
        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> quota.admit(Collections.nCopies(500, 1024L), 1024))
                .withMessageStartingWith("You have already stored 500 files, the most one account may keep.");
    }
}
