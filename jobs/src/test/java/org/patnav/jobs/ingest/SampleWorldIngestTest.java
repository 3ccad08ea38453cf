package org.patnav.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;

/**
 * Golden end-to-end run: {@code samples} then {@code ingest}, as the demo does. The counter table is
 * pinned in {@code bozhou-400-counts.tsv}; every record the generator broke on purpose must come back
 * as the reject its ground truth names; a few rows are checked field by field. The committed
 * data-samples/bozhou must be exactly what the generator writes today.
 */
class SampleWorldIngestTest {

    private static SparkSession spark;
    private static Path world;
    private static Path warehouse;
    private static IngestJob.Result result;

    @BeforeAll
    static void samplesThenIngest() {
        SampleWarehouse sample = SampleWarehouse.get();
        spark = SharedSpark.get();
        world = sample.world;
        warehouse = sample.warehouse;
        result = sample.ingest;
    }

    @Test
    void counterTableMatchesTheGoldenFile() throws IOException {
        List<String> actual = new ArrayList<>();
        actual.add("format\ttable\tread\twritten\tmerged\trejected");
        for (IngestCounts.Line l : result.counts()) {
            actual.add(String.join("\t", l.format(), l.table(), Long.toString(l.read()), Long.toString(l.written()),
                    Long.toString(l.merged()), Long.toString(l.rejected())));
        }
        actual.add(String.format(Locale.ROOT, "tables\tpatents=%d\tevents=%d\ttrademarks=%d\trejects=%d",
                result.patents(), result.events(), result.trademarks(), result.rejects()));
        Path golden = Path.of("src/test/resources/org/patnav/jobs/ingest/bozhou-400-counts.tsv");
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readAllLines(golden, StandardCharsets.UTF_8));
        assertThat(result.counts()).allMatch(IngestCounts.Line::reconciles);
    }

    @Test
    void everyPlantedRecordIsRejectedWithItsReason() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(world.resolve("ground-truth-rejects.csv")).subList(1, 9)) {
            String[] f = line.split(",", 4);
            expected.put(f[0] + " @ " + f[1], f[2]);
        }
        // The trademark part's broken records (not in the patent world's ground truth; see TrademarkSamples).
        expected.put("trademarks/cn/qcc-trademarks-001.csv @ line 5", "MISSING_FIELD");
        expected.put("trademarks/cn/qcc-trademarks-001.csv @ line 44", "INVALID_DATE");
        expected.put("trademarks/us-casefiles/owner.csv @ line 33", "UNMATCHED_ROWS");
        Map<String, String> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(warehouse.resolve("rejects").toString())
                .select("source_file", "locator", "reason_code").collectAsList()) {
            String file = world.relativize(Path.of(r.getString(0).replace("file:", ""))).toString();
            String member = file.contains("!/") ? file.substring(0, file.indexOf("!/")) : file;
            String locator = r.getString(1);
            // The ground truth names one part of the locator ("line 4", "doc 2"); the reject may add
            // others ("record 3, line 4", "doc 2, line 268, byte 9323").
            List<String> parts = List.of(locator.split(", "));
            String key = expected.keySet().stream()
                    .filter(k -> k.startsWith(member + " @ ") && parts.contains(k.substring(k.indexOf(" @ ") + 3)))
                    .findFirst().orElse(member + " @ " + locator);
            actual.put(key, r.getString(2));
        }
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * A row of a joined table rejected when joined (after Spark shuffled it) shows its line as the file holds it:
     * the same text in every run, not its fields in whatever order the shuffle left them.
     */
    @Test
    void aJoinedTablesRejectShowsItsRawLine() throws IOException {
        Row reject = spark.read().parquet(warehouse.resolve("rejects").toString())
                .filter("reason_code = 'UNMATCHED_ROWS' AND source_file LIKE '%g_cpc_current%'")
                .select("locator", "excerpt").first();
        int line = Integer.parseInt(reject.getString(0).replace("line ", ""));
        String raw;
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(
                world.resolve("patentsview/g_cpc_current.tsv.zip")))) {
            zip.getNextEntry();
            raw = new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")[line - 1];
        }
        assertThat(reject.getString(1)).isEqualTo(org.patnav.model.Reject.excerpt(raw));
    }

    @Test
    void aBozhouPatentMergedFromTheExportAndGoogle() {
        Row row = spark.read().parquet(warehouse.resolve("patents").toString())
                .filter("pub_id = 'CN-119200132-A'")
                .selectExpr("application_number", "patent_type", "cast(filing_date as string)",
                        "applicants[0].name", "applicants[0].type", "applicants[0].region_code", "source.format",
                        "size(merged_from)", "title['zh'] is not null and title['en'] is not null")
                .first();
        assertThat(row.toString()).isEqualTo(
                "[202313260095.9,invention,2023-07-13,亳州市华佗中药饮片有限公司,company,341602,cn-export,2,true]");
    }

    @Test
    void aUsGrantFromFullTextPatentsViewAndGoogle() {
        Row row = spark.read().parquet(warehouse.resolve("patents").toString())
                .filter("pub_id = 'US-10034628-B1'")
                .selectExpr("source.format", "transform(merged_from, m -> m.format)", "assignees[0].name",
                        "assignees[0].country", "entity_status", "size(cpc)", "size(citations)")
                .first();
        assertThat(row.toString()).isEqualTo(
                "[uspto-xml,ArraySeq(google-json, google-json, patentsview-tsv),HOSHINO ENERGY DEVICES CORP,JP,small,3,6]");
    }

    @Test
    void aLapseFromAChineseLegalStatusAndAUsFeePayment() {
        Row lapse = spark.read().parquet(warehouse.resolve("events").toString())
                .filter("pub_id = 'CN-103128861-B'")
                .selectExpr("code", "category", "cast(event_date as string)", "application_id").first();
        assertThat(lapse.toString()).isEqualTo("[未缴年费专利权终止,lapse,2021-10-27,CN-201014371206]");
        long feePaid = spark.read().parquet(warehouse.resolve("events").toString())
                .filter("category = 'fee_paid' and fee_year = 4 and description is not null").count();
        assertThat(feePaid).isEqualTo(56);
    }

    @Test
    void trademarksOfBothNewFormatsAreWrittenWithReconciledCounts() {
        assertThat(result.counts()).filteredOn(l -> l.table().equals("trademarks")).containsExactly(
                new IngestCounts.Line("cn-tm-export", "trademarks", 102, 100, 0, 2),
                new IngestCounts.Line("uspto-tm-casefiles", "trademarks", 16, 15, 0, 1));
        assertThat(result.trademarks()).isEqualTo(115);
        Row row = spark.read().parquet(warehouse.resolve("trademarks").toString())
                .filter("trademark_id = 'CN-36696872'")
                .selectExpr("mark_text", "nice_classes", "owners[0].name", "owners[0].region_code",
                        "cast(expiry_date as string)", "status_code", "live", "source.format")
                .first();
        assertThat(row.toString()).isEqualTo("[老子源,ArraySeq(7),安徽蒙城锐进机器人有限公司,341622,2026-09-16,宽展,true,cn-tm-export]");
    }

    @Test
    void theCommittedSampleSetIsWhatTheGeneratorWrites() throws IOException {
        Path committed = SampleWarehouse.DATA_SAMPLES.resolve("bozhou");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(world)) {
            files = walk.filter(Files::isRegularFile).map(world::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(committed)) {
            assertThat(walk.filter(Files::isRegularFile).map(committed::relativize).sorted().toList())
                    .isEqualTo(files);
        }
        for (Path f : files) {
            assertThat(Files.readAllBytes(committed.resolve(f))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(world.resolve(f)));
        }
    }
}
