package org.guildhall.events.domain;

import java.nio.charset.StandardCharsets;

import org.guildhall.events.EventRefusedException;
import org.guildhall.events.domain.AttendanceSheet.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 7: what an uploaded attendance sheet holds, and when a file is refused whole. */
class AttendanceSheetTest {

    @Test
    void reads_the_first_column_skips_a_header_blank_lines_and_a_byte_order_mark() {
        var sheet = AttendanceSheet.read(bytes("\uFEFFMember number;Name\r\nGH-001234;Amara Okafor\r\n\r\n"
                + "\"grace@example.org\",Grace\n  not an id  \n"), 10);

        assertThat(sheet.lines()).extracting(AttendanceSheet.Line::lineNumber, AttendanceSheet.Line::value,
                AttendanceSheet.Line::kind).containsExactly(
                tuple(2, "GH-001234", Kind.MEMBER_NUMBER),
                tuple(4, "grace@example.org", Kind.EMAIL),
                tuple(5, "not an id", Kind.UNREADABLE));
    }

    @Test
    void a_first_line_that_is_an_identifier_is_not_taken_for_a_header() {
        var sheet = AttendanceSheet.read(bytes("member@example.org\n"), 10);

        assertThat(sheet.lines()).singleElement().extracting(AttendanceSheet.Line::kind).isEqualTo(Kind.EMAIL);
    }

    @Test
    void identifiers_are_compared_as_the_register_keeps_them() {
        var sheet = AttendanceSheet.read(bytes("gh-000042\nAmara.Okafor@Example.org\n"), 10);

        assertThat(sheet.lines()).extracting(AttendanceSheet::normalised)
                .containsExactly("GH-000042", "amara.okafor@example.org");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_whole() {
        byte[] windows1252 = "GH-000001\nJos\u00e9 Mu\u00f1oz\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatExceptionOfType(EventRefusedException.class).isThrownBy(() -> AttendanceSheet.read(windows1252, 10))
                .withMessageContaining("not UTF-8").withMessageContaining("CSV UTF-8");
    }

    @Test
    void a_binary_file_is_refused() {
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> AttendanceSheet.read(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, 10))
                .withMessageContaining("not a text file");
    }

    @Test
    void more_rows_than_the_limit_are_refused_whole_but_the_limit_itself_is_accepted() {
        var atLimit = "a@example.org\n".repeat(3);

        assertThat(AttendanceSheet.read(bytes(atLimit), 3).lines()).hasSize(3);
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> AttendanceSheet.read(bytes(atLimit + "b@example.org"), 3))
                .withMessageContaining("more than 3 rows");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> AttendanceSheet.read(bytes("Email\n\n"), 10))
                .withMessageContaining("no rows");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
