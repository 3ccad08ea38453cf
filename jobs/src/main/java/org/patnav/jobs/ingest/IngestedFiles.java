package org.patnav.jobs.ingest;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.patnav.jobs.ingest.InputFingerprints.Fingerprint;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * The input files a warehouse has ingested ({@link Warehouse#FILES}): path, size, SHA-256, and the snapshot
 * that first held each. A file whose size and checksum are already there is skipped, under any path (the same
 * weekly file downloaded twice); a path already there with another content is ingested again and replaces
 * its earlier records.
 */
record IngestedFiles(Set<String> contents, Set<String> paths) {

    static final IngestedFiles NONE = new IngestedFiles(Set.of(), Set.of());

    static final StructType SCHEMA = createStructType(new StructField[] {
        createStructField("path", StringType, false),
        createStructField("size", LongType, false),
        createStructField("sha256", StringType, false),
        createStructField("snapshot", LongType, false),
        createStructField("run_id", StringType, false)});

    /** Read on the driver: one row per file, some thousands at most. */
    static IngestedFiles of(Dataset<Row> table) {
        Set<String> contents = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Row r : table.select("path", "size", "sha256").collectAsList()) {
            paths.add(r.getString(0));
            contents.add(content(r.getLong(1), r.getString(2)));
        }
        return new IngestedFiles(Set.copyOf(contents), Set.copyOf(paths));
    }

    /** Whether this content was ingested before, under any path; a file that could not be read never was. */
    boolean holds(Fingerprint f) {
        return !f.sha256().equals(InputFingerprints.UNREADABLE) && contents.contains(content(f.size(), f.sha256()));
    }

    private static String content(long size, String sha256) {
        return size + ":" + sha256;
    }

    /** The rows a run adds: the files it ingested (not those it skipped, nor those it could not read). */
    static Dataset<Row> rows(SparkSession spark, List<Fingerprint> fingerprints, List<String> skipped, long snapshot,
                             String runId) {
        Set<String> skip = new HashSet<>(skipped);
        List<Row> rows = new ArrayList<>();
        for (Fingerprint f : fingerprints) {
            if (!skip.contains(f.path()) && !f.sha256().equals(InputFingerprints.UNREADABLE)) {
                rows.add(RowFactory.create(f.path(), f.size(), f.sha256(), snapshot, runId));
            }
        }
        return spark.createDataFrame(rows, SCHEMA).coalesce(1);
    }
}
