package org.patnav.jobs.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * How PatNav gets its SparkSession. Under {@code spark-submit} the master and settings come from the
 * submit command and are left alone; run directly ({@code ./patnav}) it defaults to local mode on all
 * cores. Dates are handled as {@code java.time.LocalDate} and in UTC everywhere, so a filing date never
 * shifts by a day with the machine's time zone.
 *
 * <p>Run directly with any other master ({@code --master local-cluster[2,1,1024]}, {@code spark://host:7077}),
 * the tasks run in executor JVMs that have Spark but not PatNav: the session ships PatNav to them
 * ({@code spark.jars}: the jar PatNav was loaded from and its libraries, {@link ApplicationJars}), as
 * {@code spark-submit --jars} would.
 */
public final class SparkSessions {

    /** {@code local}, {@code local[4]}, {@code local[*]}, {@code local[4,2]}: tasks in the driver's JVM. */
    private static final Pattern IN_PROCESS = Pattern.compile("local(\\[[^\\]]*\\])?");

    /** Whether this JVM asked for a session: commands without Spark work (search, samples) never load Spark. */
    private static volatile boolean created;

    private SparkSessions() {
    }

    /**
     * @param master the master to use when none was given by spark-submit (e.g. {@code local[*]}); null
     *               keeps whatever the environment sets
     */
    public static SparkSession getOrCreate(String appName, String master) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.compression.codec", "zstd")
                // The patents schema is wide; without this Spark warns on every plan it prints.
                .config("spark.sql.debug.maxToStringFields", "1000")
                // The warehouse's tables are Delta tables (Warehouse): its SQL, MERGE and time travel.
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                // Every new table: MERGE marks replaced rows in deletion vectors instead of rewriting their
                // files (an incremental ingest touches 1 % of rows spread over every file); changes are
                // recorded (the index follows them); the log is kept for ten years, because `patnav vacuum
                // --keep N` decides which snapshots go, not Delta's 30-day default.
                .config("spark.databricks.delta.properties.defaults.enableDeletionVectors", "false")
                .config("spark.databricks.delta.properties.defaults.enableChangeDataFeed", "true")
                .config("spark.databricks.delta.properties.defaults.logRetentionDuration", "interval 3650 days")
                .config("spark.databricks.delta.properties.defaults.checkpointInterval", "1000000")
                // `patnav vacuum --keep N` computes a retention from the oldest snapshot it keeps, which may be
                // shorter than Delta's 7-day guard.
                .config("spark.databricks.delta.retentionDurationCheck.enabled", "false");
        if (!conf.contains("spark.master")) {
            String effective = master == null ? "local[*]" : master;
            builder.master(effective);
            if (effective.startsWith("local")) {
                // A local run (local mode, or local-cluster's executor JVMs) is a batch job on one machine: no
                // web UI, shuffle sized to the cores.
                builder.config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions",
                                String.valueOf(Math.max(2, 2 * Runtime.getRuntime().availableProcessors())));
            }
            if (!runsInProcess(effective)) {
                builder.config("spark.jars", jars(conf.get("spark.jars", ""), ApplicationJars.of(SparkSessions.class)));
            }
        }
        created = true;
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel(System.getProperty("patnav.log.level", "WARN"));
        return spark;
    }

    /** Whether a master runs the tasks in the driver's own JVM, which has PatNav's classes already. */
    static boolean runsInProcess(String master) {
        return IN_PROCESS.matcher(master).matches();
    }

    /** {@code spark.jars}: the jars already configured (e.g. {@code -Dspark.jars=...}), then PatNav's. */
    static String jars(String configured, List<Path> application) {
        List<String> out = new ArrayList<>();
        Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        application.forEach(p -> out.add(p.toString()));
        return String.join(",", out);
    }

    /**
     * Stops the session this JVM runs, if any. The command line calls it before exiting, so a cluster's
     * executors are released in order instead of by the JVM's shutdown hooks (a local-cluster's in-process
     * worker would try to relaunch them while the JVM exits).
     */
    public static void stop() {
        if (!created) {
            return;
        }
        scala.Option<SparkSession> session = SparkSession.getDefaultSession();
        if (session.isDefined()) {
            session.get().stop();
        }
    }
}
