package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

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
import java.util.Optional;
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
import org.patnav.jobs.ingest.InputFingerprints.Fingerprint;
import org.patnav.jobs.spark.HadoopConf;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.DeltaTables;
import org.patnav.jobs.warehouse.EventRows;
import org.patnav.jobs.warehouse.FaultPoints;
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
     * @param replace   rebuild the warehouse from these inputs alone, instead of adding them to it
     */
    public record Options(List<String> inputs, String warehouse, String divisions, String aliases,
                          String cnHeaders, boolean replace) {
        public Options {
            if (inputs == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("no input paths given");
            }
            if (warehouse == null || warehouse.isBlank()) {
                throw new IllegalArgumentException("no warehouse given");
            }
            inputs = List.copyOf(inputs);
        }

        /** Adds the inputs to the warehouse (an incremental ingest; the first one builds it). */
        public Options(List<String> inputs, String warehouse, String divisions, String aliases, String cnHeaders) {
            this(inputs, warehouse, divisions, aliases, cnHeaders, false);
        }
    }

    /**
     * What a run did: its counter table, the files it skipped (already ingested, same content) and the ones it
     * ingested again because their content changed, table sizes, the snapshot it committed (null when every file
     * was skipped) and where its report is.
     */
    public record Result(String runId, String warehouse, List<IngestCounts.Line> counts, int inputFiles,
                         long inputBytes, List<String> skippedFiles, List<String> changedFiles,
                         Map<String, Long> unusableFiles, long patents, long events,
                         long trademarks, long rejects, boolean regionsResolved, List<String> notes, Long snapshot,
                         String mode, Duration elapsed, String reportPath) {
        Result finished(Duration took, String report) {
            return new Result(runId, warehouse, counts, inputFiles, inputBytes, skippedFiles, changedFiles, unusableFiles,
                    patents, events, trademarks, rejects, regionsResolved, notes, snapshot, mode, took, report);
        }
    }

    private static final long ROWS_PER_OUTPUT_FILE = 250_000;
    /** The reader records kept in {@link Warehouse#RECORDS}: what the table rows are merged from. */
    private static final List<String> KEPT_KINDS = List.of(ParsedRows.PATENT, ParsedRows.EVENT, ParsedRows.TRADEMARK,
            ParsedRows.CODE);

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
            for (String line : warehouse.recover(spark)) {
                progress.stage("recovering: " + line);
            }
            return run(started, runId, warehouse);
        }
    }

    private Result run(Instant started, String runId, Warehouse warehouse) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Optional<Warehouse.Snapshot> base = options.replace() ? Optional.empty() : warehouse.latestSnapshot();
        String mode = options.replace() ? "replace" : base.isPresent() ? "incremental" : "full";

        progress.stage("listing inputs");
        List<InputFile> listed = InputFiles.list(options.inputs(), conf);
        IngestContext context = context(conf);

        progress.stage(String.format(Locale.ROOT, "checksumming %,d files", listed.size()));
        List<Fingerprint> fingerprints = InputFingerprints.compute(spark, listed, new HadoopConf(conf));
        IngestedFiles known = base.isPresent()
                ? IngestedFiles.of(warehouse.read(spark, base.get(), Warehouse.FILES)) : IngestedFiles.NONE;
        List<String> skipped = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (Fingerprint f : fingerprints) {
            if (known.holds(f)) {
                skipped.add(f.path());
            } else {
                files.add(f.file());
                if (known.paths().contains(f.path())) {
                    changed.add(f.path());
                }
            }
        }
        long bytes = files.stream().mapToLong(InputFile::size).sum();
        if (files.isEmpty() && base.isPresent()) {
            Result nothing = new Result(runId, warehouse.location(), List.of(), 0, 0, skipped, changed, Map.of(),
                    rows(warehouse, base.get(), Warehouse.PATENTS), rows(warehouse, base.get(), Warehouse.EVENTS),
                    rows(warehouse, base.get(), Warehouse.TRADEMARKS), rows(warehouse, base.get(), Warehouse.REJECTS),
                    context.parties().resolvesRegions(), List.of(), null, mode, Duration.between(started, Instant.now()), null);
            return nothing.finished(nothing.elapsed(), warehouse.writeRunReport(runId, report(nothing, started, true)));
        }

        progress.stage(String.format(Locale.ROOT, "parsing %,d files (%,.1f MB)", files.size(), bytes / 1e6));
        String parsedPath = warehouse.stagingTable(runId, "parsed");
        parse(files, context, conf, parsedPath);
        Dataset<Row> parsed = spark.read().schema(ParsedRows.SCHEMA).parquet(parsedPath);

        progress.stage("assembling table rows");
        // Staged once: merging, the reject table and the counts all read it.
        String itemsPath = warehouse.stagingTable(runId, "items");
        CaseFileAssembly.assemble(PatentsViewAssembly.assemble(parsed, context), context)
                .write().mode("overwrite").parquet(itemsPath);
        Dataset<Row> items = spark.read().schema(ParsedRows.SCHEMA).parquet(itemsPath);
        Map<String, Long> itemsByKind = new TreeMap<>();
        for (Row r : items.groupBy("kind").count().collectAsList()) {
            itemsByKind.put(r.getString(0), r.getLong(1));
        }
        Dataset<Row> newRecords = Records.of(items.filter(col("kind").isin(KEPT_KINDS.toArray())));
        Dataset<Row> runRejects = items.filter(col("kind").equalTo(ParsedRows.REJECT)).select(col("reject.*"));

        // What the merge reads: every record of this run, and the earlier records of the keys they touch, but
        // not those of a file ingested again with a new content (its new records replace them).
        Dataset<Row> work = newRecords;
        Dataset<Row> codes = newRecords.filter(col("kind").equalTo(ParsedRows.CODE));
        Dataset<Row> earlierKeys = null;
        Dataset<Row> affectedKeys = null;
        if (base.isPresent()) {
            Dataset<Row> earlier = warehouse.read(spark, base.get(), Warehouse.RECORDS);
            Dataset<Row> superseded = earlier.filter(col(Records.INPUT_FILE).isin(changed.toArray()));
            Dataset<Row> affected = newRecords.select("kind", Records.KEY)
                    .union(superseded.select("kind", Records.KEY)).distinct();
            affectedKeys = affected;
            Dataset<Row> kept = earlier.filter(not(col(Records.INPUT_FILE).isin(changed.toArray())));
            earlierKeys = earlier.join(broadcast(affected), Records.JOIN_KEYS.toArray(new String[0]), "left_semi")
                    .select("kind", Records.KEY).distinct();
            work = kept.filter(col("kind").notEqual(ParsedRows.CODE))
                    .join(broadcast(affected), Records.JOIN_KEYS.toArray(new String[0]), "left_semi").unionByName(newRecords);
            codes = kept.filter(col("kind").equalTo(ParsedRows.CODE)).unionByName(codes);
        }

        progress.stage("merging duplicates");
        Map<String, String> descriptions = codeDescriptions(codes);
        Tables tables = new Tables(warehouse, runId, affectedKeys);
        Dataset<Row> patentRows = tables.put(Warehouse.PATENTS, mergePatents(work), "pub_id",
                itemsByKind.getOrDefault(ParsedRows.PATENT, 0L), ParsedRows.PATENT);
        Dataset<Row> eventRows = tables.put(Warehouse.EVENTS, mergeEvents(work, descriptions), "event_key",
                itemsByKind.getOrDefault(ParsedRows.EVENT, 0L), ParsedRows.EVENT);
        Dataset<Row> trademarkRows = tables.put(Warehouse.TRADEMARKS, mergeTrademarks(work), "trademark_id",
                itemsByKind.getOrDefault(ParsedRows.TRADEMARK, 0L), ParsedRows.TRADEMARK);
        String rejectsPath = warehouse.stagingTable(runId, Warehouse.REJECTS);
        write(runRejects, "source_file", 0, rejectsPath);
        Dataset<Row> rejectRows = spark.read().parquet(rejectsPath);

        progress.stage("reconciling counts");
        List<String> runFiles = files.stream().map(InputFile::path).toList();
        List<IngestCounts.Line> counts = IngestCounts.compute(items, patentRows, eventRows, trademarkRows, rejectRows,
                runFiles, earlierKeys);
        Map<String, Long> unusable = unusableFiles(rejectRows);
        List<String> notes = codeTableNotes(descriptions, context.maintFeeCodes());
        List<IngestCounts.Line> broken = counts.stream()
                .filter(l -> !l.table().equals(Reject.TABLE_FILES) && !l.reconciles()).toList();
        Result result = new Result(runId, warehouse.location(), counts, files.size(), bytes, skipped, changed, unusable,
                0, 0, 0, 0, context.parties().resolvesRegions(), notes, null, mode,
                Duration.between(started, Instant.now()), null);
        if (!broken.isEmpty()) {
            String reportPath = warehouse.writeRunReport(runId, report(result, started, false));
            throw new IllegalStateException("counts do not reconcile for " + broken
                    + "; the warehouse was left unchanged; staged tables kept at "
                    + warehouse.staging(runId) + "; report " + reportPath);
        }

        progress.stage("committing tables");
        tables.commitRows(Warehouse.PATENTS, "pub_id");
        tables.commitRows(Warehouse.EVENTS, "event_key");
        tables.commitRows(Warehouse.TRADEMARKS, "trademark_id");
        tables.commitAppend(Warehouse.RECORDS, newRecords.sortWithinPartitions("kind", Records.KEY),
                "t." + Records.INPUT_FILE, changed);
        tables.commitAppend(Warehouse.REJECTS, rejectRows, Records.INPUT_FILE_OF_REJECT, changed);
        long snapshotNumber = base.map(b -> b.number() + 1)
                .orElse(warehouse.latestSnapshot().map(b -> b.number() + 1).orElse(1L));
        tables.commitAppend(Warehouse.FILES, IngestedFiles.rows(spark, fingerprints, skipped, snapshotNumber, runId),
                "t.path", changed);

        ObjectNode record = new ObjectMapper().createObjectNode();
        record.put("number", snapshotNumber);
        record.put("snapshot_id", runId);
        record.put("created", started.toString());
        record.put("mode", mode);
        base.ifPresent(b -> record.put("parent", b.id()));
        ObjectNode tablesNode = record.putObject("tables");
        Map<String, Long> sizes = new TreeMap<>();
        for (String t : Warehouse.TABLES) {
            long version = warehouse.latestVersion(spark, t);
            long rows = spark.read().format("delta").option("versionAsOf", version).load(warehouse.table(t)).count();
            sizes.put(t, rows);
            tablesNode.putObject(t).put("version", version).put("rows", rows);
        }
        ObjectNode filesNode = record.putObject("files");
        filesNode.put("ingested", files.size());
        filesNode.put("bytes", bytes);
        filesNode.put("skipped", skipped.size());
        filesNode.put("changed", changed.size());
        ArrayNode inputs = record.putArray("inputs");
        options.inputs().forEach(inputs::add);
        progress.stage("committing snapshot " + snapshotNumber);
        Result published = new Result(runId, warehouse.location(), counts, files.size(), bytes, skipped, changed, unusable,
                sizes.get(Warehouse.PATENTS), sizes.get(Warehouse.EVENTS), sizes.get(Warehouse.TRADEMARKS),
                sizes.get(Warehouse.REJECTS), context.parties().resolvesRegions(), notes, snapshotNumber, mode,
                Duration.between(started, Instant.now()), null);
        // The run report first: a snapshot's record is its commit, and its readers look for the report by its id.
        String reportPath = warehouse.writeRunReport(runId, report(published, started, true));
        FaultPoints.reach("before-snapshot-commit");
        warehouse.commit(record);
        warehouse.discardStaging(runId);
        return published.finished(published.elapsed(), reportPath);
    }

    private long rows(Warehouse w, Warehouse.Snapshot s, String table) {
        return s.record().path("tables").path(table).path("rows").asLong();
    }

    /**
     * The row tables of one run. A first or {@code --replace} run writes each table whole (a new Delta version
     * that replaces every row); an incremental run stages the rows its records touch and MERGEs them in by key.
     */
    private final class Tables {
        private final Warehouse warehouse;
        private final String runId;
        private final boolean incremental;
        /** The (kind, key) pairs the run's records or the records it superseded belong to; null in a whole-table run. */
        private final Dataset<Row> affectedKeys;
        private final Map<String, Dataset<Row>> removedKeys = new TreeMap<>();

        Tables(Warehouse warehouse, String runId, Dataset<Row> affectedKeys) {
            this.warehouse = warehouse;
            this.runId = runId;
            this.affectedKeys = affectedKeys;
            this.incremental = affectedKeys != null;
        }

        /**
         * Stages the merged rows of one table (sorted by key, in files of bounded size, so reruns write identical
         * files) and returns them as read back; in an incremental run also notes the keys whose every record was
         * superseded (a file ingested again without them), which the commit deletes.
         */
        Dataset<Row> put(String table, Dataset<Row> rows, String key, long expectedRows, String kind) throws IOException {
            String staged = warehouse.stagingTable(runId, table);
            write(rows, key, expectedRows, staged);
            Dataset<Row> written = spark.read().parquet(staged);
            if (incremental) {
                removedKeys.put(table, affectedKeys.filter(col("kind").equalTo(kind)).select(col(Records.KEY).as(key))
                        .join(written.select(key), key, "left_anti"));
            }
            return written;
        }

        /** Writes the staged rows of {@code table}: the whole table, or a MERGE by key. */
        void commitRows(String table, String key) throws IOException {
            Dataset<Row> staged = spark.read().parquet(warehouse.stagingTable(runId, table));
            String path = warehouse.table(table);
            if (!incremental) {
                staged.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
                FaultPoints.reach("after-" + table);
                return;
            }
            if (!staged.isEmpty()) {
                DeltaTables.upsert(spark, path, staged, key);
            }
            Dataset<Row> removed = removedKeys.get(table);
            if (!removed.isEmpty()) {
                DeltaTables.deleteKeys(spark, path, removed, key);
            }
            FaultPoints.reach("after-" + table);
        }

        /**
         * Adds rows to an append-only table: the whole table in a first or {@code --replace} run; else first
         * deleting the rows of the files ingested again with new content ({@code changed}: their input files, as
         * the SQL expression {@code inputFile} over the table {@code t} gives each row's).
         */
        void commitAppend(String table, Dataset<Row> rows, String inputFile, List<String> changed) {
            String path = warehouse.table(table);
            if (!incremental) {
                rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
            } else {
                DeltaTables.deleteWhereIn(spark, path, inputFile, changed);
                rows.write().format("delta").mode("append").save(path);
            }
            FaultPoints.reach("after-" + table);
        }
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
        root.put("mode", r.mode());
        if (r.snapshot() != null) {
            root.put("snapshot", r.snapshot());
        }
        ArrayNode inputs = root.putArray("inputs");
        options.inputs().forEach(inputs::add);
        ObjectNode opts = root.putObject("options");
        opts.put("divisions", options.divisions());
        opts.put("aliases", options.aliases());
        opts.put("cn_headers", options.cnHeaders());
        ObjectNode filesNode = root.putObject("files");
        filesNode.put("listed", r.inputFiles());
        filesNode.put("bytes", r.inputBytes());
        r.skippedFiles().forEach(filesNode.putArray("skipped_already_ingested")::add);
        r.changedFiles().forEach(filesNode.putArray("ingested_again_with_new_content")::add);
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
