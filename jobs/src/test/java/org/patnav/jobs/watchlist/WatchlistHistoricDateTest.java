package org.patnav.jobs.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.RealData;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.ingest.IngestJob;
import org.patnav.jobs.spark.Progress;
import org.patnav.report.Kpi;

/**
 * The watchlist over the real USPTO maintenance-fee sample (164 records of the file documentation's Table 3)
 * as of 2008-04-01, the date issue 15 reports crashing on: PatNav holds no US amounts in force before
 * 2013-03-19 (fee-amounts.tsv, row US-GAP), so the six patents in grace owe a fee of unknown amount. Every
 * file shows it as unknown with the reason, never as 0 and never as a crash. The same warehouse holds two
 * hand-written reissues (pipeline fixture {@code reissues.xml}), granted 2009, whose fee schedule follows the
 * original patent's grant where the full text gives it (MPEP 2506).
 */
class WatchlistHistoricDateTest {

    private static final LocalDate AS_OF = LocalDate.of(2008, 4, 1);
    private static final String NOTE = "PatNav's US schedule lacks the amounts in force on 2008-04-01";
    private static final String UNKNOWN_ZH = "金额未知：PatNav 缺少 US 在 2008-04-01 适用的收费标准金额";

    @TempDir
    static Path tmp;
    static WatchlistJob.Result written;
    static Path out;
    static String warehouse;

    @BeforeAll
    static void run() throws IOException {
        Path reissues = tmp.resolve("reissues");
        Files.createDirectories(reissues);
        try (InputStream in = WatchlistHistoricDateTest.class.getResourceAsStream("/org/patnav/ingest/uspto/reissues.xml")) {
            Files.copy(in, reissues.resolve("reissues.xml"));
        }
        warehouse = tmp.resolve("w").toString();
        new IngestJob(SharedSpark.get(), new IngestJob.Options(List.of(RealData.path("uspto-maintfee").toString(),
                reissues.toString()), warehouse, null, null, null), Progress.SILENT).run();
        out = tmp.resolve("watchlist");
        written = new WatchlistJob(SharedSpark.get(), options(AS_OF), Progress.SILENT).run(out, "zh");
    }

    private static WatchlistJob.Options options(LocalDate asOf) {
        return new WatchlistJob.Options(warehouse, asOf, 90, null, List.of(), null, null, null, null, null);
    }

    @Test
    void theStatusesOfTheSampleOnThatDate() {
        var n = written.counts().byStatus();
        assertThat(written.counts().subjects()).isEqualTo(73 + 2);
        assertThat(n.get(FeeStatus.PENDING)).as("the two reissues, granted 2009").isEqualTo(2);
        assertThat(n.get(FeeStatus.GRACE)).isEqualTo(6);
        assertThat(n.get(FeeStatus.IN_FORCE)).isEqualTo(47);
        assertThat(n.get(FeeStatus.LAPSED)).isEqualTo(14);
        assertThat(n.get(FeeStatus.EXPIRED)).isEqualTo(6);
    }

    @Test
    void theCsvLeavesTheAmountEmptyAndSaysWhy() throws IOException {
        String text = Files.readString(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        List<CSVRecord> grace = rows.stream().filter(r -> r.get("status").equals("grace")).toList();
        assertThat(grace).hasSize(6).allSatisfy(r -> {
            assertThat(r.get("amount_due")).isEmpty();
            assertThat(r.get("currency")).isEqualTo("USD");
            assertThat(r.get("amount_complete")).isEqualTo("false");
            assertThat(r.get("amount_note")).startsWith(NOTE).contains("US-GAP");
        });
        assertThat(rows).noneMatch(r -> r.get("amount_due").matches("0(\\.0+)?"));
    }

    @Test
    void theWorkbookWritesUnknownInTheAmountCell() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve(WatchlistFiles.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet grace = wb.getSheet("滞纳期内（未见缴费记录） grace");
            assertThat(grace.getLastRowNum()).isEqualTo(6);
            assertThat(grace.getRow(0).getCell(7).getStringCellValue()).isEqualTo("应缴金额");
            for (int r = 1; r <= 6; r++) {
                assertThat(grace.getRow(r).getCell(7).getCellType()).isEqualTo(CellType.STRING);
                assertThat(grace.getRow(r).getCell(7).getStringCellValue()).isEqualTo(UNKNOWN_ZH);
            }
        }
    }

    @Test
    void theSummaryCountsTheUnknownAmountsInsteadOfAddingZero() throws IOException {
        Kpi usd = written.summary().kpis().stream().filter(k -> k.id().equals("money_usd")).findFirst().orElseThrow();
        assertThat(usd.value()).isNull();
        assertThat(usd.detail()).isEqualTo("其中6件金额未知（PatNav 缺少该日适用的收费标准），未计入合计");
        assertThat(written.summary().manifest()).containsEntry("amounts_unknown", 6L);
        String html = Files.readString(out.resolve(WatchlistFiles.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains(UNKNOWN_ZH).contains("其中6件金额未知");
        String ledger = Files.readString(out.resolve("data/ledger.csv"), StandardCharsets.UTF_8);
        // The amount-note column; the calendar caveat column after it is empty for these 2008 US deadlines.
        assertThat(ledger.lines().skip(1)).hasSize(6).allMatch(l -> l.endsWith("," + UNKNOWN_ZH + ","));
        assertThat(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8)).contains(NOTE);
    }

    @Test
    void aReissueInTheWarehouseIsScheduledFromItsOriginalsGrant() throws IOException {
        WatchlistJob job = new WatchlistJob(SharedSpark.get(), options(LocalDate.of(2009, 7, 1)), Progress.SILENT);
        // Original granted 2006-02-14 (parent-grant-document date): the 3.5-year fee is due 2009-08-14.
        assertThat(job.explain("US-RE41001-E")).anyMatch(l -> l.contains("follows the original patent's grant 2006-02-14"))
                .anyMatch(l -> l.contains("the 3.5-year fee (stage 4) falls due in 44 days"));
        // No date on the parent grant: counted from the reissue's own grant, with the caveat.
        assertThat(job.explain("US-RE41002-E")).anyMatch(l -> l.contains("original patent's grant date is not known"));
    }

    @Test
    void theCalendarSaysTheAmountIsUnknown() throws IOException {
        String ics = Files.readString(out.resolve(WatchlistFiles.ICS), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(7);
        assertThat(ics).contains("应缴 " + UNKNOWN_ZH);
    }
}
