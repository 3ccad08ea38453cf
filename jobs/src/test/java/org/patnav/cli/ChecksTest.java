package org.patnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** The Hadoop settings a command reaches its warehouse with, before (or without) any Spark session. */
class ChecksTest {

    @Test
    void sparkHadoopSystemPropertiesReachTheHadoopConfigurationAsSparkPassesThem() {
        // What spark-submit --conf spark.hadoop.fs.s3a.endpoint=... leaves in the driver's system properties.
        String key = "spark.hadoop.patnav.test.endpoint";
        System.setProperty(key, "http://127.0.0.1:9000");
        System.setProperty("spark.patnav.test.other", "not a Hadoop setting");
        try {
            Configuration conf = Checks.hadoopConf();
            assertThat(conf.get("patnav.test.endpoint")).isEqualTo("http://127.0.0.1:9000");
            assertThat(conf.get("patnav.test.other")).isNull();
            assertThat(conf.get("spark.hadoop.patnav.test.endpoint")).isNull();
        } finally {
            System.clearProperty(key);
            System.clearProperty("spark.patnav.test.other");
        }
    }
}
