package org.guildhall.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way a table leaves the portal as a file (issue 18): staff reports and the member's CPD log alike. CSV: RFC 4180 (comma, CRLF, quotes as needed),
 * UTF-8 with a byte-order mark so spreadsheet programs read accents and non-Latin names, and every cell that begins
 * with {@code = + - @}, a tab or a carriage return prefixed with {@code '} so no spreadsheet runs it as a formula.
 * xlsx: Apache POI's streaming workbook, which keeps only the last {@link #ROWS_IN_MEMORY} rows in memory and
 * writes the rest to a temporary file; text goes in as text cells, which a spreadsheet never evaluates.
 */
public final class ExportWriter {

    /** Rows the xlsx writer keeps in memory before flushing them to its temporary file. */
    public static final int ROWS_IN_MEMORY = 100;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ExportWriter() {
    }

    /** Writes the table to {@code out} (left open) and answers how many rows it wrote, headings not counted. */
    public static long write(ExportTable table, ExportFormat format, OutputStream out) {
        try {
            return switch (format) {
                case CSV -> csv(table, out);
                case XLSX -> xlsx(table, out);
            };
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The whole table as the bytes of a file, for small tables a page hands over in one piece. */
    public static byte[] bytes(ExportTable table, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        write(table, format, out);
        return out.toByteArray();
    }

    /** The cell as CSV text, a leading formula character neutralised. */
    static String csvCell(Object value) {
        String text = switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static long csv(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.headings().stream().map(ExportWriter::csvCell));
        long[] count = {0};
        table.rows(unchecked(row -> {
            printer.printRecord(row.stream().map(ExportWriter::csvCell));
            count[0]++;
        }));
        printer.flush();
        return count[0];
    }

    private static long xlsx(ExportTable table, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            String name = table.sheetName();
            SXSSFSheet sheet = name == null ? workbook.createSheet() : workbook.createSheet(name);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var headings = sheet.createRow(0);
            for (int column = 0; column < table.headings().size(); column++) {
                headings.createCell(column).setCellValue(table.headings().get(column));
            }
            int[] next = {1};
            table.rows(row -> {
                Row sheetRow = sheet.createRow(next[0]++);
                for (int column = 0; column < row.size(); column++) {
                    fill(sheetRow.createCell(column), row.get(column), dates);
                }
            });
            workbook.write(out);
            return next[0] - 1L;
        }
    }

    private static void fill(Cell cell, Object value, CellStyle dates) {
        switch (value) {
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dates);
            }
            default -> cell.setCellValue(value.toString());
        }
    }

    private static Consumer<List<Object>> unchecked(IoConsumer<List<Object>> consumer) {
        return row -> {
            try {
                consumer.accept(row);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        };
    }

    @FunctionalInterface
    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
