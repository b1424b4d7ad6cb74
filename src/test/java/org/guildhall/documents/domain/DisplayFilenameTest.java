package org.guildhall.documents.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file name from a browser is only a label: never a path, never a disguise. */
class DisplayFilenameTest {

    @Test
    void folders_in_the_name_are_dropped() {
        assertThat(DisplayFilename.of("C:\\Users\\amara\\Documents\\cv.pdf", DocumentType.PDF)).isEqualTo("cv.pdf");
        assertThat(DisplayFilename.of("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
    }

    @Test
    void control_and_direction_characters_are_removed() {
        // U+202E turns "invoice‮gnp.exe" into something that reads "invoiceexe.png".
        assertThat(DisplayFilename.of("invoice\u202Egnp.exe", DocumentType.PNG)).isEqualTo("invoicegnp.exe.png");
        assertThat(DisplayFilename.of("line\nbreak\t.pdf", DocumentType.PDF)).isEqualTo("linebreak.pdf");
    }

    @Test
    void the_name_ends_as_its_checked_type_does() {
        assertThat(DisplayFilename.of("notes.txt", DocumentType.PDF)).isEqualTo("notes.txt.pdf");
        assertThat(DisplayFilename.of("Certificate.JPEG", DocumentType.JPEG)).isEqualTo("Certificate.JPEG");
        assertThat(DisplayFilename.of("scan.jpg", DocumentType.JPEG)).isEqualTo("scan.jpg");
    }

    @Test
    void a_name_without_anything_visible_becomes_document() {
        assertThat(DisplayFilename.of(" \u200B ", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(DisplayFilename.of(".pdf", DocumentType.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void a_long_name_is_shortened_but_keeps_its_ending() {
        String name = DisplayFilename.of("é".repeat(400) + ".pdf", DocumentType.PDF);
        assertThat(name).hasSize(DisplayFilename.MAX_LENGTH).endsWith("é.pdf");
    }
}
