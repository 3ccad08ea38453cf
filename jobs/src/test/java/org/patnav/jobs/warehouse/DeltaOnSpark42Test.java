package org.patnav.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SharedSpark;

/**
 * What the warehouse relies on of Delta 4.2.0 on Spark 4.2.0 ({@link DeltaTables}), and the part it works around:
 * when the Java API starts to load, a Delta built for Spark 4.2 has arrived and the workarounds can go.
 */
class DeltaOnSpark42Test {

    @TempDir
    Path tmp;

    @Test
    void upsertsDeletesTimeTravelAndVacuumWorkOnTablesWithoutCheckpoints() {
        SparkSession spark = SharedSpark.get();
        String path = tmp.resolve("t").toString();
        spark.range(10).toDF("k").write().format("delta").save(path);
        Dataset<Row> more = spark.range(5, 15).toDF("k");
        DeltaTables.upsert(spark, path, more, "k");
        DeltaTables.deleteWhereIn(spark, path, "cast(t.k as string)", List.of("0", "1"));
        assertThat(DeltaTables.latestVersion(spark, path)).isEqualTo(2);
        assertThat(spark.read().format("delta").load(path).count()).isEqualTo(13);
        assertThat(spark.read().format("delta").option("versionAsOf", 0).load(path).count()).isEqualTo(10);
        // Every new table is made without checkpoints (a checkpoint would make it unreadable) and deletion vectors.
        List<Row> properties = spark.sql("SHOW TBLPROPERTIES " + DeltaTables.ref(path)).collectAsList();
        assertThat(properties).anyMatch(r -> r.getString(0).equals("delta.checkpointInterval") && r.getString(1).equals("1000000"));
        assertThat(properties).anyMatch(r -> r.getString(0).equals("delta.enableDeletionVectors") && r.getString(1).equals("false"));
        assertThat(Files.exists(tmp.resolve("t/_delta_log/_last_checkpoint"))).isFalse();

        DeltaTables.rollBack(spark, path, 0);
        assertThat(spark.read().format("delta").load(path).count()).isEqualTo(10);
        DeltaTables.vacuum(spark, path, 0);
        assertThat(spark.read().format("delta").load(path).count()).isEqualTo(10);
    }

    @Test
    void theJavaApiDoesNotLoadOnSpark42() {
        SparkSession spark = SharedSpark.get();
        String path = tmp.resolve("api").toString();
        spark.range(1).toDF("k").write().format("delta").save(path);
        assertThatThrownBy(() -> io.delta.tables.DeltaTable.forPath(spark, path)).isInstanceOf(LinkageError.class);
    }
}
