package org.patnav.jobs.navigate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.navigate.SectorScore;

/**
 * Precision and recall of the sector membership in {@code W/sectors} against a labelled CSV (for
 * example the sample generator's ground-truth.csv): counted per application (the membership unit),
 * over the labelled applications only. Labels may list several sectors separated by ';'. The counting
 * runs in Spark; only the per-sector counts reach the driver.
 */
public final class SectorEvaluation {

    private static final scala.collection.immutable.Seq<String> KEY =
            scala.jdk.javaapi.CollectionConverters.asScala(List.of("key")).toList();

    private SectorEvaluation() {
    }

    public static List<SectorScore> evaluate(SparkSession spark, Warehouse w, String labelsCsv, String keyColumn,
                                             String labelColumn, List<String> sectors) {
        Dataset<Row> labels = spark.read().option("header", "true").csv(labelsCsv)
                .select(trim(col(keyColumn)).as("key"), explode(split(coalesce(col(labelColumn), lit("")), ";")).as("label"))
                .withColumn("label", trim(col("label")));
        Dataset<Row> universe = labels.select("key").distinct();
        Dataset<Row> predicted = spark.read().parquet(w.table(SectorMembership.TABLE))
                .select(coalesce(col("application_id"), col("pub_id")).as("key"), col("sector")).distinct()
                .join(universe, "key");
        List<SectorScore> out = new ArrayList<>();
        for (String sector : sectors) {
            Dataset<Row> truth = labels.filter(col("label").equalTo(sector)).select("key").distinct();
            Dataset<Row> found = predicted.filter(col("sector").equalTo(sector)).select("key");
            Row r = found.withColumn("found", lit(1))
                    .join(truth.withColumn("labelled", lit(1)), KEY, "full_outer")
                    .agg(sum(when(col("found").isNotNull().and(col("labelled").isNotNull()), 1).otherwise(0)),
                            sum(when(col("found").isNotNull().and(col("labelled").isNull()), 1).otherwise(0)),
                            sum(when(col("found").isNull().and(col("labelled").isNotNull()), 1).otherwise(0)))
                    .first();
            out.add(new SectorScore(sector, r.isNullAt(0) ? 0 : r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1),
                    r.isNullAt(2) ? 0 : r.getLong(2)));
        }
        return out;
    }

}
