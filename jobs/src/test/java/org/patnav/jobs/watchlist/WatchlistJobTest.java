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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.warehouse.FeeSubjects;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.EventRows;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.model.EventCategory;
import org.patnav.model.LegalEvent;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The watchlist over the sample warehouse as of a fixed date, with the demo's registers of term extensions and
 * open licences: the whole {@code watchlist.csv} is pinned in a golden file (rewrite with
 * {@code -Dpatnav.updateGolden=true} after checking a change is intended), counts reconcile, the workbook is
 * typed, and patents known only from fee events are in the ledger.
 */
class WatchlistJobTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Path GOLDEN = Path.of("src/test/resources/org/patnav/jobs/watchlist/watchlist-2026-11-24.csv");
    /** Every letter of the run, each after a line with its file name (rewritten with the ledger's golden). */
    private static final Path LETTERS_GOLDEN = Path.of("src/test/resources/org/patnav/jobs/watchlist/letters-2026-11-24.txt");
    private static final Path REGISTERS = SampleWarehouse.DATA_SAMPLES.resolve("indicators");

    @TempDir
    static Path tmp;
    static WatchlistJob.Result written;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        out = tmp.resolve("watchlist");
        written = new WatchlistJob(SharedSpark.get(), options(SampleWarehouse.get().warehouse.toString(), null, List.of()),
                Progress.SILENT).run(out, "zh");
    }

    static WatchlistJob.Options options(String warehouse, String region, List<String> owners) {
        return new WatchlistJob.Options(warehouse, AS_OF, 90, region, owners, null, null, null,
                REGISTERS.resolve("term-extensions.csv"), REGISTERS.resolve("open-licences.csv"));
    }

    @Test
    void theLedgerMatchesItsGoldenFile() throws IOException {
        String actual = Files.readString(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theLettersMatchTheirGoldenFile() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> letters = Files.list(out.resolve(WatchlistFiles.LETTERS))) {
            for (Path f : letters.sorted().toList()) {
                all.append("=== ").append(f.getFileName()).append('\n').append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.writeString(LETTERS_GOLDEN, all.toString(), StandardCharsets.UTF_8);
        }
        assertThat(all.toString()).isEqualTo(Files.readString(LETTERS_GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void everyApplicationIsAssessedOnceAndTheStatusesAddUp() throws IOException {
        WatchlistJob.Counts r = written.counts();
        assertThat(r.subjects()).isEqualTo(SampleWarehouse.APPLICATIONS);
        assertThat(r.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.subjects());
        List<String> lines = Files.readAllLines(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(SampleWarehouse.APPLICATIONS + 1);
        assertThat(lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count())
                .isEqualTo(SampleWarehouse.APPLICATIONS);
        assertThat(r.byStatus().keySet()).containsExactly(FeeStatus.values());
    }

    @Test
    void theLedgerListsPatentsAtRiskFirstNearestDeadlineFirst() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8);
        List<String> statuses = lines.stream().skip(1).map(l -> l.split(",", -1)[1]).toList();
        List<String> order = List.of("grace", "restorable", "due", "in_force", "pending", "lapsed", "expired");
        for (int i = 1; i < statuses.size(); i++) {
            assertThat(order.indexOf(statuses.get(i))).isGreaterThanOrEqualTo(order.indexOf(statuses.get(i - 1)));
        }
    }

    @Test
    void theWorkbookHasASheetPerStatusWithTypedCells() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve(WatchlistFiles.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4 + FeeStatus.values().length);
            assertThat(wb.getSheetName(1)).isEqualTo("权利人汇总");
            XSSFSheet grace = wb.getSheet("滞纳期内（未见缴费记录） grace");
            assertThat(grace.getLastRowNum()).isEqualTo(written.counts().byStatus().get(FeeStatus.GRACE).intValue());
            assertThat(grace.getRow(0).getCell(0).getStringCellValue()).isEqualTo("公开（公告）号");
            var first = grace.getRow(1);
            assertThat(first.getCell(4).getCellType()).as("next_due_date").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(7).getCellType()).as("amount_due").isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(13).getCellType()).as("value_score").isEqualTo(CellType.NUMERIC);
            // The payment schedule sheet: one typed row per step of every ladder in watchlist.csv.
            XSSFSheet schedule = wb.getSheet("缴费时间表");
            long steps = Files.readAllLines(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8).stream().skip(1)
                    .mapToLong(l -> l.endsWith(",") ? 0 : l.substring(l.lastIndexOf(',') + 1).split("; ").length).sum();
            assertThat(schedule.getLastRowNum()).isEqualTo((int) steps).isPositive();
            var step = schedule.getRow(1);
            assertThat(step.getCell(1).getStringCellValue()).as("the number to quote").startsWith("ZL ");
            assertThat(DateUtil.isCellDateFormatted(step.getCell(6))).as("pay_until").isTrue();
            assertThat(step.getCell(7).getCellType()).as("amount").isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void remindersAndLettersCoverThePatentsAtRisk() throws IOException {
        Map<FeeStatus, Long> n = written.counts().byStatus();
        long atRisk = n.get(FeeStatus.DUE) + n.get(FeeStatus.GRACE) + n.get(FeeStatus.RESTORABLE);
        String ics = Files.readString(out.resolve(WatchlistFiles.ICS), StandardCharsets.UTF_8);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize((int) atRisk + 1);
        try (Stream<Path> letters = Files.list(out.resolve(WatchlistFiles.LETTERS))) {
            List<Path> files = letters.sorted().toList();
            assertThat(files).isNotEmpty();
            String letter = Files.readString(files.getFirst(), StandardCharsets.UTF_8);
            assertThat(letter).startsWith("专利年费缴纳提醒").contains("截至2026年11月24日");
            List<String> texts = files.stream().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(texts).anyMatch(t -> t.contains("贵单位以下")).anyMatch(t -> t.contains("您名下以下"));
        }
        assertThat(written.files()).contains(WatchlistFiles.CSV, WatchlistFiles.XLSX, WatchlistFiles.HTML,
                WatchlistFiles.ICS, "report.json").last().isEqualTo("report.json");
    }

    @Test
    void englishLettersSayTheSame(@TempDir Path dir) throws IOException {
        new WatchlistJob(SharedSpark.get(), options(SampleWarehouse.get().warehouse.toString(), null, List.of()), Progress.SILENT)
                .run(dir, "en");
        String letter;
        try (Stream<Path> letters = Files.list(dir.resolve(WatchlistFiles.LETTERS))) {
            // 上海瑞衡机器人有限公司: CN fees in grace, as in the Chinese golden.
            letter = Files.readString(letters.filter(f -> f.getFileName().toString().contains("上海瑞衡")).findFirst().orElseThrow(),
                    StandardCharsets.UTF_8);
        }
        assertThat(letter).contains("Patent number ZL 2018 1 9432937.1", "no payment on record as of 2026-11-24",
                "Paid by 2027-02-15: RMB 2,500", "专利法实施细则 Rule 98", "the office's notice prevails");
    }

    @Test
    void aDeadlinePastTheHolidayCalendarIsLabelledInEveryOutput() throws IOException {
        // The CN calendar lists the State Council notices 2021-2026 (holidays-CN.tsv): a deadline in 2027 moved
        // off weekends only. US deadlines follow the statute (5 U.S.C. 6103) in every year; EP has no calendar.
        List<String> lines = Files.readAllLines(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").split(","));
        int caveat = header.indexOf("calendar_caveat");
        // Cells by column name (a quoted title may hold commas).
        List<String[]> rows = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(String.join("\n", lines).replace("\uFEFF", "")))) {
            for (var record : parser) {
                rows.add(new String[] {record.get("pub_id"), record.get("status"), "", "", record.get("next_due_date"),
                        record.get("calendar_caveat")});
            }
        }
        String[] cn = rows.stream().filter(r -> r[0].startsWith("CN-") && r[1].equals("due")
                && r[5].equals("not_yet_published")).findFirst().orElseThrow();
        assertThat(cn[4]).as("next_due_date").startsWith("2027-");
        assertThat(rows).filteredOn(r -> r[0].startsWith("CN-") && r[1].equals("due") && r[4].startsWith("2026-"))
                .isNotEmpty().allMatch(r -> r[5].isEmpty());
        assertThat(rows).filteredOn(r -> r[0].startsWith("US-")).allMatch(r -> r[5].isEmpty());
        long atRisk = rows.stream().filter(r -> List.of("due", "grace", "restorable").contains(r[1]) && !r[5].isEmpty()).count();
        String label = "节假日安排尚未公布，仅按周末顺延";

        try (InputStream in = Files.newInputStream(out.resolve(WatchlistFiles.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet due = wb.getSheet("年费即将到期 due");
            assertThat(due.getRow(0).getCell(caveat).getStringCellValue()).isEqualTo("节假日安排");
            boolean found = false;
            for (int i = 1; i <= due.getLastRowNum(); i++) {
                if (due.getRow(i).getCell(0).getStringCellValue().equals(cn[0])) {
                    assertThat(due.getRow(i).getCell(caveat).getStringCellValue()).isEqualTo(label);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        String html = Files.readString(out.resolve(WatchlistFiles.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains(label).contains(atRisk + "件风险专利的期限所在年度不在节假日日历内").contains("已收录2021–2026年");
        // Lines of an .ics file are folded at 75 octets (RFC 5545 3.1): unfold before searching.
        String ics = Files.readString(out.resolve(WatchlistFiles.ICS), StandardCharsets.UTF_8).replace("\r\n ", "");
        List<String> events = List.of(ics.split("BEGIN:VEVENT"));
        assertThat(events).filteredOn(e -> e.contains("UID:" + cn[0] + "-due-")).singleElement()
                .asString().contains("注意：" + label);
        try (Stream<Path> letters = Files.list(out.resolve(WatchlistFiles.LETTERS))) {
            String letter = letters.map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(t -> t.contains(cn[0])).findFirst().orElseThrow();
            List<String> letterLines = letter.lines().toList();
            int at = 0;
            while (!letterLines.get(at).contains(cn[0])) {
                at++;
            }
            LocalDate due = LocalDate.parse(cn[4]);
            assertThat(letterLines.get(at + 1)).contains("缴费期限为" + due.getYear() + "年" + due.getMonthValue() + "月"
                    + due.getDayOfMonth() + "日");
            // The caveat follows the patent's payment steps, before the next patent.
            int next = at + 2;
            while (letterLines.get(next).startsWith("　　在 ")) {
                next++;
            }
            assertThat(next).isGreaterThan(at + 2);
            assertThat(letterLines.get(next)).isEqualTo("　　注：该期限" + label + "，请留意届时公布的节假日安排。");
        }
        String manifest = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"calendar_caveats_at_risk\"").contains("not_yet_published").contains("by statute");
        List<String> explain = new WatchlistJob(SharedSpark.get(), options(SampleWarehouse.get().warehouse.toString(), null,
                List.of()), Progress.SILENT).explain(cn[0]);
        assertThat(explain).contains("  CALENDAR: holiday calendar not yet published \u2014 weekend shift only")
                .anyMatch(l -> l.contains("the CN holiday calendar does not cover 2027 (it covers 2021\u20132026)"));
    }

    @Test
    void aRegionScopeKeepsOnlyItsOwnersAndTheRunLeavesNothingCached(@TempDir Path dir) throws IOException {
        SparkSession spark = SharedSpark.get();
        Set<Integer> cached = Set.copyOf(JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().keySet());
        WatchlistJob.Result r = new WatchlistJob(spark, options(SampleWarehouse.get().warehouse.toString(),
                "341600", List.of()), Progress.SILENT).run(dir, "zh");
        List<String> regions = records(dir).stream().map(x -> x.get("region_code")).distinct().toList();
        assertThat(r.counts().subjects()).isPositive().isLessThan(SampleWarehouse.APPLICATIONS);
        assertThat(regions).isNotEmpty().allMatch(code -> code.startsWith("3416"));
        // The result is counts and paths: the ranked rows were unpersisted and their view dropped before it returned.
        assertThat(JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().keySet()).isEqualTo(cached);
        assertThat(spark.catalog().tableExists(WatchlistJob.VIEW)).isFalse();
        assertThat(r.directory()).isEqualTo(dir);
        assertThat(r.files()).contains(WatchlistFiles.CSV).last().isEqualTo("report.json");
    }

    /** The rows of a run's {@code watchlist.csv}, cells by column name. */
    private static List<CSVRecord> records(Path dir) throws IOException {
        String text = Files.readString(dir.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void explainGivesTheRuleLinesOfOnePatent() throws IOException {
        String pub = Files.readAllLines(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8).get(1).split(",")[0].replace("\uFEFF", "");
        List<String> lines = new WatchlistJob(SharedSpark.get(), options(SampleWarehouse.get().warehouse.toString(), null,
                List.of()), Progress.SILENT).explain(pub);
        assertThat(lines.getFirst()).startsWith(pub + " (patents): grace since ");
        assertThat(lines).anyMatch(l -> l.contains("in grace until"));
    }

    @Test
    void aStatedFeeReductionLowersTheFeeButNotTheLateFee(@TempDir Path dir) throws IOException {
        // CN-114403820-B: filed 2020-05-25, granted in patent year 4, year 7 (2,000 yuan) in grace, month 6.
        // 财税〔2016〕78号: 85% off for a single owner, years 4-9; the late fee is 25% of the full fee.
        Path file = dir.resolve("reductions.csv");
        Files.writeString(file, "\uFEFFid,reduction\nCN-114403820-B,single\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("watchlist");
        new WatchlistJob(SharedSpark.get(), new WatchlistJob.Options(SampleWarehouse.get().warehouse.toString(), AS_OF, 90,
                null, List.of(), null, null, file, null, null), Progress.SILENT).run(out, "zh");
        CSVRecord row = records(out).stream().filter(x -> x.get("pub_id").equals("CN-114403820-B")).findFirst().orElseThrow();
        assertThat(row.get("status")).isEqualTo("grace");
        assertThat(row.get("amount_due")).isEqualTo("800.00");
    }

    @Test
    void theRegistersMoveTermEndsAndLowerTheFeesDuringAnOpenLicence() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(WatchlistFiles.CSV), StandardCharsets.UTF_8);
        // 专利法 第四十二条第三款 (data-samples/indicators/term-extensions.csv): filed 2019-02-12, 189 days after
        // 2039-02-11, to the last day fourteen years after the approval on 2025-08-20.
        assertThat(column(lines, "CN-113231808-B", "term_end")).isEqualTo("2039-08-19");
        // 第四十二条第二款: two days after 2038-07-05.
        assertThat(column(lines, "CN-113269197-B", "term_end")).isEqualTo("2038-07-07");
        // 第五十一条第二款, 15% (fee-rules.tsv CN-594): CN-113231808-B, declared 2022-09-15, year 9 due 2027-02-12,
        // 2,000 yuan less 15%; CN-117889085-B, declared 2023-04-20, year 6 due 2026-12-21, 1,200 less 15%.
        assertThat(column(lines, "CN-113231808-B", "amount_due")).isEqualTo("1700.00");
        assertThat(column(lines, "CN-117889085-B", "amount_due")).isEqualTo("1020.00");
        // CN-109530524-B's declaration was withdrawn on 2025-06-30: year 12 due 2027-01-12 pays the full 4,000.
        assertThat(column(lines, "CN-109530524-B", "amount_due")).isEqualTo("4000.00");
        List<String> why = new WatchlistJob(SharedSpark.get(), options(SampleWarehouse.get().warehouse.toString(), null,
                List.of()), Progress.SILENT).explain("CN-113231808-B");
        assertThat(why).anyMatch(l -> l.contains("term compensation, 专利法 第四十二条第三款") && l.contains("2039-02-11 -> 2039-08-19"))
                .anyMatch(l -> l.contains("the 189 days of term compensation after year 20 are less than a year: no fee"))
                .anyMatch(l -> l.contains("open-licence reduction 15%"));
    }

    private static String column(List<String> csv, String pubId, String column) {
        List<String> header = List.of(csv.getFirst().replace("\uFEFF", "").split(",", -1));
        String line = csv.stream().filter(l -> l.startsWith(pubId + ",")).findFirst().orElseThrow();
        return line.split(",", -1)[header.indexOf(column)];
    }

    @Test
    void aBadTermExtensionLineStopsTheJobBeforeAnySparkWork(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("term-extensions.csv");
        Files.writeString(file, "patent,kind,days,decision_date,source,approval_date,filing_date\n"
                + "CN113231808B,drug_term_compensation,190,2026-03-18,决定,2025-08-20,2019-02-12\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WatchlistJob(SharedSpark.get(), new WatchlistJob.Options(
                        SampleWarehouse.get().warehouse.toString(), AS_OF, 90, null, List.of(), null, null, null, file, null),
                        Progress.SILENT))
                .hasMessageStartingWith(file + " line 2: ").hasMessageContaining("14 years after the approval");
    }

    @Test
    void aBadReductionsLineIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reductions.csv");
        Files.writeString(file, "id,reduction\nCN-114403820-B,half\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeeSubjects.readReductions(file))
                .hasMessageContaining("line 2").hasMessageContaining("single or joint");
    }

    @Test
    void patentsKnownOnlyFromFeeEventsAreInTheLedger(@TempDir Path dir) throws IOException {
        SparkSession spark = SharedSpark.get();
        Path copy = SampleWarehouse.get().copy(dir.resolve("w"));
        // A fee-file patent the warehouse holds no document of: granted 2019-04-02, 3.5-year fee unpaid.
        LegalEvent reminder = new LegalEvent("US", null, "US-10249999", "US-15123456", LocalDate.of(2022, 10, 17), "REM.",
                EventCategory.FEE_REMINDER, null, null, "small", null, null, LocalDate.of(2016, 7, 1),
                LocalDate.of(2019, 4, 2), new SourceRef(SourceFormat.USPTO_MAINTFEE, "MaintFeeEvents_test.txt", "line 1"), List.of(),
                List.of(), List.of());
        spark.createDataFrame(List.of(EventRows.toRow(reminder)), EventRows.SCHEMA).write().format("delta")
                .mode(SaveMode.Append).save(copy.resolve("events").toString());
        // As an ingest commits it: a snapshot naming the events' new version.
        Warehouse w = new Warehouse(copy.toString(), new org.apache.hadoop.conf.Configuration());
        com.fasterxml.jackson.databind.node.ObjectNode next =
                (com.fasterxml.jackson.databind.node.ObjectNode) w.snapshot().orElseThrow().deepCopy();
        next.put("number", next.get("number").asLong() + 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) next.get("tables").get(Warehouse.EVENTS))
                .put("version", w.latestVersion(spark, Warehouse.EVENTS));
        w.commit(next);
        Path out = dir.resolve("watchlist");
        WatchlistJob.Result r = new WatchlistJob(spark, options(copy.toString(), null, List.of()), Progress.SILENT).run(out, "zh");
        List<CSVRecord> row = records(out).stream().filter(x -> x.get("pub_id").equals("US-10249999")).toList();
        assertThat(r.counts().feeEventOnly()).isEqualTo(1);
        assertThat(r.counts().subjects()).isEqualTo(SampleWarehouse.APPLICATIONS + 1);
        assertThat(row).hasSize(1);
        // Window closed 2022-10-02 (a Sunday, so 2022-10-03); unpaid through the grace period, the patent
        // expired as of 2023-04-02 and the 24 months of reinstatement ran out in 2025.
        assertThat(row.getFirst().get("status")).isEqualTo("lapsed");
        assertThat(row.getFirst().get("known_from")).isEqualTo("fee_events");
        assertThat(row.getFirst().get("status_since")).isEqualTo("2023-04-02");
    }
}
