package org.guildhall.membership.domain;

import java.nio.charset.StandardCharsets;

import org.guildhall.membership.PeopleSheetRefusedException;
import org.guildhall.membership.domain.PeopleSheet.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Issues 7 and 19: what an uploaded list of people (attendance sheet, course roster) holds, and when a file is refused whole. */
class PeopleSheetTest {

    @Test
    void reads_the_first_column_skips_a_header_blank_lines_and_a_byte_order_mark() {
        var sheet = PeopleSheet.read(bytes("\uFEFFMember number;Name\r\nGH-001234;Amara Okafor\r\n\r\n"
                + "\"grace@example.org\",Grace\n  not an id  \n"), 10);

        assertThat(sheet.lines()).extracting(PeopleSheet.Line::lineNumber, PeopleSheet.Line::value,
                PeopleSheet.Line::kind).containsExactly(
                tuple(2, "GH-001234", Kind.MEMBER_NUMBER),
                tuple(4, "grace@example.org", Kind.EMAIL),
                tuple(5, "not an id", Kind.UNREADABLE));
    }

    @Test
    void a_first_line_that_is_an_identifier_is_not_taken_for_a_header() {
        var sheet = PeopleSheet.read(bytes("member@example.org\n"), 10);

        assertThat(sheet.lines()).singleElement().extracting(PeopleSheet.Line::kind).isEqualTo(Kind.EMAIL);
    }

    @Test
    void identifiers_are_compared_as_the_register_keeps_them() {
        var sheet = PeopleSheet.read(bytes("gh-000042\nAmara.Okafor@Example.org\n"), 10);

        assertThat(sheet.lines()).extracting(PeopleSheet::normalised)
                .containsExactly("GH-000042", "amara.okafor@example.org");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_whole() {
        byte[] windows1252 = "GH-000001\nJos\u00e9 Mu\u00f1oz\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatExceptionOfType(PeopleSheetRefusedException.class).isThrownBy(() -> PeopleSheet.read(windows1252, 10))
                .withMessageContaining("not UTF-8").withMessageContaining("CSV UTF-8");
    }

    @Test
    void a_binary_file_is_refused() {
        assertThatExceptionOfType(PeopleSheetRefusedException.class)
                .isThrownBy(() -> PeopleSheet.read(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, 10))
                .withMessageContaining("not a text file");
    }

    @Test
    void more_rows_than_the_limit_are_refused_whole_but_the_limit_itself_is_accepted() {
        var atLimit = "a@example.org\n".repeat(3);

        assertThat(PeopleSheet.read(bytes(atLimit), 3).lines()).hasSize(3);
        assertThatExceptionOfType(PeopleSheetRefusedException.class)
                .isThrownBy(() -> PeopleSheet.read(bytes(atLimit + "b@example.org"), 3))
                .withMessageContaining("more than 3 rows");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatExceptionOfType(PeopleSheetRefusedException.class)
                .isThrownBy(() -> PeopleSheet.read(bytes("Email\n\n"), 10))
                .withMessageContaining("no rows");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
