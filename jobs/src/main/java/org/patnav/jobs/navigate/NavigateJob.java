package org.patnav.jobs.navigate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sort_array;

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
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.index.IndexManifest;
import org.patnav.jobs.warehouse.IndexLocation;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.HadoopConf;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.navigate.CompiledSector;
import org.patnav.navigate.SectorDefinition;
import org.patnav.navigate.SectorMatcher;

/**
 * Runs sector definitions over the index and writes {@code W/sectors}: one row per publication and
 * sector, with the clauses that put it there. Membership is by application: when any publication
 * of an application matches, all its publications are in the sector (the A and B publications of a
 * CN invention are one invention). Each index shard is searched in its own task.
 */
public final class NavigateJob {

    public record Options(String warehouse, List<SectorDefinition> definitions) {
    }

    /** Per sector: applications and publications in it. */
    public record SectorCount(String sector, String version, long applications, long publications) {
    }

    public record Result(String snapshotId, List<SectorCount> counts, String location, Duration elapsed) {
    }

    private static final StructType MATCH = DataTypes.createStructType(List.of(
            DataTypes.createStructField("pub_id", DataTypes.StringType, false),
            DataTypes.createStructField("application_id", DataTypes.StringType, true),
            DataTypes.createStructField("sector", DataTypes.StringType, false),
            DataTypes.createStructField("clause", DataTypes.StringType, false)));
    private static final StructType VERSION = DataTypes.createStructType(List.of(
            DataTypes.createStructField("sector_id", DataTypes.StringType, false),
            DataTypes.createStructField("sector_version", DataTypes.StringType, false)));

    private final SparkSession spark;
    private final Options options;
    private final Progress progress;

    public NavigateJob(SparkSession spark, Options options, Progress progress) {
        // Compiling on the driver first reports a bad definition before any task starts.
        options.definitions().forEach(CompiledSector::compile);
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public Result run() throws IOException {
        return JobGroup.run(spark, "patnav-navigate", "match " + options.definitions().size() + " sector definitions", this::runInGroup);
    }

    private Result runInGroup() throws IOException {
        Instant started = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Warehouse w = new Warehouse(options.warehouse(), conf);
        IndexManifest manifest = IndexLocation.currentManifest(w);
        List<String> shards = manifest.shards().stream().map(IndexManifest.Shard::name).toList();
        progress.stage(String.format(Locale.ROOT, "running %d sector definitions over %d shard%s",
                options.definitions().size(), shards.size(), shards.size() == 1 ? "" : "s"));

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<Row> matches = spark.createDataFrame(jsc.parallelize(shards, shards.size())
                .flatMap(new MatchShard(new HadoopConf(conf), w.table(IndexLocation.TABLE), options.definitions())), MATCH);

        // An application is the unit; a publication without an application id stands for itself.
        Dataset<Row> byApplication = matches
                .withColumn("key", coalesce(col("application_id"), col("pub_id")))
                .groupBy("key", "sector")
                .agg(sort_array(collect_set("clause")).as("matched_clauses"),
                        sort_array(collect_set("pub_id")).as("matched_by"));
        Dataset<Row> publications = spark.read().parquet(w.table(Warehouse.PATENTS))
                .select(col("pub_id"), col("application_id"),
                        coalesce(col("application_id"), col("pub_id")).as("key"));
        List<Row> versionRows = new ArrayList<>();
        options.definitions().forEach(d -> versionRows.add(RowFactory.create(d.id(), d.version())));
        Dataset<Row> versions = spark.createDataFrame(versionRows, VERSION);
        Dataset<Row> sectors = publications.join(byApplication, "key")
                .join(versions, col("sector").equalTo(col("sector_id")))
                .select("pub_id", "application_id", "sector", "sector_version", "matched_clauses", "matched_by");

        String runId = Warehouse.runId("navigate", started);
        String staged = w.stagingTable(runId, SectorMembership.TABLE);
        sectors.repartition(1).sortWithinPartitions("sector", "pub_id").write().mode("overwrite").parquet(staged);

        List<SectorCount> counts = new ArrayList<>();
        Dataset<Row> written = spark.read().parquet(staged);
        for (var d : options.definitions()) {
            Row r = written.filter(col("sector").equalTo(d.id()))
                    .agg(countDistinct(coalesce(col("application_id"), col("pub_id"))), org.apache.spark.sql.functions.count("*"))
                    .first();
            counts.add(new SectorCount(d.id(), d.version(), r.getLong(0), r.getLong(1)));
        }
        FileSystem fs = w.fileSystem();
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(staged, SectorMembership.MANIFEST), true)) {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, manifest(manifest.snapshotId(),
                    started, counts));
        }
        progress.stage("publishing sector membership");
        w.swapIn(runId, List.of(SectorMembership.TABLE), () -> { });
        return new Result(manifest.snapshotId(), counts, w.table(SectorMembership.TABLE), Duration.between(started, Instant.now()));
    }

    private ObjectNode manifest(String snapshot, Instant started, List<SectorCount> counts) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("snapshot_id", snapshot);
        root.put("built", started.toString());
        ArrayNode sectors = root.putArray("sectors");
        for (SectorDefinition d : options.definitions()) {
            SectorCount c = counts.stream().filter(x -> x.sector().equals(d.id())).findFirst().orElseThrow();
            ObjectNode n = sectors.addObject();
            n.put("id", d.id());
            n.put("version", d.version());
            n.put("name_zh", d.name().get("zh"));
            n.put("name_en", d.name().get("en"));
            n.put("applications", c.applications());
            n.put("publications", c.publications());
        }
        return root;
    }

    /** The task body: one shard, searched locally, every (publication, sector, clause) match. */
    private static final class MatchShard implements FlatMapFunction<String, Row> {
        private static final long serialVersionUID = 1L;
        private final HadoopConf conf;
        private final String index;
        private final List<SectorDefinition> definitions;

        MatchShard(HadoopConf conf, String index, List<SectorDefinition> definitions) {
            this.conf = conf;
            this.index = index;
            this.definitions = definitions;
        }

        @Override
        public Iterator<Row> call(String shard) throws IOException {
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(index, shard);
            FileSystem fs = remote.getFileSystem(conf.get());
            boolean local = fs.getUri().getScheme() == null || fs.getUri().getScheme().equals("file");
            Path dir = local ? Path.of(remote.toUri().getPath()) : Files.createTempDirectory("patnav-" + shard);
            if (!local) {
                fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(dir.toUri()), true);
                dir = dir.resolve(shard);
            }
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            List<CompiledSector> sectors = definitions.stream().map(CompiledSector::compile).toList();
            Iterator<SectorMatcher.Match> matches = SectorMatcher.matches(new IndexSearcher(reader), sectors);
            Path localCopy = local ? null : dir.getParent();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = matches.hasNext();
                    if (!more) {
                        close();
                    }
                    return more;
                }

                @Override
                public Row next() {
                    SectorMatcher.Match m = matches.next();
                    return RowFactory.create(m.pubId(), m.applicationId(), m.sector(), m.clause());
                }

                private void close() {
                    try {
                        reader.close();
                        if (localCopy != null) {
                            try (Stream<Path> walk = Files.walk(localCopy)) {
                                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                                    Files.deleteIfExists(p);
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot release shard " + shard, e);
                    }
                }
            };
        }
    }
}
