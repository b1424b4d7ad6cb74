package org.guildhall.cpd.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table written as CSV or xlsx so that no cell can run as a formula when a spreadsheet opens it (OWASP's CSV
 * injection advice): text that begins with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe. Numbers stay numbers. The staff exports' writer (reporting module) follows the same rule; the two are
 * to become one when both are merged.
 */
public final class SafeSheet {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<String> headers;
    private final List<List<Object>> rows;

    /** {@code rows} hold {@link String}s and {@link BigDecimal}s, one per header. */
    public SafeSheet(List<String> headers, List<List<Object>> rows) {
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark, which spreadsheets need to read accents right. */
    public byte[] csv() {
        var csv = new StringBuilder("\uFEFF");
        csv.append(line(List.copyOf(headers)));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet, the headers in its first row, text as text cells and numbers as numeric cells. */
    public byte[] xlsx(String sheetName) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName);
            var header = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                header.createCell(column).setCellValue(neutral(headers.get(column)));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int column = 0; column < values.size(); column++) {
                    var cell = row.createCell(column);
                    if (values.get(column) instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(neutral(String.valueOf(values.get(column))));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the spreadsheet", e);
        }
    }

    /** The text as it is, or with an apostrophe before it when a spreadsheet would take it for a formula. */
    static String neutral(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String line(List<?> values) {
        return values.stream().map(value -> value instanceof BigDecimal number ? number.toPlainString()
                : quoted(neutral(String.valueOf(value)))).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String text) {
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
