package org.patnav.jobs.index;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.lucene.util.Version;
import org.patnav.index.IndexManifest;
import org.patnav.index.PatentAnalyzers;
import org.patnav.index.ShardWriter;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.HadoopConf;
import org.patnav.jobs.warehouse.PatentRows;
import org.patnav.jobs.warehouse.IndexLocation;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.spark.JobGroup;

/**
 * Builds the Lucene index of a warehouse's {@code patents} table under {@code W/index/}. The table is
 * split by hash of pub_id into shards; each Spark task writes its shard with one {@link ShardWriter}
 * on local disk and copies it to the warehouse's file system, so the build scales out across
 * executors. A small warehouse gets one shard. The new index replaces the old one only when every shard
 * is written; its manifest records the warehouse snapshot it was built from.
 */
public final class IndexJob {

    /** @param shards shard count, or null to choose by size */
    /** @param snapshot the snapshot to index (id or number), or null for the latest */
    public record Options(String warehouse, Integer shards, String snapshot) {
        public Options(String warehouse, Integer shards) {
            this(warehouse, shards, null);
        }
    }

    public record Result(String snapshotId, long documents, List<IndexManifest.Shard> shards, String location,
                         Duration elapsed) {
    }

    /** Below this many documents one shard is simplest to search and fast enough to build. */
    static final long SINGLE_SHARD_LIMIT = 200_000;
    /** Shards are kept around this size so none takes much longer than the others to build. */
    static final long DOCUMENTS_PER_SHARD = 1_000_000;

    private static final StructType SHARD_ROW = DataTypes.createStructType(List.of(
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("documents", DataTypes.LongType, false)));

    private final SparkSession spark;
    private final Options options;
    private final Progress progress;

    public IndexJob(SparkSession spark, Options options, Progress progress) {
        if (options.shards() != null && options.shards() < 1) {
            throw new IllegalArgumentException("--shards must be at least 1");
        }
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public Result run() throws IOException {
        Warehouse w = new Warehouse(options.warehouse(), spark.sparkContext().hadoopConfiguration()).at(options.snapshot());
        try (Warehouse.WriterLock lock = w.lockForWriting(Warehouse.runId("index", Instant.now()))) {
            return JobGroup.run(spark, "patnav-index", "index the warehouse " + options.warehouse(), this::runInGroup);
        }
    }

    private Result runInGroup() throws IOException {
        Instant started = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Warehouse w = new Warehouse(options.warehouse(), conf).at(options.snapshot());
        String snapshot = w.snapshotId().orElseThrow(() -> new IllegalStateException(
                "no ingested warehouse at " + w.location() + " (run ./patnav ingest first)"));
        Dataset<Row> patents = w.read(spark, Warehouse.PATENTS);
        long documents = patents.count();
        int shards = options.shards() != null ? options.shards() : shardCount(documents,
                spark.sparkContext().defaultParallelism());
        String runId = Warehouse.runId("index", started);
        String staged = w.stagingTable(runId, IndexLocation.TABLE);
        progress.stage(String.format(Locale.ROOT, "indexing %,d publications into %d shard%s", documents, shards,
                shards == 1 ? "" : "s"));

        List<Row> built = patents.repartition(shards, col("pub_id")).sortWithinPartitions(col("pub_id"))
                .mapPartitions(new BuildShard(new HadoopConf(conf), staged), Encoders.row(SHARD_ROW))
                .collectAsList();

        List<IndexManifest.Shard> list = new ArrayList<>();
        for (Row r : built) {
            list.add(new IndexManifest.Shard(r.getString(0), r.getLong(1)));
        }
        list.sort(Comparator.comparing(IndexManifest.Shard::name));
        long indexed = list.stream().mapToLong(IndexManifest.Shard::documents).sum();
        if (indexed != documents) {
            w.discardStaging(runId);
            throw new IllegalStateException("indexed " + indexed + " documents but the patents table has "
                    + documents + "; the previous index was left in place");
        }
        IndexManifest manifest = new IndexManifest(snapshot, started.toString(), PatentAnalyzers.TEXT_ANALYZER,
                Version.LATEST.toString(), documents, list);
        FileSystem fs = w.fileSystem();
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(staged, IndexManifest.FILE), true)) {
            manifest.write(out);
        }
        progress.stage("publishing the index");
        w.swapIn(runId, List.of(IndexLocation.TABLE), () -> { });
        return new Result(snapshot, documents, list, w.table(IndexLocation.TABLE), Duration.between(started, Instant.now()));
    }

    static int shardCount(long documents, int parallelism) {
        if (documents < SINGLE_SHARD_LIMIT) {
            return 1;
        }
        return (int) Math.max(parallelism, (documents + DOCUMENTS_PER_SHARD - 1) / DOCUMENTS_PER_SHARD);
    }

    /** The task body: one shard from one partition, built locally, then copied to the warehouse. */
    private static final class BuildShard implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final HadoopConf conf;
        private final String target;

        BuildShard(HadoopConf conf, String target) {
            this.conf = conf;
            this.target = target;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) throws IOException {
            String name = String.format(Locale.ROOT, "shard-%05d", TaskContext.getPartitionId());
            Path local = Files.createTempDirectory("patnav-" + name);
            try {
                Iterator<org.patnav.model.Publication> publications = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public org.patnav.model.Publication next() {
                        return PatentRows.fromRow(rows.next());
                    }
                };
                long docs = ShardWriter.write(publications, local);
                org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(target, name);
                FileSystem fs = dest.getFileSystem(conf.get());
                fs.mkdirs(dest);
                try (Stream<Path> files = Files.list(local)) {
                    for (Path f : files.toList()) {
                        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(f.toUri()),
                                new org.apache.hadoop.fs.Path(dest, f.getFileName().toString()));
                    }
                }
                return List.of(RowFactory.create(name, docs)).iterator();
            } finally {
                deleteRecursively(local);
            }
        }

        private static void deleteRecursively(Path dir) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the local build directory " + dir, e);
            }
        }
    }
}
