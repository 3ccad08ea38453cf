package org.patnav.jobs.spark;

import java.io.IOException;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a job's Spark work under a named job group, so the Spark UI and the logs say which PatNav job a
 * Spark job belongs to, and restores the caller's group afterwards, also when the work fails (the habit
 * of Iceberg's {@code JobGroupUtils.withJobGroupInfo}): a job run from another job or a test keeps its own
 * group and no failed job leaves its name on the next one's work.
 */
public final class JobGroup {

    private static final String GROUP_ID = "spark.jobGroup.id";
    private static final String DESCRIPTION = "spark.job.description";
    private static final String INTERRUPT = "spark.job.interruptOnCancel";

    private JobGroup() {
    }

    /** A job's Spark work: what its {@code run()} does between reading its options and returning its result. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws IOException;
    }

    /** Runs {@code work} under the group {@code id} described by {@code description}; returns its result. */
    public static <T> T run(SparkSession spark, String id, String description, Work<T> work) throws IOException {
        SparkContext sc = spark.sparkContext();
        String previousId = sc.getLocalProperty(GROUP_ID);
        String previousDescription = sc.getLocalProperty(DESCRIPTION);
        String previousInterrupt = sc.getLocalProperty(INTERRUPT);
        sc.setJobGroup(id, description, false);
        try {
            return work.call();
        } finally {
            sc.setLocalProperty(GROUP_ID, previousId);
            sc.setLocalProperty(DESCRIPTION, previousDescription);
            sc.setLocalProperty(INTERRUPT, previousInterrupt);
        }
    }
}
