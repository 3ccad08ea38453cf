package org.patnav.jobs.facts;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.ApplicationFacts;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * Builds the fact table {@code W/facts} (see {@link ApplicationFacts}) once per warehouse snapshot and
 * sector membership: {@code patents} is scanned once (persisted for the four uses the build has), the
 * table is staged and swapped in like every warehouse table, and {@code _facts.json} names the snapshot
 * and the sector membership it was built from.
 */
public final class FactsJob {

    /** @param snapshot the snapshot to build from (id or number), or null for the latest */
    public record Options(String warehouse, String snapshot) {
        public Options(String warehouse) {
            this(warehouse, null);
        }
    }

    public record Result(String snapshotId, long applications, String location, Duration elapsed) {
    }

    /** Applications per output file: small warehouses get one file, large ones files of a useful size. */
    private static final long ROWS_PER_FILE = 250_000;
    /**
     * Row groups of some 8 MB (Parquet's default is 128 MB): the landscape reads its sector's rows on the
     * driver one row group per thread (FactFiles), so a file of 100,000 applications is read by every core
     * instead of one.
     */
    private static final long ROW_GROUP_BYTES = 8L << 20;

    private final SparkSession spark;
    private final Options options;
    private final Progress progress;

    public FactsJob(SparkSession spark, Options options, Progress progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public Result run() throws IOException {
        Warehouse w = new Warehouse(options.warehouse(), spark.sparkContext().hadoopConfiguration()).at(options.snapshot());
        try (Warehouse.WriterLock lock = w.lockForWriting(Warehouse.runId("facts", Instant.now()))) {
            return JobGroup.run(spark, "patnav-facts", "fact table of " + options.warehouse(), this::runInGroup);
        }
    }

    private Result runInGroup() throws IOException {
        Instant started = Instant.now();
        Warehouse w = new Warehouse(options.warehouse(), spark.sparkContext().hadoopConfiguration()).at(options.snapshot());
        String snapshot = w.snapshotId().orElseThrow(() -> new IllegalStateException(
                "no ingested warehouse at " + w.location() + " (run ./patnav ingest first)"));
        progress.stage("building the fact table (one row per application)");
        Dataset<Row> publications = ApplicationFacts.publications(spark, w).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long count = publications.count();
            int files = (int) Math.max(1, Math.min(64, count / ROWS_PER_FILE + 1));
            String runId = Warehouse.runId("facts", started);
            String staged = w.stagingTable(runId, ApplicationFacts.TABLE);
            Dataset<Row> facts = ApplicationFacts.build(spark, w, publications);
            // Sorted by sector membership within each file: a sector's rows then fill row groups of their own,
            // whose min and max of sectors let a reader of one sector skip the others' (FactFiles).
            facts.repartition(files, col("app")).sortWithinPartitions(array_join(col("sectors"), ","), col("app"))
                    .write().mode("overwrite")
                    .option("parquet.block.size", ROW_GROUP_BYTES).parquet(staged);
            long applications = spark.read().parquet(staged).count();
            ObjectNode manifest = new ObjectMapper().createObjectNode();
            manifest.put("snapshot_id", snapshot);
            String sectors = SectorMembership.built(w);
            manifest.put("sectors_built", sectors == null ? "" : sectors);
            manifest.put("built", started.toString());
            manifest.put("applications", applications);
            manifest.put("publications", count);
            // Readers pass the schema to Spark instead of having it inferred by a job of its own.
            manifest.put("schema", facts.schema().json());
            try (OutputStream out = w.fileSystem().create(new org.apache.hadoop.fs.Path(staged, ApplicationFacts.MANIFEST), true)) {
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, manifest);
            }
            progress.stage(String.format(Locale.ROOT, "publishing the fact table: %,d applications from %,d publications",
                    applications, count));
            w.swapIn(runId, List.of(ApplicationFacts.TABLE), () -> { });
            return new Result(snapshot, applications, w.table(ApplicationFacts.TABLE), Duration.between(started, Instant.now()));
        } finally {
            publications.unpersist();
        }
    }
}
