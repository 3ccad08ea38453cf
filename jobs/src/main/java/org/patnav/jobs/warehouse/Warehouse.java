package org.patnav.jobs.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A PatNav warehouse directory on any Hadoop file system:
 * <pre>
 *   W/patents/ W/events/ W/trademarks/ W/rejects/   Delta tables: the ingested data
 *   W/_records/ W/_files/                           Delta tables: every reader record the rows are merged
 *                                                   from, and every input file ingested (incremental ingest)
 *   W/_snapshots/NNNNNNNNNNNNNNNNNNNN.json         one committed snapshot each: the version of every table
 *   W/_runs/&lt;run&gt;.json                       one report per run
 *   W/_staging/&lt;run&gt;/                     a run's intermediate data and derived tables while it runs
 *   W/index/ W/sectors/ W/chains/ W/facts/          derived from one snapshot, which their manifests name
 * </pre>
 * An ingest commits new versions of the Delta tables, then writes the snapshot record naming them; the
 * record, renamed into place last, is the commit of the whole warehouse. Every reader reads the table versions
 * of one snapshot (the latest, or the one asked for with {@link #at}), so a run killed before its record
 * leaves the previous snapshot whole and readable, and the next writer rolls the tables back to it
 * ({@link #recover}).
 */
public final class Warehouse {

    public static final String PATENTS = "patents";
    public static final String EVENTS = "events";
    public static final String TRADEMARKS = "trademarks";
    public static final String REJECTS = "rejects";
    /** The readers' records that the rows of patents, events and trademarks are merged from. */
    public static final String RECORDS = "_records";
    /** The input files ingested: path, size and checksum, and the snapshot that first held them. */
    public static final String FILES = "_files";
    /** The Delta tables a snapshot names, in the order an ingest commits them. */
    public static final List<String> TABLES = List.of(RECORDS, PATENTS, EVENTS, TRADEMARKS, REJECTS, FILES);
    public static final String SNAPSHOTS = "_snapshots";
    /** Where a warehouse written before the Delta tables kept its one snapshot. */
    private static final String PARQUET_SNAPSHOT = "_snapshot.json";

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter
            .ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final FileSystem fs;
    /** The snapshot a job asked for ({@code --snapshot}), or null for the latest committed one. */
    private final String pinned;

    public Warehouse(String location, Configuration conf) {
        try {
            Path p = new Path(location);
            this.fs = p.getFileSystem(conf);
            this.root = fs.makeQualified(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open warehouse " + location, e);
        }
        this.pinned = null;
    }

    private Warehouse(Warehouse w, String pinned) {
        this.root = w.root;
        this.fs = w.fs;
        this.pinned = pinned;
    }

    /**
     * This warehouse as of the snapshot {@code snapshot} (its id, like {@code ingest-20261124T101500.123Z}, or its
     * number), or of the latest when null: what {@link #currentSnapshot} and {@link #read} then give.
     */
    public Warehouse at(String snapshot) {
        return snapshot == null || snapshot.isBlank() ? this : new Warehouse(this, snapshot.strip());
    }

    /**
     * The id of a job's run that started at {@code started}: {@code ingest-20261124T101500.123Z}. It names
     * the run's staging directory and its report, and the snapshot an ingest publishes.
     */
    public static String runId(String job, Instant started) {
        return job + "-" + RUN_ID.format(started);
    }

    public String location() {
        return root.toString();
    }

    public String table(String name) {
        return new Path(root, name).toString();
    }

    public String staging(String runId) {
        return new Path(new Path(root, "_staging"), runId).toString();
    }

    public String stagingTable(String runId, String name) {
        return new Path(staging(runId), name).toString();
    }

    /** Whether the warehouse holds {@code name}: a Delta table the snapshot read names, or a derived directory. */
    public boolean hasTable(String name) throws IOException {
        if (TABLES.contains(name)) {
            return currentSnapshot().map(s -> s.version(name) >= 0).orElse(false);
        }
        return fs.exists(new Path(root, name));
    }

    /** A step that completes a publication; if it fails the swapped tables are moved back. */
    @FunctionalInterface
    public interface Completion {
        void run() throws IOException;
    }

    /**
     * Moves staged directories of a run into place (tables, the index), then runs {@code completion}
     * (writing a manifest); on failure everything swapped so far is moved back.
     */
    public void swapIn(String runId, List<String> tables, Completion completion) throws IOException {
        Path trash = new Path(new Path(root, "_trash"), runId);
        List<String> swapped = new ArrayList<>();
        try {
            for (String t : tables) {
                Path live = new Path(root, t);
                Path staged = new Path(staging(runId), t);
                if (fs.exists(live)) {
                    fs.mkdirs(trash);
                    rename(live, new Path(trash, t));
                }
                rename(staged, live);
                swapped.add(t);
            }
            completion.run();
        } catch (IOException | RuntimeException e) {
            for (String t : swapped) {
                Path live = new Path(root, t);
                Path old = new Path(trash, t);
                fs.delete(live, true);
                if (fs.exists(old)) {
                    rename(old, live);
                }
            }
            throw e;
        }
        fs.delete(trash, true);
        fs.delete(new Path(staging(runId)), true);
        deleteIfEmpty(new Path(root, "_staging"));
        deleteIfEmpty(new Path(root, "_trash"));
    }

    /** The file a writing run holds while it runs: ingest, index, navigate and the fact table take it. */
    public static final String WRITER_LOCK = "_writer.lock";

    /**
     * A second writer refused: another run holds the warehouse. The message names that run, where it runs and
     * since when, and how to clear a lock its run left when it was killed.
     */
    public static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    /** Held while a run writes; closing it releases the warehouse. */
    public final class WriterLock implements AutoCloseable {
        private final String runId;

        private WriterLock(String runId) {
            this.runId = runId;
        }

        @Override
        public void close() throws IOException {
            Path lock = new Path(root, WRITER_LOCK);
            Optional<JsonNode> holder = readLock(lock);
            if (holder.isPresent() && runId.equals(holder.get().path("run_id").asText())) {
                fs.delete(lock, false);
            }
        }
    }

    /**
     * Takes the warehouse for the run {@code runId}, or refuses with a {@link BusyException} naming the run that
     * holds it: two runs publishing into one warehouse would each print success while the last one silently
     * replaced the other's tables. A lock left by a run killed on this machine (its process gone) is taken over.
     */
    public WriterLock lockForWriting(String runId) throws IOException {
        Path lock = new Path(root, WRITER_LOCK);
        ObjectNode me = JSON.createObjectNode();
        me.put("run_id", runId);
        me.put("host", host());
        me.put("pid", ProcessHandle.current().pid());
        me.put("since", Instant.now().toString());
        for (int attempt = 0; attempt < 2; attempt++) {
            fs.mkdirs(root);
            try (OutputStream out = fs.create(lock, false)) {
                JSON.writeValue(out, me);
                return new WriterLock(runId);
            } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
                Optional<JsonNode> holder = readLock(lock);
                if (holder.isEmpty()) {
                    continue; // released meanwhile
                }
                JsonNode h = holder.get();
                if (!h.hasNonNull("run_id")) {
                    // being written this instant by another run, or written by none of PatNav's: not taken over
                    throw new BusyException("warehouse " + root + " holds a writer lock that names no run; if no run"
                            + " is writing, delete " + lock);
                }
                if (!abandoned(h)) {
                    throw new BusyException("warehouse " + root + " is being written by run " + h.path("run_id").asText()
                            + " (process " + h.path("pid").asText() + " on " + h.path("host").asText() + ", since "
                            + h.path("since").asText() + "); run again when it has finished, or, if that run is gone, "
                            + "delete " + lock);
                }
                // the run that held it was killed on this machine: its process is gone
                fs.delete(lock, false);
            }
        }
        throw new BusyException("warehouse " + root + ": another run took " + WRITER_LOCK + " while this one cleared a stale one");
    }

    /**
     * The lock's record, empty when there is no lock; a lock half written reads as a record that names no run
     * (an empty one reads so too: Jackson reads empty content as a missing node).
     */
    private Optional<JsonNode> readLock(Path lock) throws IOException {
        try {
            return readJson(lock);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.of(JSON.createObjectNode());
        }
    }

    /** Whether a lock's run was on this machine and its process is gone (killed, or crashed). */
    private static boolean abandoned(JsonNode holder) {
        return holder.path("host").asText().equals(host())
                && ProcessHandle.of(holder.path("pid").asLong(-1)).map(p -> !p.isAlive()).orElse(true);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown host";
        }
    }

    public void discardStaging(String runId) throws IOException {
        fs.delete(new Path(staging(runId)), true);
        deleteIfEmpty(new Path(root, "_staging"));
    }

    public String writeRunReport(String runId, JsonNode report) throws IOException {
        Path file = runReport(runId);
        writeJson(file, report);
        return file.toString();
    }

    private Path runReport(String runId) {
        return new Path(new Path(root, "_runs"), runId + ".json");
    }

    /** The snapshot id of the tables read: what an index or a report was built from. */
    public Optional<String> snapshotId() throws IOException {
        return currentSnapshot().map(Snapshot::id);
    }

    /**
     * One committed snapshot: its number (1, 2, ... in commit order), its id (the ingest run that committed
     * it), when it was committed (null if its record has no time; a report records it as its creation time, so
     * a rerun on the same snapshot writes the same bytes), the version of each Delta table, and the whole record.
     */
    public record Snapshot(long number, String id, Instant created, Map<String, Long> versions, JsonNode record) {
        public Snapshot {
            versions = Map.copyOf(versions);
        }

        /** The version of {@code table} this snapshot names, or -1 when it names none. */
        public long version(String table) {
            return versions.getOrDefault(table, -1L);
        }
    }

    /**
     * The snapshot read: the one {@link #at} asked for, else the latest committed one; empty before the first
     * ingest. A snapshot asked for that does not exist is an {@link IllegalArgumentException} naming the ones
     * that do.
     */
    public Optional<Snapshot> currentSnapshot() throws IOException {
        List<Snapshot> all = snapshots();
        if (pinned == null) {
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        for (Snapshot s : all) {
            if (s.id().equals(pinned) || String.valueOf(s.number()).equals(pinned)) {
                return Optional.of(s);
            }
        }
        throw new IllegalArgumentException("warehouse " + root + " has no snapshot " + pinned + " ("
                + (all.isEmpty() ? "it has none" : "it has " + all.get(0).number() + " to " + all.get(all.size() - 1).number()
                + "; patnav snapshots lists them") + ")");
    }

    /**
     * The snapshot {@code since} names: a snapshot's id or number, or a date ({@code 2026-11-01}) for the last snapshot
     * committed on or before that day (UTC); an {@link IllegalArgumentException} when there is none.
     */
    public Snapshot snapshotAsOf(String since) throws IOException {
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(since);
        } catch (java.time.format.DateTimeParseException notADate) {
            return at(since).currentSnapshot().orElseThrow();
        }
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Snapshot found = null;
        List<Snapshot> all = snapshots();
        for (Snapshot s : all) {
            if (s.created() != null && s.created().isBefore(end)) {
                found = s;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("warehouse " + root + " has no snapshot committed on or before " + day
                    + (all.isEmpty() ? "" : " (its first is of " + all.get(0).created() + ")"));
        }
        return found;
    }

    /** The latest committed snapshot, whatever {@link #at} asked for: what an ingest adds to. */
    public Optional<Snapshot> latestSnapshot() throws IOException {
        return new Warehouse(this, null).currentSnapshot();
    }

    /** The record of the snapshot read ({@link #currentSnapshot}). */
    public Optional<JsonNode> snapshot() throws IOException {
        return currentSnapshot().map(Snapshot::record);
    }

    /** Every committed snapshot, oldest first. A record being written (a hidden temporary file) is not one. */
    public List<Snapshot> snapshots() throws IOException {
        Path dir = new Path(root, SNAPSHOTS);
        if (!fs.exists(dir)) {
            if (fs.exists(new Path(root, PARQUET_SNAPSHOT))) {
                throw new IllegalStateException("warehouse " + root + " was written by an earlier PatNav (Parquet tables and "
                        + PARQUET_SNAPSHOT + "); ingest its inputs again with --replace to make it a Delta warehouse");
            }
            return List.of();
        }
        List<Snapshot> out = new ArrayList<>();
        for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (name.startsWith(".") || !name.endsWith(".json")) {
                continue;
            }
            JsonNode r = readJson(f.getPath()).orElseThrow();
            Map<String, Long> versions = new TreeMap<>();
            r.path("tables").properties().forEach(e -> versions.put(e.getKey(), e.getValue().path("version").asLong()));
            out.add(new Snapshot(r.path("number").asLong(), r.path("snapshot_id").asText(null),
                    r.hasNonNull("created") ? Instant.parse(r.get("created").asText()) : null, versions, r));
        }
        out.sort(java.util.Comparator.comparingLong(Snapshot::number));
        return out;
    }

    /**
     * Commits a snapshot: its record is written under a hidden name, then renamed to its number, which no
     * reader lists before the rename. The caller holds the writer lock, so no other run commits that number.
     */
    public void commit(ObjectNode record) throws IOException {
        long number = record.path("number").asLong();
        if (number < 1) {
            throw new IllegalArgumentException("a snapshot record needs its number");
        }
        Path file = new Path(new Path(root, SNAPSHOTS), String.format(Locale.ROOT, "%020d.json", number));
        if (fs.exists(file)) {
            throw new IllegalStateException("snapshot " + number + " of " + root + " is already committed");
        }
        writeJson(file, record);
    }

    /**
     * Removes the records of snapshots older than the {@code keep} latest, oldest first, and returns the ones
     * kept; the caller then vacuums the tables' files no kept snapshot reads.
     */
    public List<Snapshot> forgetAllBut(int keep) throws IOException {
        List<Snapshot> all = snapshots();
        int drop = Math.max(0, all.size() - keep);
        for (Snapshot s : all.subList(0, drop)) {
            fs.delete(new Path(new Path(root, SNAPSHOTS), String.format(Locale.ROOT, "%020d.json", s.number())), false);
        }
        return all.subList(drop, all.size());
    }

    /**
     * The Delta table {@code table} as the snapshot read names it ({@link #currentSnapshot}): time travel to the
     * version the snapshot committed, so rows a later or a killed ingest wrote are not read.
     */
    public Dataset<Row> read(SparkSession spark, String table) {
        Snapshot s;
        try {
            s = currentSnapshot().orElseThrow(() -> new IllegalStateException(
                    "no ingested warehouse at " + root + " (run patnav ingest first)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshots of " + root, e);
        }
        return read(spark, s, table);
    }

    /** The Delta table {@code table} at the version {@code snapshot} names. */
    public Dataset<Row> read(SparkSession spark, Snapshot snapshot, String table) {
        long version = snapshot.version(table);
        if (version < 0) {
            throw new IllegalStateException("snapshot " + snapshot.id() + " of " + root + " has no table " + table);
        }
        return spark.read().format("delta").option("versionAsOf", version).load(table(table));
    }

    /** The latest version of a Delta table (committed to the table, perhaps not to a snapshot), or -1 when there is none. */
    public long latestVersion(SparkSession spark, String table) throws IOException {
        String path = table(table);
        return DeltaTables.exists(fs, path) ? DeltaTables.latestVersion(spark, path) : -1;
    }

    /**
     * Rolls back what a run killed before its commit left: each table whose latest version is past the version
     * the latest snapshot names gets that version's rows again (as a new version); a table the latest snapshot
     * does not name at all (the first ingest was killed) is removed, and so are staging directories. Readers never
     * needed this (they read the snapshot's versions); a writer does, because it adds to the latest version. Run by
     * each ingest under the writer lock, before it writes. Returns what it did, one line each, for the progress.
     */
    public List<String> recover(SparkSession spark) throws IOException {
        List<String> done = new ArrayList<>();
        Optional<Snapshot> latest = latestSnapshot();
        for (String t : TABLES) {
            long version = latestVersion(spark, t);
            long committed = latest.map(s -> s.version(t)).orElse(-1L);
            if (version > committed && committed >= 0) {
                DeltaTables.rollBack(spark, table(t), committed);
                done.add("rolled " + t + " back to version " + committed + " (version " + version + " was left by a run that did not commit)");
            } else if (committed < 0 && fs.exists(new Path(root, t))) {
                fs.delete(new Path(root, t), true);
                done.add("removed " + t + ", left by a run that did not commit");
            }
        }
        Path staging = new Path(root, "_staging");
        if (fs.exists(staging)) {
            for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(staging)) {
                fs.delete(st.getPath(), true);
                done.add("removed staging of " + st.getPath().getName());
            }
            deleteIfEmpty(staging);
        }
        return done;
    }

    /**
     * The report of the ingest run that committed the snapshot read ({@link #writeRunReport}): its options
     * say, for instance, which division table the region codes were derived from. Empty before the first
     * run, or when the report was removed.
     */
    public Optional<JsonNode> snapshotRunReport() throws IOException {
        Optional<String> id = snapshotId();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return readJson(runReport(id.get()));
    }

    /** The JSON of {@code file}; empty when there is no such file. */
    private Optional<JsonNode> readJson(Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return Optional.ofNullable(JSON.readTree(in));
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("cannot move " + from + " to " + to);
        }
    }

    public FileSystem fileSystem() {
        return fs;
    }

    public Path root() {
        return root;
    }

    /** Written to a temporary name first, then renamed, so readers never see half a file. */
    public void writeJson(Path file, JsonNode node) throws IOException {
        Path tmp = new Path(file.getParent(), "." + file.getName() + ".tmp");
        fs.mkdirs(file.getParent());
        try (OutputStream out = fs.create(tmp, true)) {
            JSON.writeValue(out, node);
        }
        fs.delete(file, false);
        rename(tmp, file);
    }

    private void deleteIfEmpty(Path dir) throws IOException {
        if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
            fs.delete(dir, false);
        }
    }
}
