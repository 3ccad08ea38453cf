package org.patnav.cli;

import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.spark.SparkSessions;
import picocli.CommandLine.Option;

/** Options every Spark job shares. */
final class SparkOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).",
            defaultValue = "local[*]")
    String master;

    SparkSession session(String job) {
        return SparkSessions.getOrCreate("patnav " + job, master);
    }
}
