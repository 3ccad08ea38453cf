package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report.xlsx} of {@link SampleReports#landscape()}, read back with POI. */
class WorkbookWriterTest {

    @TempDir
    static Path out;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws IOException {
        assertThat(new WorkbookWriter().write(SampleReports.landscape(), out)).isEqualTo("report.xlsx");
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    /**
     * POI would record the moment of writing as the workbook's creation time; PatNav records the report's (the
     * warehouse snapshot's), or none, so the same report gives the same bytes, written now or in a year.
     */
    @Test
    void theSameReportGivesTheSameBytesWithTheReportsCreationTimeOrNone(@TempDir Path dir) throws IOException {
        java.time.Instant snapshot = java.time.Instant.parse("2026-11-24T10:15:00Z");
        byte[] stamped = written(SampleReports.landscape().withCreated(snapshot), dir.resolve("a"));
        try (XSSFWorkbook read = new XSSFWorkbook(new java.io.ByteArrayInputStream(stamped))) {
            assertThat(read.getProperties().getCoreProperties().getCreated()).isEqualTo(java.util.Date.from(snapshot));
            assertThat(read.getProperties().getCoreProperties().getModified()).isEqualTo(java.util.Date.from(snapshot));
        }
        byte[] unstamped = written(SampleReports.landscape(), dir.resolve("b"));
        try (XSSFWorkbook read = new XSSFWorkbook(new java.io.ByteArrayInputStream(unstamped))) {
            assertThat(read.getProperties().getCoreProperties().getCreated()).isNull();
        }
        assertThat(written(SampleReports.landscape().withCreated(snapshot), dir.resolve("c"))).isEqualTo(stamped);
    }

    private static byte[] written(org.patnav.report.Report report, Path dir) throws IOException {
        return Files.readAllBytes(dir.resolve(new WorkbookWriter().write(report, dir)));
    }

    @Test
    void aContentsSheetThenOneSheetPerTableWithValidUniqueNames() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("目录", "trend_by_year", "top_applicants",
                "applicants_by_province_and_city", "applicants_by_province_and_ci~2");
        Set<String> lower = new HashSet<>();
        for (String n : names) {
            assertThat(n.length()).as(n).isBetween(1, 31);
            assertThat(lower.add(n.toLowerCase(Locale.ROOT))).as("unique ignoring case: " + n).isTrue();
        }
    }

    @Test
    void theContentsSheetHasTheTitleTheKpisAndEveryTable() {
        Sheet contents = wb.getSheet("目录");
        assertThat(text(contents, 0, 0)).isEqualTo("锂电池负极材料专利态势分析");
        assertThat(contents.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
        assertThat(text(contents, 1, 0)).startsWith("中国");

        Row applications = rowStartingWith(contents, "applications");
        assertThat(applications.getCell(1).getStringCellValue()).isEqualTo("申请量");
        assertThat(applications.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(applications.getCell(2).getNumericCellValue()).isEqualTo(1477.0);
        Row peak = rowStartingWith(contents, "peak_year");
        assertThat(peak.getCell(2).getNumericCellValue()).isEqualTo(2021.0);
        assertThat(peak.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
        Row grantRate = rowStartingWith(contents, "grant_rate");
        assertThat(grantRate.getCell(2).getNumericCellValue()).isEqualTo(0.4595);
        assertThat(grantRate.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(rowStartingWith(contents, "median_pendency").getCell(2)).as("a KPI without value").isNull();

        for (Table t : SampleReports.landscape().tables()) {
            Row row = rowWithCell(contents, 2, t.title());
            String sheet = row.getCell(0).getStringCellValue();
            assertThat(wb.getSheet(sheet)).as("sheet of " + t.id()).isNotNull();
            assertThat(row.getCell(0).getHyperlink().getAddress()).isEqualTo("'" + sheet + "'!A1");
            if (t.note() != null) {
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(t.note());
            }
        }
        assertThat(rowWithCell(contents, 2, "历年申请量").getCell(1).getStringCellValue()).isEqualTo("申请趋势");
    }

    @Test
    void aTableSheetIsAHeaderRowAndTypedCells() {
        XSSFSheet trend = wb.getSheet("trend_by_year");
        assertThat(trend.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申请年");
        assertThat(wb.getFontAt(trend.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(trend.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(trend.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
        assertThat(trend.getLastRowNum()).isEqualTo(3);

        Row y2019 = trend.getRow(1);
        assertThat(numeric(y2019.getCell(0))).isEqualTo(2019.0);
        assertThat(y2019.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
        assertThat(numeric(y2019.getCell(1))).isEqualTo(120.0);
        assertThat(y2019.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(y2019.getCell(2)).as("null").isNull();
        assertThat(numeric(y2019.getCell(3))).isEqualTo(0.25);
        assertThat(y2019.getCell(3).getCellStyle().getDataFormatString()).contains("%");
        assertThat(numeric(y2019.getCell(4))).isEqualTo(8.1234);
        assertThat(y2019.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(numeric(trend.getRow(2).getCell(2))).isEqualTo(-3.0);

        Sheet applicants = wb.getSheet("top_applicants");
        Cell date = applicants.getRow(1).getCell(2);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(applicants.getRow(6).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2020, 2, 29));

        Cell name = applicants.getRow(1).getCell(1);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("宁德时代新能源科技股份有限公司");
        List<String> formulaLike = new ArrayList<>();
        for (int r = 2; r <= 5; r++) {
            Cell c = applicants.getRow(r).getCell(1);
            assertThat(c.getCellType()).as("row " + r).isEqualTo(CellType.STRING);
            formulaLike.add(c.getStringCellValue());
        }
        assertThat(formulaLike).as("a string cell is never evaluated: written as it is")
                .containsExactly(SampleReports.HYPERLINK, "+1", "-2", "@SUM(A1)");
    }

    @Test
    void noCellIsAFormula() {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void columnsAreWideEnoughForTheirText() {
        Sheet applicants = wb.getSheet("top_applicants");
        // 15 Chinese characters, two columns each, plus padding.
        assertThat(applicants.getColumnWidth(1)).isEqualTo((30 + 2) * 256);
        assertThat(applicants.getColumnWidth(2)).isGreaterThanOrEqualTo(10 * 256);
    }

    @Test
    void theContentsSheetIsNamedInTheReportLanguage(@TempDir Path dir) throws IOException {
        new WorkbookWriter().write(SampleReports.landscape("en"), dir);
        try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
             XSSFWorkbook en = new XSSFWorkbook(in)) {
            assertThat(en.getSheetName(0)).isEqualTo("Contents");
            assertThat(rowWithCell(en.getSheet("Contents"), 0, "Tables")).isNotNull();
        }
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("zh")).isNotEmpty();
    }

    private static Set<String> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("report-files_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void sheetNamesAreValidAndUniqueIgnoringCase() {
        assertThat(WorkbookWriter.sheetNames(
                List.of("a/b:c", "'quoted'", "History", "contents", "A/B:C", "x".repeat(40), "x".repeat(35), ""),
                "Contents"))
                .containsExactly("a_b_c", "_quoted_", "History~2", "contents~2", "A_B_C~2", "x".repeat(31),
                        "x".repeat(29) + "~2", "table");
    }

    private static String text(Sheet s, int r, int c) {
        return s.getRow(r).getCell(c).getStringCellValue();
    }

    private static double numeric(Cell c) {
        assertThat(c.getCellType()).as(c.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    private static Row rowStartingWith(Sheet s, String first) {
        return rowWithCell(s, 0, first);
    }

    private static Row rowWithCell(Sheet s, int c, String value) {
        for (Row r : s) {
            Cell cell = r.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " in column " + c + " of " + s.getSheetName());
    }
}
