package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * The Delta Lake operations the warehouse uses, through Delta's SQL and its DataFrame source.
 *
 * <p>Delta 4.2.0 is built against Spark 4.1; on Spark 4.2.0 its writes, MERGE, DELETE, time travel, change
 * feed and VACUUM work, but three parts do not (checked in {@code DeltaOnSpark42Test}): the Scala/Java
 * {@code io.delta.tables.DeltaTable} API (it links a class Spark 4.2 removed), reading a Parquet checkpoint of
 * the log, and deletion vectors (both call a Parquet schema converter whose constructor changed). So the tables
 * are created with checkpoints off (SparkSessions sets the defaults: the log stays JSON, which a weekly ingest
 * grows by one file per table), without deletion vectors, and a rollback rewrites the committed version's rows
 * instead of running RESTORE, which writes a checkpoint.
 */
public final class DeltaTables {

    private static final AtomicLong VIEWS = new AtomicLong();

    private DeltaTables() {
    }

    /** {@code delta.`path`}, the path quoted for Delta's SQL. */
    static String ref(String path) {
        return "delta.`" + path.replace("`", "``") + "`";
    }

    public static boolean exists(FileSystem fs, String path) throws java.io.IOException {
        return fs.exists(new Path(path, "_delta_log"));
    }

    /** The latest version of the table at {@code path} (its history's newest entry). */
    public static long latestVersion(SparkSession spark, String path) {
        return spark.sql("DESCRIBE HISTORY " + ref(path) + " LIMIT 1").select("version").head().getLong(0);
    }

    /** Upserts {@code source} into the table by {@code key}: a matched row is replaced, a new one inserted. */
    public static void upsert(SparkSession spark, String path, Dataset<Row> source, String key) {
        String view = view(source);
        try {
            spark.sql("MERGE INTO " + ref(path) + " t USING " + view + " s ON t." + key + " = s." + key
                    + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");
        } finally {
            spark.catalog().dropTempView(view);
        }
    }

    /** Deletes the rows whose {@code key} is one of {@code keys} (a dataset of one column named {@code key}). */
    public static void deleteKeys(SparkSession spark, String path, Dataset<Row> keys, String key) {
        String view = view(keys);
        try {
            spark.sql("MERGE INTO " + ref(path) + " t USING " + view + " s ON t." + key + " = s." + key
                    + " WHEN MATCHED THEN DELETE");
        } finally {
            spark.catalog().dropTempView(view);
        }
    }

    /** Deletes the rows for which the SQL expression {@code valueOfRow} (over the table as {@code t}) is one of {@code values}. */
    public static void deleteWhereIn(SparkSession spark, String path, String valueOfRow, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        Dataset<Row> list = spark.createDataFrame(values.stream().map(v -> RowFactory.create(v)).toList(),
                createStructType(new StructField[] {createStructField("value", StringType, false)}));
        String view = view(list);
        try {
            spark.sql("MERGE INTO " + ref(path) + " t USING " + view + " s ON " + valueOfRow + " = s.value"
                    + " WHEN MATCHED THEN DELETE");
        } finally {
            spark.catalog().dropTempView(view);
        }
    }

    /** Makes {@code version} the table's latest state again, as a new version holding exactly its rows. */
    public static void rollBack(SparkSession spark, String path, long version) {
        spark.read().format("delta").option("versionAsOf", version).load(path)
                .write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
    }

    /**
     * Deletes the table's data files that its latest version does not read and that a commit removed more than
     * {@code retainHours} ago (VACUUM's rule; the caller derives the hours from the oldest version it keeps).
     */
    public static void vacuum(SparkSession spark, String path, double retainHours) {
        spark.sql(String.format(java.util.Locale.ROOT, "VACUUM %s RETAIN %.4f HOURS", ref(path), retainHours)).collect();
    }

    private static String view(Dataset<Row> rows) {
        String name = "patnav_delta_source_" + VIEWS.incrementAndGet();
        rows.createOrReplaceTempView(name);
        return name;
    }
}
