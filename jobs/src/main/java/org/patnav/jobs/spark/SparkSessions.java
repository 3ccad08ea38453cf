package org.patnav.jobs.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * How PatNav gets its SparkSession. Under {@code spark-submit} the master and settings come from the
 * submit command and are left alone; run directly ({@code ./patnav}) it defaults to local mode on all
 * cores. Dates are handled as {@code java.time.LocalDate} and in UTC everywhere, so a filing date never
 * shifts by a day with the machine's time zone.
 */
public final class SparkSessions {

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
                .config("spark.sql.debug.maxToStringFields", "1000");
        if (!conf.contains("spark.master")) {
            String effective = master == null ? "local[*]" : master;
            builder.master(effective);
            if (effective.startsWith("local")) {
                // A local run is a batch job on one machine: no web UI, shuffle sized to the cores.
                builder.config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions",
                                String.valueOf(Math.max(2, 2 * Runtime.getRuntime().availableProcessors())));
            }
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel(System.getProperty("patnav.log.level", "WARN"));
        return spark;
    }
}
