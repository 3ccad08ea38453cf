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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.util.TaskCompletionListener;
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
import org.patnav.jobs.warehouse.ChainMembership;
import org.patnav.navigate.CompiledChain;
import org.patnav.navigate.CompiledSector;
import org.patnav.navigate.IndustryChain;
import org.patnav.navigate.IndustryChains;
import org.patnav.navigate.SectorDefinition;
import org.patnav.navigate.SectorMatcher;

/**
 * Runs sector definitions over the index and writes {@code W/sectors}: one row per publication and
 * sector, with the clauses that put it there. Membership is by application: when any publication
 * of an application matches, all its publications are in the sector (the A and B publications of a
 * CN invention are one invention). In the same search it places the sectors' applications on their
 * industry chains and writes {@code W/chains} ({@link ChainMembership}): a branch counts only the
 * applications of its chain's sector, as {@link CompiledChain} states. Each index shard is searched in
 * its own task.
 */
public final class NavigateJob {

    /**
     * @param chains the industry chains to place the sectors' applications on, each refining one of the
     *               sectors; by default the shipped chains of the given sectors
     * @param snapshot the snapshot to place (id or number), or null for the latest
     */
    public record Options(String warehouse, List<SectorDefinition> definitions, List<IndustryChain> chains,
                          String snapshot) {

        public Options(String warehouse, List<SectorDefinition> definitions, List<IndustryChain> chains) {
            this(warehouse, definitions, chains, null);
        }

        public Options(String warehouse, List<SectorDefinition> definitions) {
            this(warehouse, definitions, IndustryChains.forSectors(definitions));
        }
    }

    /** Per sector: applications and publications in it. */
    public record SectorCount(String sector, String version, long applications, long publications) {
    }

    /**
     * Per branch of a chain (or sub-branch, when {@code subBranch} is not null): the sector's applications
     * placed on it, in chain order.
     */
    public record BranchCount(String sector, String segment, String branch, String subBranch, long applications) {
    }

    public record Result(String snapshotId, List<SectorCount> counts, List<BranchCount> branches, String location,
                         Duration elapsed) {
    }

    private static final StructType MATCH = DataTypes.createStructType(List.of(
            DataTypes.createStructField("pub_id", DataTypes.StringType, false),
            DataTypes.createStructField("application_id", DataTypes.StringType, true),
            DataTypes.createStructField("sector", DataTypes.StringType, false),
            DataTypes.createStructField("clause", DataTypes.StringType, false),
            // Set for a match of an industry chain's branch or sub-branch, whose sector is the chain's.
            DataTypes.createStructField("segment", DataTypes.StringType, true),
            DataTypes.createStructField("branch", DataTypes.StringType, true),
            DataTypes.createStructField("sub_branch", DataTypes.StringType, true)));
    private static final StructType VERSION = DataTypes.createStructType(List.of(
            DataTypes.createStructField("sector_id", DataTypes.StringType, false),
            DataTypes.createStructField("sector_version", DataTypes.StringType, false)));

    private final SparkSession spark;
    private final Options options;
    private final Progress progress;

    public NavigateJob(SparkSession spark, Options options, Progress progress) {
        // Compiling on the driver first reports a bad definition before any task starts.
        options.definitions().forEach(CompiledSector::compile);
        options.chains().forEach(CompiledChain::compile);
        List<String> sectors = options.definitions().stream().map(SectorDefinition::id).toList();
        java.util.Set<String> chained = new java.util.HashSet<>();
        for (IndustryChain c : options.chains()) {
            if (!sectors.contains(c.sector())) {
                throw new IllegalArgumentException("industry chain " + c.id() + " refines sector '" + c.sector()
                        + "', which this run does not match (sectors: " + String.join(", ", sectors) + ")");
            }
            // W/chains keys a branch by sector: two chains of one sector would mix their branches.
            if (!chained.add(c.sector())) {
                throw new IllegalArgumentException("two industry chains refine sector '" + c.sector()
                        + "': a sector has one chain");
            }
        }
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    public Result run() throws IOException {
        Warehouse w = new Warehouse(options.warehouse(), spark.sparkContext().hadoopConfiguration()).at(options.snapshot());
        try (Warehouse.WriterLock lock = w.lockForWriting(Warehouse.runId("navigate", Instant.now()))) {
            return JobGroup.run(spark, "patnav-navigate", "match " + options.definitions().size() + " sector definitions",
                    this::runInGroup);
        }
    }

    private Result runInGroup() throws IOException {
        Instant started = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Warehouse w = new Warehouse(options.warehouse(), conf).at(options.snapshot());
        IndexManifest manifest = IndexLocation.currentManifest(w);
        List<String> shards = manifest.shards().stream().map(IndexManifest.Shard::name).toList();
        progress.stage(String.format(Locale.ROOT, "running %d sector definitions over %d shard%s",
                options.definitions().size(), shards.size(), shards.size() == 1 ? "" : "s"));

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<Row> matches = spark.createDataFrame(jsc.parallelize(shards, shards.size())
                .flatMap(new MatchShard(new HadoopConf(conf), w.table(IndexLocation.TABLE), options.definitions(),
                        options.chains())), MATCH).cache();

        // An application is the unit; a publication without an application id stands for itself.
        Dataset<Row> byApplication = matches.filter(col("branch").isNull())
                .withColumn("key", coalesce(col("application_id"), col("pub_id")))
                .groupBy("key", "sector")
                .agg(sort_array(collect_set("clause")).as("matched_clauses"),
                        sort_array(collect_set("pub_id")).as("matched_by"));
        Dataset<Row> publications = w.read(spark, Warehouse.PATENTS)
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
        String stagedChains = w.stagingTable(runId, ChainMembership.TABLE);
        try {
            sectors.repartition(1).sortWithinPartitions("sector", "pub_id").write().mode("overwrite").parquet(staged);
            // A chain places the applications of its sector: members are the keys W/sectors holds.
            Dataset<Row> members = spark.read().parquet(staged)
                    .select(coalesce(col("application_id"), col("pub_id")).as("member_key"), col("sector").as("member_sector"))
                    .distinct();
            Dataset<Row> placed = matches.filter(col("branch").isNotNull())
                    .withColumn("key", coalesce(col("application_id"), col("pub_id")))
                    .join(members, col("key").equalTo(col("member_key")).and(col("sector").equalTo(col("member_sector"))))
                    .groupBy("key", "sector", "segment", "branch", "sub_branch")
                    .agg(sort_array(collect_set("clause")).as("matched_clauses"),
                            sort_array(collect_set("pub_id")).as("matched_by"))
                    .withColumnRenamed("key", "application_key");
            placed.repartition(1).sortWithinPartitions("sector", "branch", "sub_branch", "application_key")
                    .write().mode("overwrite").parquet(stagedChains);
            ChainMembership.writeManifest(w, stagedChains, options.chains());
        } finally {
            matches.unpersist();
        }

        List<SectorCount> counts = new ArrayList<>();
        Dataset<Row> written = spark.read().parquet(staged);
        for (var d : options.definitions()) {
            Row r = written.filter(col("sector").equalTo(d.id()))
                    .agg(countDistinct(coalesce(col("application_id"), col("pub_id"))), org.apache.spark.sql.functions.count("*"))
                    .first();
            counts.add(new SectorCount(d.id(), d.version(), r.getLong(0), r.getLong(1)));
        }
        List<BranchCount> branches = branchCounts(spark.read().parquet(stagedChains));
        FileSystem fs = w.fileSystem();
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(staged, SectorMembership.MANIFEST), true)) {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, manifest(manifest.snapshotId(),
                    started, counts));
        }
        progress.stage("publishing sector membership");
        w.swapIn(runId, List.of(SectorMembership.TABLE, ChainMembership.TABLE), () -> { });
        return new Result(manifest.snapshotId(), counts, branches, w.table(SectorMembership.TABLE),
                Duration.between(started, Instant.now()));
    }

    /** Applications per branch (its own matches and its sub-branches') and per sub-branch, in chain order. */
    private List<BranchCount> branchCounts(Dataset<Row> placed) {
        Map<String, Long> perBranch = new HashMap<>();
        for (Row r : placed.groupBy("sector", "branch").agg(countDistinct("application_key")).collectAsList()) {
            perBranch.put(r.getString(0) + "/" + r.getString(1), r.getLong(2));
        }
        Map<String, Long> perSub = new HashMap<>();
        for (Row r : placed.filter(col("sub_branch").isNotNull()).groupBy("sector", "branch", "sub_branch")
                .agg(countDistinct("application_key")).collectAsList()) {
            perSub.put(r.getString(0) + "/" + r.getString(1) + "/" + r.getString(2), r.getLong(3));
        }
        List<BranchCount> out = new ArrayList<>();
        for (IndustryChain chain : options.chains()) {
            for (IndustryChain.Segment segment : chain.segments()) {
                for (IndustryChain.Branch branch : segment.branches()) {
                    String key = chain.sector() + "/" + branch.id();
                    out.add(new BranchCount(chain.sector(), segment.id(), branch.id(), null, perBranch.getOrDefault(key, 0L)));
                    for (IndustryChain.Branch sub : branch.branches()) {
                        out.add(new BranchCount(chain.sector(), segment.id(), branch.id(), sub.id(),
                                perSub.getOrDefault(key + "/" + sub.id(), 0L)));
                    }
                }
            }
        }
        return out;
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

    /**
     * The task body: one shard, searched locally, every (publication, sector, clause) match, then every
     * (publication, chain branch or sub-branch, clause) match of the chains, with the chain's sector.
     */
    private static final class MatchShard implements FlatMapFunction<String, Row> {
        private static final long serialVersionUID = 1L;
        private final HadoopConf conf;
        private final String index;
        private final List<SectorDefinition> definitions;
        private final List<IndustryChain> chains;

        MatchShard(HadoopConf conf, String index, List<SectorDefinition> definitions, List<IndustryChain> chains) {
            this.conf = conf;
            this.index = index;
            this.definitions = definitions;
            this.chains = chains;
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
            IndexSearcher searcher = new IndexSearcher(reader);
            List<CompiledSector> sectors = definitions.stream().map(CompiledSector::compile).toList();
            List<Iterator<Row>> parts = new ArrayList<>();
            parts.add(new MappedIterator<>(SectorMatcher.matches(searcher, sectors),
                    m -> RowFactory.create(m.pubId(), m.applicationId(), m.sector(), m.clause(), null, null, null)));
            for (IndustryChain chain : chains) {
                parts.add(new MappedIterator<>(CompiledChain.compile(chain).matches(searcher),
                        m -> RowFactory.create(m.pubId(), m.applicationId(), chain.sector(), m.clause(),
                                m.segment().id(), m.branch(), m.subBranch().orElse(null))));
            }
            Iterator<Iterator<Row>> each = parts.iterator();
            ShardRelease release = new ShardRelease(shard, reader, local ? null : dir.getParent());
            // A task that fails or is cancelled mid-stream never exhausts the iterator: Spark's completion
            // listener releases the shard then (and a second release is a no-op).
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> release.run());
            }
            return new Iterator<>() {
                private Iterator<Row> current = each.next();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && each.hasNext()) {
                        current = each.next();
                    }
                    boolean more = current.hasNext();
                    if (!more) {
                        release.run();
                    }
                    return more;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }
    }

    /** Closes a shard's reader and deletes its local copy (if one was made), once. */
    static final class ShardRelease implements Runnable {
        private final String shard;
        private final DirectoryReader reader;
        private final Path localCopy;
        private boolean released;

        ShardRelease(String shard, DirectoryReader reader, Path localCopy) {
            this.shard = shard;
            this.reader = reader;
            this.localCopy = localCopy;
        }

        @Override
        public synchronized void run() {
            if (released) {
                return;
            }
            released = true;
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
    }

    /** An iterator's elements, each mapped as it is read, so the matches stay lazy. */
    private record MappedIterator<T, R>(Iterator<T> source, Function<T, R> map) implements Iterator<R> {

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public R next() {
            return map.apply(source.next());
        }
    }
}
