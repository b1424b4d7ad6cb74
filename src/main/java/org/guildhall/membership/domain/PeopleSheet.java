package org.guildhall.membership.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.guildhall.membership.PeopleSheetRefusedException;
import org.guildhall.shared.Text;

/**
 * A list of people as staff upload it (an event's attendance sheet, a partner course's roster): a CSV file (or plain
 * list) whose first column holds, per line, a member number (GH-001234) or an email address. A first line that names the column ("Email", "Member number")
 * is a header. The file as a whole is refused when it is not UTF-8 text or has more rows than allowed; single bad
 * lines are kept, marked, for the import report.
 */
public final class PeopleSheet {

    private static final Pattern MEMBER_NUMBER = Pattern.compile("GH-\\d{6}", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HEADER = Pattern.compile(".*(e-?mail|member|number|attendee|participant|learner|name).*",
            Pattern.CASE_INSENSITIVE);

    /** What a line's first cell is. */
    public enum Kind {
        MEMBER_NUMBER, EMAIL, UNREADABLE
    }

    /** One non-blank line: its number in the file (1 = first line), the identifier as written, and its kind. */
    public record Line(int lineNumber, String value, Kind kind) {
    }

    private final List<Line> lines;

    private PeopleSheet(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static PeopleSheet read(byte[] content, int maxRows) {
        String text = decode(content);
        var lines = new ArrayList<Line>();
        String[] rawLines = text.split("\\r\\n|\\r|\\n", -1);
        for (int index = 0; index < rawLines.length; index++) {
            String cell = firstCell(rawLines[index]);
            if (cell.isEmpty() || (lines.isEmpty() && isHeader(cell))) {
                continue;
            }
            lines.add(new Line(index + 1, cell, kindOf(cell)));
            if (lines.size() > maxRows) {
                throw new PeopleSheetRefusedException(Text.of("membership.sheet.too-many-rows", maxRows));
            }
        }
        if (lines.isEmpty()) {
            throw new PeopleSheetRefusedException("membership.sheet.no-rows");
        }
        return new PeopleSheet(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new PeopleSheetRefusedException("membership.sheet.not-text");
            }
            // Spreadsheet programs start UTF-8 CSV files with a byte-order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new PeopleSheetRefusedException("membership.sheet.not-utf8");
        }
    }

    private static String firstCell(String line) {
        int end = line.length();
        for (char separator : new char[] {',', ';', '\t'}) {
            int at = line.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String cell = line.substring(0, end).strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }

    private static boolean isHeader(String cell) {
        return kindOf(cell) == Kind.UNREADABLE && HEADER.matcher(cell).matches();
    }

    private static Kind kindOf(String cell) {
        if (MEMBER_NUMBER.matcher(cell).matches()) {
            return Kind.MEMBER_NUMBER;
        }
        return EMAIL.matcher(cell).matches() && cell.length() <= 254 ? Kind.EMAIL : Kind.UNREADABLE;
    }

    /** The identifier as the register keeps it: member numbers in capitals, emails in lower case. */
    public static String normalised(Line line) {
        return line.kind() == Kind.MEMBER_NUMBER ? line.value().toUpperCase(Locale.ROOT)
                : line.value().toLowerCase(Locale.ROOT);
    }
}
