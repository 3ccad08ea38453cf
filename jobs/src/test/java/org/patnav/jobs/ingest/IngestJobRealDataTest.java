package org.patnav.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.RealData;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * The ingest job end to end on real USPTO files: weekly XML (with sequence listings and an
 * unsupported PAP file among them), the maintenance-fee sample with its code table, and one grant
 * given twice, so every count of the reconciliation is exercised.
 */
class IngestJobRealDataTest {

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path tmp;

    private IngestJob.Result ingest(Path warehouse, List<String> inputs) throws IOException {
        return new IngestJob(spark, new IngestJob.Options(inputs, warehouse.toString(), null, null, null),
                Progress.SILENT).run();
    }

    private List<String> inputs() throws IOException {
        Path twice = Files.createDirectories(tmp.resolve("twice"));
        Path grant = RealData.path("uspto-fulltext-xml/xml2014/US08926509.xml");
        Files.copy(grant, twice.resolve("copy-a.xml"));
        Files.copy(grant, twice.resolve("copy-b.xml"));
        return List.of(RealData.path("uspto-weekly-concat-xml").toString(),
                RealData.path("uspto-maintfee").toString(), twice.toString());
    }

    @Test
    void countsReconcilePerFormat() throws IOException {
        IngestJob.Result r = ingest(tmp.resolve("w"), inputs());

        assertThat(r.counts()).containsExactly(
                new IngestCounts.Line("unknown", "files", 2, 0, 0, 2),
                new IngestCounts.Line("uspto-maintfee", "events", 164, 163, 1, 0),
                new IngestCounts.Line("uspto-xml", "patents", 82, 79, 1, 2));
        assertThat(r.patents()).isEqualTo(79);
        assertThat(r.events()).isEqualTo(163);
        assertThat(r.rejects()).isEqualTo(4);
        assertThat(r.unusableFiles()).containsEntry("UNSUPPORTED_FORMAT", 1L).containsEntry("UNRECOGNISED_FORMAT", 1L);
        assertThat(r.reportPath()).contains("/_runs/" + r.runId() + ".json");
        assertThat(new Warehouse(tmp.resolve("w").toString(), new Configuration()).snapshots()).hasSize(1);
        assertThat(Files.exists(tmp.resolve("w/_staging"))).isFalse();
    }

    @Test
    void trademarkStatusDocumentsBecomeOneRowPerMark() throws IOException {
        // Six marks, each as ST.66 and ST.96 and two also in the older ST.96 namespace: 14 documents.
        IngestJob.Result r = ingest(tmp.resolve("w"), List.of(RealData.path("uspto-trademark-tsdr-xml").toString()));
        assertThat(r.counts()).containsExactly(new IngestCounts.Line("uspto-tsdr", "trademarks", 14, 6, 8, 0));
        assertThat(r.trademarks()).isEqualTo(6);
        List<Row> rows = new Warehouse(tmp.resolve("w").toString(), new Configuration()).read(spark, Warehouse.TRADEMARKS)
                .select("trademark_id", "mark_text", "nice_classes", "status_code", "owners.name").orderBy("trademark_id")
                .collectAsList();
        assertThat(rows.stream().map(x -> x.getString(0) + " " + x.getString(1) + " " + x.getList(2) + " " + x.getString(3)
                + " " + x.getList(4)).toList()).containsExactly(
                "US-74631225 JAVA [9] 800 [ORACLE AMERICA INC]",
                "US-77478018 null [14, 25, 30] 701 [HAYDEL S BAKERY]",
                "US-77658723 THE BLUEBOOK A UNIFORM SYSTEM OF CITATION [16, 41] 702 [COLUMBIA LAW REVIEW ASSOCIATION INC,"
                        + " HARVARD LAW REVIEW ASSOCIATION, UNIV OF PENNSYLVANIA LAW REVIEW, YALE LAW JOURNAL]",
                "US-78002299 MYSQL [9] 800 [MYSQL AB]",
                "US-85334015 ULTRABOOK [9] 700 [INTEL CORP]",
                "US-87881347 BURGER ADDICT [43] 680 [BURGER ADDICT RENTON LLC]");
    }

    @Test
    void mergedRowsKeepTheirProvenanceAndEventsTheirDescriptions() throws IOException {
        ingest(tmp.resolve("w"), inputs());
        Row grant = new Warehouse(tmp.resolve("w").toString(), new Configuration()).read(spark, Warehouse.PATENTS)
                .filter("pub_id = 'US-8926509-B2'").select("source.file", "merged_from").first();
        assertThat(grant.getString(0)).endsWith("twice/copy-a.xml");
        assertThat(grant.<Row>getList(1)).hasSize(1);
        assertThat(grant.<Row>getList(1).get(0).getString(1)).endsWith("twice/copy-b.xml");

        Row fee = spark.read().parquet(tmp.resolve("w/events").toString())
                .filter("patent_key = 'US-4287053' and code = 'M170'")
                .select("category", "fee_year", "description", "event_date").first();
        assertThat(fee.getString(0)).isEqualTo("fee_paid");
        assertThat(fee.getInt(1)).isEqualTo(4);
        assertThat(fee.getString(2)).isEqualTo("Payment of Maintenance Fee, 4th Year, PL 96-517.");
        assertThat(fee.get(3).toString()).isEqualTo("1985-02-11");
    }

    @Test
    void theSameIngestTwiceGivesTheSameTables() throws IOException {
        List<String> inputs = inputs();
        ingest(tmp.resolve("w1"), inputs);
        ingest(tmp.resolve("w2"), inputs);
        for (String table : List.of("patents", "events", "rejects")) {
            assertThat(contents(tmp.resolve("w2"), table)).as(table).isEqualTo(contents(tmp.resolve("w1"), table));
        }
    }

    @Test
    void aFailedRunLeavesThePreviousWarehouseIntact() throws IOException {
        Path w = tmp.resolve("w");
        ingest(w, inputs());
        List<String> before = contents(w, "patents");
        List<Warehouse.Snapshot> snapshots = new Warehouse(w.toString(), new Configuration()).snapshots();

        assertThatThrownBy(() -> ingest(w, List.of(tmp.resolve("does-not-exist").toString())))
                .hasMessageContaining("input not found");
        assertThat(contents(w, "patents")).isEqualTo(before);
        assertThat(new Warehouse(w.toString(), new Configuration()).snapshots()).isEqualTo(snapshots);
    }

    private List<String> contents(Path warehouse, String table) {
        Dataset<Row> rows = new Warehouse(warehouse.toString(), new Configuration()).read(spark, table);
        return rows.toJSON().collectAsList().stream().sorted().toList();
    }
}
