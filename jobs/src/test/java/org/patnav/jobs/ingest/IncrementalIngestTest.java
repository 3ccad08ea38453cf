package org.patnav.jobs.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.analytics.fees.FeeStatusChange;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.watchlist.WatchlistJob;

/**
 * Issue 14's rule for incremental ingest: the sample world ingested in two runs (A, then B added) gives the
 * same tables as the one run over all of it that {@link SampleWarehouse} made; each run's counts reconcile on
 * its own and add up to the single run's; files already ingested are skipped, under any name; a file ingested
 * again with new content replaces its earlier records.
 */
class IncrementalIngestTest {

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static SampleWarehouse sample;
    private static Path twoRuns;
    private static IngestJob.Result first;
    private static IngestJob.Result second;

    @BeforeAll
    static void ingestInTwoRuns() throws IOException {
        sample = SampleWarehouse.get();
        spark = SharedSpark.get();
        Path world = sample.world;
        List<String> uspto;
        try (Stream<Path> files = Files.list(world.resolve("uspto"))) {
            uspto = files.map(Path::toString).sorted().toList();
        }
        // Run A: the Chinese exports, half the USPTO weeks and the fee code table. Run B: the rest, whose Google rows
        // merge into A's export and full-text rows, whose fee events need A's code descriptions, and whose
        // PatentsView rows merge into full text of both halves.
        List<String> a = new ArrayList<>(List.of(world.resolve("cn-export").toString(),
                world.resolve("maintfee/MaintFeeEventsDesc_20261117.txt").toString()));
        a.addAll(uspto.subList(0, uspto.size() / 2));
        List<String> b = new ArrayList<>(List.of(world.resolve("google").toString(), world.resolve("patentsview").toString(),
                world.resolve("trademarks").toString(), world.resolve("maintfee/MaintFeeEvents_20261117.txt").toString()));
        b.addAll(uspto.subList(uspto.size() / 2, uspto.size()));
        twoRuns = tmp.resolve("w");
        first = ingest(a, false);
        second = ingest(b, false);
    }

    private static IngestJob.Result ingest(List<String> inputs, boolean replace) throws IOException {
        Path data = SampleWarehouse.DATA_SAMPLES;
        return new IngestJob(spark, new IngestJob.Options(inputs, twoRuns.toString(), data.resolve("divisions").toString(),
                data.resolve("aliases.tsv").toString(), null, replace), Progress.SILENT).run();
    }

    @Test
    void twoRunsGiveTheTablesOfOne() throws IOException {
        Warehouse incremental = new Warehouse(twoRuns.toString(), new Configuration());
        Warehouse single = new Warehouse(sample.warehouse.toString(), new Configuration());
        for (String table : List.of(Warehouse.PATENTS, Warehouse.EVENTS, Warehouse.TRADEMARKS, Warehouse.REJECTS)) {
            assertThat(rows(incremental, table)).as(table).isEqualTo(rows(single, table));
        }
        assertThat(second.mode()).isEqualTo("incremental");
        assertThat(second.snapshot()).isEqualTo(first.snapshot() + 1);
    }

    @Test
    void eachRunReconcilesAndTogetherTheyCountWhatOneRunCounts() {
        assertThat(first.counts()).allMatch(IngestCounts.Line::reconciles);
        assertThat(second.counts()).allMatch(IngestCounts.Line::reconciles);
        long[] both = totals(first.counts());
        long[] one = totals(sample.ingest.counts());
        long[] two = totals(second.counts());
        for (int i = 0; i < 4; i++) {
            both[i] += two[i];
        }
        // Read and rejected add up exactly; a record of B that joins a row of A is merged where the single run
        // wrote it (B's Google row can be the best-ranked source of a row A's export started), so only the sum of
        // written and merged is the single run's.
        assertThat(both[0]).isEqualTo(one[0]);
        assertThat(both[3]).isEqualTo(one[3]);
        assertThat(both[1] + both[2]).isEqualTo(one[1] + one[2]);
    }

    @Test
    void filesAlreadyIngestedAreSkippedUnderAnyNameAndCommitNothing() throws IOException {
        Path renamed = Files.copy(sample.world.resolve("cn-export/cnipa-search-001.csv"), tmp.resolve("copy-of-cnipa.csv"));
        Warehouse w = new Warehouse(twoRuns.toString(), new Configuration());
        long before = w.latestSnapshot().orElseThrow().number();
        IngestJob.Result again = ingest(List.of(sample.world.resolve("google").toString(), renamed.toString()), false);
        assertThat(again.snapshot()).isNull();
        assertThat(again.skippedFiles()).hasSize(3).anyMatch(p -> p.endsWith("/copy-of-cnipa.csv"));
        assertThat(w.latestSnapshot().orElseThrow().number()).isEqualTo(before);
    }

    @Test
    void aFileIngestedAgainWithNewContentReplacesItsRecords(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("export.csv");
        // Two applications of the sample's CNIPA export, as the platform wrote them.
        // (The generator breaks some of its rows on purpose, one with bytes that are not UTF-8: those are left out.)
        List<String> lines = new String(Files.readAllBytes(sample.world.resolve("cn-export/cnipa-search-001.csv")), UTF_8)
                .lines().toList();
        String header = lines.get(0);
        List<String> two = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.contains("\"") && !line.contains("\uFFFD") && (two.isEmpty() || !line.split(",")[0].equals(two.get(0).split(",")[0]))) {
                two.add(line);
            }
            if (two.size() == 2) {
                break;
            }
        }
        String title = two.get(0).split(",")[5];
        Files.writeString(csv, header + "\n" + two.get(0) + "\n" + two.get(1) + "\n", UTF_8);
        String w = dir.resolve("w").toString();
        IngestJob.Result one = new IngestJob(spark, new IngestJob.Options(List.of(csv.toString()), w, null, null, null),
                Progress.SILENT).run();
        assertThat(one.patents()).isEqualTo(2);
        // The platform re-exported the file: the first record corrected, the second withdrawn.
        Files.writeString(csv, header + "\n" + two.get(0).replace("," + title + ",", ",改进的" + title + ",") + "\n", UTF_8);
        IngestJob.Result rerun = new IngestJob(spark, new IngestJob.Options(List.of(csv.toString()), w, null, null, null),
                Progress.SILENT).run();
        assertThat(rerun.changedFiles()).hasSize(1);
        assertThat(rerun.counts()).allMatch(IngestCounts.Line::reconciles);
        Warehouse warehouse = new Warehouse(w, new Configuration());
        List<Row> patents = warehouse.read(spark, Warehouse.PATENTS).select("pub_id", "title").collectAsList();
        assertThat(patents).hasSize(1);
        assertThat(patents.get(0).getMap(1).toString()).contains("改进的" + title);
        // The snapshot before still reads the two rows it committed.
        Warehouse.Snapshot earlier = warehouse.at(String.valueOf(one.snapshot())).currentSnapshot().orElseThrow();
        assertThat(earlier.number()).isEqualTo(one.snapshot());
        assertThat(warehouse.read(spark, earlier, Warehouse.PATENTS).select("pub_id").collectAsList())
                .as("patents at version %d", earlier.version(Warehouse.PATENTS)).hasSize(2);
    }

    @Test
    void theWatchlistSinceTheFirstSnapshotListsWhatTheSecondChanged(@TempDir Path out) throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WatchlistJob.Result r = new WatchlistJob(spark, new WatchlistJob.Options(twoRuns.toString(), today, 90, null,
                List.of(), null, null, null, null, null, null, String.valueOf(first.snapshot())), Progress.SILENT)
                .run(out.resolve("watchlist"), "zh");
        assertThat(r.files()).contains("changes.csv");
        JsonNode since = new ObjectMapper().readTree(out.resolve("watchlist/report.json").toFile()).path("since");
        assertThat(since.path("snapshot").asLong()).isEqualTo(first.snapshot());
        long listed = 0;
        for (FeeStatusChange c : FeeStatusChange.values()) {
            listed += since.path("changes").path(c.id()).asLong();
        }
        // Run B brought the second half of the USPTO weeks: their grants are new since snapshot 1.
        assertThat(since.path("changes").path("newly_granted").asLong()).isPositive();
        List<String> csv = Files.readAllLines(out.resolve("watchlist/changes.csv"), UTF_8);
        assertThat(csv).hasSize((int) listed + 1);
        assertThat(Files.readString(out.resolve("watchlist/summary.html"), UTF_8)).contains("六、较上期的变化", "新授权");
    }

    private static long[] totals(List<IngestCounts.Line> lines) {
        long[] t = new long[4];
        for (IngestCounts.Line l : lines) {
            if (l.table().equals("files")) {
                continue;
            }
            t[0] += l.read();
            t[1] += l.written();
            t[2] += l.merged();
            t[3] += l.rejected();
        }
        return t;
    }

    /** A table's rows as JSON, sorted: equal tables give equal lists. */
    private static List<String> rows(Warehouse w, String table) {
        Dataset<Row> t = w.read(spark, table);
        List<String> out = new ArrayList<>(t.toJSON().collectAsList());
        out.sort(null);
        return out;
    }
}
