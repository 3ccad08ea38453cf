package org.patnav.jobs;

import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.spark.SparkSessions;

/**
 * The one local SparkSession all job tests share (surefire runs them in one JVM), created on first
 * use: two cores, no UI, built the same way as the CLI builds it.
 */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.getOrCreate("patnav-tests", "local[2]");
        }
        return session;
    }
}
