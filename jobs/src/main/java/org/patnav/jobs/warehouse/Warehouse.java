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
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A PatNav warehouse directory on any Hadoop file system:
 * <pre>
 *   W/patents/  W/events/  W/rejects/   Parquet tables
 *   W/_snapshot.json                    which ingest run produced the current tables
 *   W/_runs/ingest-&lt;timestamp&gt;.json  one report per run
 *   W/_staging/&lt;run&gt;/                 a run's tables while it is being built
 * </pre>
 * A run builds its tables under {@code _staging} and swaps them in only after its counts reconcile,
 * so a failed run leaves the previous tables untouched.
 */
public final class Warehouse {

    public static final String PATENTS = "patents";
    public static final String EVENTS = "events";
    public static final String TRADEMARKS = "trademarks";
    public static final String REJECTS = "rejects";
    public static final String SNAPSHOT = "_snapshot.json";

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter
            .ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final FileSystem fs;

    public Warehouse(String location, Configuration conf) {
        try {
            Path p = new Path(location);
            this.fs = p.getFileSystem(conf);
            this.root = fs.makeQualified(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open warehouse " + location, e);
        }
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

    public boolean hasTable(String name) throws IOException {
        return fs.exists(new Path(root, name));
    }

    /**
     * Moves the staged tables of a run into place. Each table is swapped by two renames (old table
     * aside, new one in), which is atomic per table on HDFS and local disks; the old tables are
     * deleted only after every new one is in place, and are moved back if a rename fails.
     */
    public void publish(String runId, List<String> tables, JsonNode snapshot) throws IOException {
        swapIn(runId, tables, () -> writeJson(new Path(root, SNAPSHOT), snapshot));
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

    /** The snapshot id of the current tables: what an index or a report was built from. */
    public Optional<String> snapshotId() throws IOException {
        return currentSnapshot().map(Snapshot::id);
    }

    /**
     * The current tables' snapshot: its id and when it was published (null if its record has no time), which a
     * report records as its creation time, so a rerun on the same snapshot writes the same bytes.
     */
    public record Snapshot(String id, Instant created) {
    }

    /** The current snapshot, its id and time read together from one record. */
    public Optional<Snapshot> currentSnapshot() throws IOException {
        return snapshot().map(s -> new Snapshot(s.path("snapshot_id").asText(null),
                s.hasNonNull("created") ? Instant.parse(s.get("created").asText()) : null));
    }

    public Optional<JsonNode> snapshot() throws IOException {
        return readJson(new Path(root, SNAPSHOT));
    }

    /**
     * The report of the ingest run that produced the current tables ({@link #writeRunReport}): its options
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
