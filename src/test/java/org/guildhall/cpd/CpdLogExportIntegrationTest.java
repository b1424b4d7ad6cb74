package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issue 19: the member's CPD log to take away, in their language, with no cell a spreadsheet would run. */
@IntegrationTest
class CpdLogExportIntegrationTest {

    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"Workshop\")";

    @Autowired CpdLogExport export;
    @Autowired CpdService cpd;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Clock clock;

    @BeforeEach
    void aMemberWithTwoActivities() {
        TestAccounts.ensure(accounts, provisioning);
        var support = new CpdTestSupport(provisioning, awards, documents);
        var member = support.member("Xavier Export");
        var today = LocalDate.now(clock);
        support.award(member, "CCSP", today.minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        cpd.saveDraft(null, CpdTestSupport.workshop("Service recovery, in practice", today.minusDays(3), "6.5",
                null));
        cpd.saveDraft(null, CpdTestSupport.workshop(FORMULA_TITLE, today.minusDays(2), "2", null));
    }

    @Test
    void the_csv_quotes_commas_and_neutralises_a_title_that_a_spreadsheet_would_run_as_a_formula() {
        var csv = new String(export.myLogCsv(Locale.UK), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFFirst day,Last day,Category,Kind of activity,Title,Provider,Hours,");
        assertThat(csv).contains(",\"Service recovery, in practice\",Guildhall Academy,6.50,0.00,6.50,Draft\r\n");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Workshop\"\")\",");
        assertThat(csv.lines().filter(line -> line.contains("=HYPERLINK"))).singleElement().asString()
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    }

    @Test
    void the_xlsx_is_in_the_readers_language_with_numbers_as_numbers_and_text_never_a_formula() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.myLogXlsx(Locale.FRANCE)))) {
            var sheet = workbook.getSheet("Journal de DPC");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Titre");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Crédits déclarés");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                }
            }
            // A text cell is never evaluated, so the title keeps its exact value (the CSV is where it needs the ').
            var formula = sheet.getRow(1);
            assertThat(formula.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(4).getStringCellValue()).isEqualTo(FORMULA_TITLE);
            assertThat(formula.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(clock).minusDays(2));
            assertThat(formula.getCell(2).getStringCellValue()).isEqualTo("Formation continue");
            assertThat(formula.getCell(9).getStringCellValue()).isEqualTo("Brouillon");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(6.5);
        }
    }

    @Test
    void only_a_member_has_a_log_to_export() {
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> export.myLogCsv(Locale.UK));
    }
}
