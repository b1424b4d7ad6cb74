package org.guildhall.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: every export is RFC 4180 CSV with a BOM and formula cells neutralised, or xlsx, streamed. */
class ExportWriterTest {

    private static final List<String> HEADINGS = List.of("Holder", "Designation", "Credits", "Valid until");

    private static ExportTable table(List<List<Object>> rows) {
        return ExportTable.of("Report", HEADINGS, rows);
    }

    private static final List<List<Object>> ROWS = List.of(
            List.of("Zofia Łukasiewicz", "CCSP", new BigDecimal("34.5"), LocalDate.of(2027, 3, 31)),
            List.of("王芳", "CRMM", new BigDecimal("12"), LocalDate.of(2026, 12, 31)),
            List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(A1)", "-2+3", "@cmd"),
            List.of("\tTabbed", "\rReturned", "Smith, \"Jo\"", ""));

    @Test
    void csv_is_utf8_with_a_byte_order_mark_and_reads_back_cell_for_cell() throws IOException {
        var out = new ByteArrayOutputStream();

        long rows = ExportWriter.write(table(ROWS), ExportFormat.CSV, out);

        byte[] bytes = out.toByteArray();
        assertThat(rows).isEqualTo(4);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        var records = parse(bytes);
        assertThat(records.getFirst().toList()).containsExactlyElementsOf(HEADINGS);
        assertThat(records.get(1).toList()).containsExactly("Zofia Łukasiewicz", "CCSP", "34.5", "2027-03-31");
        assertThat(records.get(2).toList()).containsExactly("王芳", "CRMM", "12", "2026-12-31");
    }

    @Test
    void a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised() throws IOException {
        var out = new ByteArrayOutputStream();

        ExportWriter.write(table(ROWS), ExportFormat.CSV, out);

        var records = parse(out.toByteArray());
        assertThat(records.get(3).toList()).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")",
                "'+SUM(A1)", "'-2+3", "'@cmd");
        assertThat(records.get(4).toList()).containsExactly("'\tTabbed", "'\rReturned", "Smith, \"Jo\"", "");
    }

    @Test
    void xlsx_reads_back_with_text_as_text_numbers_as_numbers_and_dates_as_dates() throws IOException {
        var out = new ByteArrayOutputStream();

        long rows = ExportWriter.write(table(ROWS), ExportFormat.XLSX, out);

        assertThat(rows).isEqualTo(4);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(3))).isEqualTo("Valid until");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Zofia Łukasiewicz");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(34.5);
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("王芳");
            // A text cell is never evaluated, so it keeps its exact value and no formula is written.
            var formulaLike = sheet.getRow(3).getCell(0);
            assertThat(formulaLike.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        }
    }

    @Test
    void a_small_table_in_memory_names_its_sheet() throws IOException {
        var table = ExportTable.of("Journal de DPC", HEADINGS, ROWS);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(ExportWriter.bytes(table, ExportFormat.XLSX)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Journal de DPC");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(ROWS.size());
        }
        assertThat(parse(ExportWriter.bytes(table, ExportFormat.CSV))).hasSize(ROWS.size() + 1);
    }

    @Test
    void a_100k_row_xlsx_export_is_streamed_without_the_writer_holding_the_rows() throws Exception {
        long rowCount = 100_000;
        var firstRows = new ArrayList<WeakReference<List<Object>>>();
        long[] heapGrowthAtHalfway = {0};
        long heapBefore = usedHeapAfterGc();
        var lazyTable = new ExportTable() {
            @Override
            public List<String> headings() {
                return HEADINGS;
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                for (long i = 0; i < rowCount; i++) {
                    List<Object> row = List.of("Member " + i + " Ñandú", "CCSP", BigDecimal.valueOf(i, 1),
                            LocalDate.of(2027, 1, 1).plusDays(i % 365));
                    if (i < 10) {
                        firstRows.add(new WeakReference<>(row));
                    }
                    if (i == rowCount / 2) {
                        heapGrowthAtHalfway[0] = usedHeapAfterGc() - heapBefore;
                    }
                    sink.accept(row);
                }
            }
        };
        var out = new CountingOutputStream();
        var file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try (var disk = java.nio.file.Files.newOutputStream(file)) {
            out.target = disk;
            long written = ExportWriter.write(lazyTable, ExportFormat.XLSX, out);
            assertThat(written).isEqualTo(rowCount);
        }

        // Half-way through, the rows written so far are on disk, not on the heap: 50,000 rows of cells held by an
        // in-memory workbook take well over 100 MB; SXSSF keeps its window of 100.
        assertThat(heapGrowthAtHalfway[0]).isLessThan(40L * 1024 * 1024);
        usedHeapAfterGc();
        assertThat(firstRows).allSatisfy(row -> assertThat(row.get()).isNull());
        assertThat(out.count).isPositive();
        assertThat(rowsInSheet(file)).isEqualTo(rowCount + 1);
        java.nio.file.Files.delete(file);
    }

    @Test
    void a_100k_row_csv_export_reaches_the_stream_while_rows_are_still_coming() {
        long rowCount = 100_000;
        var out = new CountingOutputStream();
        out.target = OutputStream.nullOutputStream();
        long[] bytesAtHalfway = {0};
        var lazyTable = new ExportTable() {
            @Override
            public List<String> headings() {
                return HEADINGS;
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                for (long i = 0; i < rowCount; i++) {
                    if (i == rowCount / 2) {
                        bytesAtHalfway[0] = out.count;
                    }
                    sink.accept(List.of("Member " + i, "CCSP", BigDecimal.ONE, LocalDate.of(2027, 1, 1)));
                }
            }
        };

        assertThat(ExportWriter.write(lazyTable, ExportFormat.CSV, out)).isEqualTo(rowCount);
        assertThat(bytesAtHalfway[0]).isGreaterThan(out.count / 3);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(reader).getRecords();
    }

    /** Rows of the first sheet counted from its XML as it streams by, without loading the workbook. */
    private static long rowsInSheet(java.nio.file.Path file) throws Exception {
        try (var pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                var xml = javax.xml.stream.XMLInputFactory.newInstance().createXMLStreamReader(sheet);
                long rows = 0;
                while (xml.hasNext()) {
                    if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("row")) {
                        rows++;
                    }
                }
                return rows;
            }
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static final class CountingOutputStream extends OutputStream {
        OutputStream target = OutputStream.nullOutputStream();
        long count;

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            count += len;
        }
    }
}
