package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.cnexport.CnExportHeaders;
import org.patnav.ingest.cnexport.CnLegalStatusRules;
import org.patnav.ingest.maintfee.MaintFeeCodes;
import org.patnav.ingest.merge.LegalEventMerger;
import org.patnav.ingest.merge.PublicationMerger;
import org.patnav.ingest.merge.TrademarkMerger;
import org.patnav.ingest.trademark.TrademarkRules;
import org.patnav.jobs.ingest.InputFiles.InputFile;
import org.patnav.jobs.spark.HadoopConf;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.EventRows;
import org.patnav.jobs.warehouse.ParsedRows;
import org.patnav.jobs.warehouse.PatentRows;
import org.patnav.jobs.warehouse.RejectRows;
import org.patnav.jobs.warehouse.TrademarkRows;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.model.LegalEvent;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.Trademark;
import org.patnav.normalize.AddressResolver;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.Countries;
import org.patnav.normalize.Parties;
import org.patnav.normalize.RuleFiles;

/**
 * Ingests public patent and trademark bulk files into the warehouse's {@code patents}, {@code events},
 * {@code trademarks} and {@code rejects} tables.
 *
 * <ol>
 *   <li>List the input files (driver: names and sizes only).</li>
 *   <li>Parse: one task per file opens it on its file system, detects each entry's format by content
 *       and streams the reader's records into a staging envelope table.</li>
 *   <li>Assemble PatentsView table rows into patents (joined by patent id, locations by location id) and
 *       Trademark Case Files rows into marks (joined by serial number).</li>
 *   <li>Merge: one row per pub_id ({@link PublicationMerger}), one per event ({@link LegalEventMerger}).</li>
 *   <li>Reconcile read = written + merged + rejected per format, then swap the new tables in.</li>
 * </ol>
 * Nothing is collected to the driver but aggregates and the maintenance-fee code descriptions.
 */
public final class IngestJob {

    /**
     * @param divisions administrative-division table directory (region codes), or null for none
     * @param aliases   extra applicant alias file, or null
     * @param cnHeaders extra CN export header variants, or null
     */
    public record Options(List<String> inputs, String warehouse, String divisions, String aliases,
                          String cnHeaders) {
        public Options {
            if (inputs == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("no input paths given");
            }
            if (warehouse == null || warehouse.isBlank()) {
                throw new IllegalArgumentException("no warehouse given");
            }
            inputs = List.copyOf(inputs);
        }
    }

    /** What a run did: its counter table, table sizes and where its report is. */
    public record Result(String runId, String warehouse, List<IngestCounts.Line> counts, int inputFiles,
                         long inputBytes, Map<String, Long> unusableFiles, long patents, long events,
                         long trademarks, long rejects, boolean regionsResolved, List<String> notes, Duration elapsed,
                         String reportPath) {
        Result finished(Duration took, String report) {
            return new Result(runId, warehouse, counts, inputFiles, inputBytes, unusableFiles, patents, events,
                    trademarks, rejects, regionsResolved, notes, took, report);
        }
    }

    private static final long ROWS_PER_OUTPUT_FILE = 250_000;

    private final SparkSession spark;
    private final Options options;
    private final Progress progress;

    public IngestJob(SparkSession spark, Options options, Progress progress) {
        this.spark = spark;
        this.options = options;
        this.progress = progress;
    }

    /** Ingests the inputs into the warehouse, refused while another run writes it ({@link Warehouse#lockForWriting}). */
    public Result run() throws IOException {
        Instant started = Instant.now();
        String runId = Warehouse.runId("ingest", started);
        Warehouse warehouse = new Warehouse(options.warehouse(), spark.sparkContext().hadoopConfiguration());
        try (Warehouse.WriterLock lock = warehouse.lockForWriting(runId)) {
            return run(started, runId, warehouse);
        }
    }

    private Result run(Instant started, String runId, Warehouse warehouse) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();

        progress.stage("listing inputs");
        List<InputFile> files = InputFiles.list(options.inputs(), conf);
        long bytes = files.stream().mapToLong(InputFile::size).sum();
        IngestContext context = context(conf);

        progress.stage(String.format(Locale.ROOT, "parsing %,d files (%,.1f MB)", files.size(), bytes / 1e6));
        String parsedPath = warehouse.stagingTable(runId, "parsed");
        parse(files, context, conf, parsedPath);
        Dataset<Row> parsed = spark.read().schema(ParsedRows.SCHEMA).parquet(parsedPath);

        progress.stage("assembling table rows and merging duplicates");
        // Staged once: merging, the reject table and the counts all read it.
        String itemsPath = warehouse.stagingTable(runId, "items");
        CaseFileAssembly.assemble(PatentsViewAssembly.assemble(parsed, context), context)
                .write().mode("overwrite").parquet(itemsPath);
        Dataset<Row> items = spark.read().schema(ParsedRows.SCHEMA).parquet(itemsPath);
        Map<String, Long> itemsByKind = new TreeMap<>();
        for (Row r : items.groupBy("kind").count().collectAsList()) {
            itemsByKind.put(r.getString(0), r.getLong(1));
        }
        write(mergePatents(items), "pub_id", itemsByKind.getOrDefault(ParsedRows.PATENT, 0L),
                warehouse.stagingTable(runId, Warehouse.PATENTS));
        Map<String, String> descriptions = codeDescriptions(parsed);
        write(mergeEvents(items, descriptions), "event_key", itemsByKind.getOrDefault(ParsedRows.EVENT, 0L),
                warehouse.stagingTable(runId, Warehouse.EVENTS));
        write(mergeTrademarks(items), "trademark_id", itemsByKind.getOrDefault(ParsedRows.TRADEMARK, 0L),
                warehouse.stagingTable(runId, Warehouse.TRADEMARKS));
        Dataset<Row> rejectRows = items.filter(col("kind").equalTo(ParsedRows.REJECT)).select(col("reject.*"));
        write(rejectRows, "source_file", 0, warehouse.stagingTable(runId, Warehouse.REJECTS));

        progress.stage("reconciling counts");
        Dataset<Row> patentTable = spark.read().parquet(warehouse.stagingTable(runId, Warehouse.PATENTS));
        Dataset<Row> eventTable = spark.read().parquet(warehouse.stagingTable(runId, Warehouse.EVENTS));
        Dataset<Row> trademarkTable = spark.read().parquet(warehouse.stagingTable(runId, Warehouse.TRADEMARKS));
        Dataset<Row> rejectTable = spark.read().parquet(warehouse.stagingTable(runId, Warehouse.REJECTS));
        List<IngestCounts.Line> counts = IngestCounts.compute(items, patentTable, eventTable, trademarkTable, rejectTable);
        Map<String, Long> unusable = unusableFiles(rejectTable);
        List<String> notes = codeTableNotes(descriptions, context.maintFeeCodes());
        long patentCount = patentTable.count();
        long eventCount = eventTable.count();
        long trademarkCount = trademarkTable.count();
        long rejectCount = rejectTable.count();

        List<IngestCounts.Line> broken = counts.stream()
                .filter(l -> !l.table().equals(Reject.TABLE_FILES) && !l.reconciles()).toList();
        Result result = new Result(runId, warehouse.location(), counts, files.size(), bytes, unusable,
                patentCount, eventCount, trademarkCount, rejectCount, context.parties().resolvesRegions(), notes,
                Duration.between(started, Instant.now()), null);
        if (!broken.isEmpty()) {
            String reportPath = warehouse.writeRunReport(runId, report(result, started, false));
            throw new IllegalStateException("counts do not reconcile for " + broken
                    + "; the warehouse was left unchanged; staged tables kept at "
                    + warehouse.staging(runId) + "; report " + reportPath);
        }

        progress.stage("publishing tables");
        ObjectNode snapshot = new ObjectMapper().createObjectNode();
        snapshot.put("snapshot_id", runId);
        snapshot.put("created", started.toString());
        snapshot.putObject("tables").put(Warehouse.PATENTS, patentCount).put(Warehouse.EVENTS, eventCount)
                .put(Warehouse.TRADEMARKS, trademarkCount).put(Warehouse.REJECTS, rejectCount);
        warehouse.publish(runId, List.of(Warehouse.PATENTS, Warehouse.EVENTS, Warehouse.TRADEMARKS, Warehouse.REJECTS),
                snapshot);
        Result published = result.finished(Duration.between(started, Instant.now()), null);
        String reportPath = warehouse.writeRunReport(runId, report(published, started, true));
        return published.finished(published.elapsed(), reportPath);
    }

    private IngestContext context(Configuration conf) throws IOException {
        ApplicantNames names = options.aliases() == null ? ApplicantNames.defaults()
                : ApplicantNames.withAliases(ruleFile(options.aliases(), conf));
        AddressResolver addresses = null;
        if (options.divisions() != null) {
            Path dir = new Path(options.divisions());
            FileSystem fs = dir.getFileSystem(conf);
            addresses = new AddressResolver(AdminDivisions.load(name -> fs.open(new Path(dir, name))));
        }
        CnExportHeaders headers = options.cnHeaders() == null ? CnExportHeaders.defaults()
                : CnExportHeaders.withExtra(ruleFile(options.cnHeaders(), conf));
        return new IngestContext(new Parties(names, Countries.defaults(), addresses), headers,
                CnLegalStatusRules.defaults(), MaintFeeCodes.defaults(), CnExportHeaders.trademarks(),
                TrademarkRules.defaults());
    }

    private static List<String[]> ruleFile(String location, Configuration conf) throws IOException {
        Path p = new Path(location);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            return RuleFiles.read(in, location);
        }
    }

    private void parse(List<InputFile> files, IngestContext context, Configuration conf, String out) throws IOException {
        JobGroup.run(spark, "patnav-ingest-parse", "parse " + files.size() + " input files", () -> {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<List<InputFile>> tasks = FilePacking.pack(files, spark.sparkContext().defaultParallelism());
            JavaRDD<Row> rows = jsc.parallelize(tasks, tasks.size())
                    .flatMap(List::iterator)
                    .mapPartitions(new ParseFiles(new HadoopConf(conf), context));
            spark.createDataFrame(rows, ParsedRows.SCHEMA).write().mode("overwrite").parquet(out);
            return null;
        });
    }

    /** The task body of the parse stage: every record of every file of the partition, lazily. */
    private static final class ParseFiles implements FlatMapFunction<Iterator<InputFile>, Row> {
        private static final long serialVersionUID = 1L;
        private final HadoopConf conf;
        private final IngestContext context;

        ParseFiles(HadoopConf conf, IngestContext context) {
            this.conf = conf;
            this.context = context;
        }

        @Override
        public Iterator<Row> call(Iterator<InputFile> files) {
            return new Iterator<>() {
                private FileIngest current;

                @Override
                public boolean hasNext() {
                    while (current == null || !current.hasNext()) {
                        closeCurrent();
                        if (!files.hasNext()) {
                            return false;
                        }
                        InputFile f = files.next();
                        Path path = new Path(f.path());
                        current = new FileIngest(f.path(), f.setId(),
                                () -> path.getFileSystem(conf.get()).open(path), context);
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return ParsedRows.toRow(current.next());
                }

                private void closeCurrent() {
                    if (current != null) {
                        try {
                            current.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot close input", e);
                        }
                        current = null;
                    }
                }
            };
        }
    }

    private static Dataset<Row> mergePatents(Dataset<Row> items) {
        return items.filter(col("kind").equalTo(ParsedRows.PATENT)).select(col("patent.*"))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, rows) -> {
                    List<Publication> group = new ArrayList<>();
                    rows.forEachRemaining(r -> group.add(PatentRows.fromRow(r)));
                    return PatentRows.toRow(PublicationMerger.merge(group));
                }, Encoders.row(PatentRows.SCHEMA));
    }

    private static Dataset<Row> mergeEvents(Dataset<Row> items, Map<String, String> descriptions) {
        return items.filter(col("kind").equalTo(ParsedRows.EVENT)).select(col("event.*"))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, rows) -> {
                    List<LegalEvent> group = new ArrayList<>();
                    rows.forEachRemaining(r -> group.add(EventRows.fromRow(r)));
                    LegalEvent e = LegalEventMerger.merge(group);
                    if (e.description() == null && descriptions.containsKey(e.code())) {
                        e = e.withDescription(descriptions.get(e.code()));
                    }
                    return EventRows.toRow(e);
                }, Encoders.row(EventRows.SCHEMA));
    }

    /**
     * One row per mark: the same mark read twice (its ST.66 and ST.96 documents, or two downloads) is one,
     * the most recent status first, the other sightings in {@code merged_from}.
     */
    private static Dataset<Row> mergeTrademarks(Dataset<Row> items) {
        return items.filter(col("kind").equalTo(ParsedRows.TRADEMARK)).select(col("trademark.*"))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, rows) -> {
                    List<Trademark> group = new ArrayList<>();
                    rows.forEachRemaining(r -> group.add(TrademarkRows.fromRow(r)));
                    return TrademarkRows.toRow(TrademarkMerger.merge(group));
                }, Encoders.row(TrademarkRows.SCHEMA));
    }

    /** Code descriptions from the code-table files in the input (a few hundred rows at most). */
    private static Map<String, String> codeDescriptions(Dataset<Row> parsed) {
        Map<String, String> map = new TreeMap<>();
        for (Row r : parsed.filter(col("kind").equalTo(ParsedRows.CODE))
                .select("code.code", "code.description").distinct().orderBy("code", "description")
                .collectAsList()) {
            map.putIfAbsent(r.getString(0), r.getString(1));
        }
        return map;
    }

    /** Codes the office defines that PatNav's table does not categorise: their events are rejected. */
    private static List<String> codeTableNotes(Map<String, String> descriptions, MaintFeeCodes codes) {
        List<String> notes = new ArrayList<>();
        descriptions.forEach((code, description) -> {
            if (codes.get(code).isEmpty()) {
                notes.add("maintenance-fee code " + code + " (" + description + ") is defined by the input's"
                        + " code table but not categorised in maintfee-event-codes.tsv; its events are rejected");
            }
        });
        return notes;
    }

    /** Sorted by key and split into files of a bounded size, so reruns write identical tables. */
    private static void write(Dataset<Row> rows, String key, long expectedRows, String path) {
        int files = (int) Math.max(1, (expectedRows + ROWS_PER_OUTPUT_FILE - 1) / ROWS_PER_OUTPUT_FILE);
        rows.repartitionByRange(files, col(key)).sortWithinPartitions(col(key))
                .write().mode("overwrite").parquet(path);
    }

    private static Map<String, Long> unusableFiles(Dataset<Row> rejects) {
        Map<String, Long> map = new TreeMap<>();
        for (Row r : rejects.filter(col("table").equalTo(Reject.TABLE_FILES))
                .groupBy("reason_code").count().collectAsList()) {
            map.put(r.getString(0), r.getLong(1));
        }
        return map;
    }

    private ObjectNode report(Result r, Instant started, boolean reconciled) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("run_id", r.runId());
        root.put("started", started.toString());
        root.put("elapsed_seconds", r.elapsed().toMillis() / 1000.0);
        root.put("warehouse", r.warehouse());
        ArrayNode inputs = root.putArray("inputs");
        options.inputs().forEach(inputs::add);
        ObjectNode opts = root.putObject("options");
        opts.put("divisions", options.divisions());
        opts.put("aliases", options.aliases());
        opts.put("cn_headers", options.cnHeaders());
        ObjectNode filesNode = root.putObject("files");
        filesNode.put("listed", r.inputFiles());
        filesNode.put("bytes", r.inputBytes());
        ObjectNode unusable = filesNode.putObject("unusable_by_reason");
        r.unusableFiles().forEach(unusable::put);
        ArrayNode counts = root.putArray("counts");
        for (IngestCounts.Line l : r.counts()) {
            ObjectNode n = counts.addObject();
            n.put("format", l.format());
            n.put("table", l.table());
            n.put("read", l.read());
            n.put("written", l.written());
            n.put("merged", l.merged());
            n.put("rejected", l.rejected());
        }
        root.putObject("tables").put(Warehouse.PATENTS, r.patents()).put(Warehouse.EVENTS, r.events())
                .put(Warehouse.TRADEMARKS, r.trademarks())
                .put(Warehouse.REJECTS, r.rejects());
        root.put("region_codes_resolved", r.regionsResolved());
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        root.put("reconciled", reconciled);
        return root;
    }
}
