package org.patnav.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.patnav.jobs.SharedSpark;

class JobGroupTest {

    private final SparkSession spark = SharedSpark.get();

    @Test
    void theWorkRunsUnderItsGroupAndTheCallersGroupComesBack() throws IOException {
        SparkContext sc = spark.sparkContext();
        sc.setJobGroup("caller", "the caller's work", false);
        try {
            String inside = JobGroup.run(spark, "patnav-test", "a test job", () -> sc.getLocalProperty("spark.jobGroup.id")
                    + "|" + sc.getLocalProperty("spark.job.description"));
            assertThat(inside).isEqualTo("patnav-test|a test job");
            assertThat(sc.getLocalProperty("spark.jobGroup.id")).isEqualTo("caller");
            assertThat(sc.getLocalProperty("spark.job.description")).isEqualTo("the caller's work");
        } finally {
            sc.clearJobGroup();
        }
    }

    @Test
    void aFailedJobLeavesNoGroupBehind() {
        SparkContext sc = spark.sparkContext();
        sc.clearJobGroup();
        assertThatThrownBy(() -> JobGroup.run(spark, "patnav-failing", "fails", () -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(sc.getLocalProperty("spark.jobGroup.id")).isNull();
    }
}
