package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.warehouse.OwnerColumns;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * A first look at a warehouse, in small aggregates: publications and applications per office and
 * patent type, applications whose first owner sits in a focus region per county, events per
 * category, rejects per reason.
 */
public record WarehouseOverview(List<Row> byOffice, List<Row> focusRegion, List<Row> events, List<Row> rejects,
                                String focusPrefix) {

    /** Bozhou (亳州市, 3416xx), the bureau's city. */
    public static final String BOZHOU = "3416";

    public static WarehouseOverview of(SparkSession spark, String warehouseLocation) {
        Warehouse w = new Warehouse(warehouseLocation, spark.sparkContext().hadoopConfiguration());
        Dataset<Row> patents = w.read(spark, Warehouse.PATENTS);
        List<Row> byOffice = patents.groupBy("country", "patent_type")
                .agg(org.apache.spark.sql.functions.count("*").as("publications"),
                        countDistinct("application_id").as("applications"))
                .orderBy(col("applications").desc(), col("country"), col("patent_type")).collectAsList();
        Dataset<Row> firstParty = patents.withColumn("first_party", OwnerColumns.firstOwner());
        List<Row> focus = firstParty.filter(col("first_party.region_code").startsWith(BOZHOU))
                .groupBy(col("first_party.region_code").as("region_code"))
                .agg(countDistinct("application_id").as("applications"))
                .orderBy("region_code").collectAsList();
        List<Row> events = w.read(spark, Warehouse.EVENTS)
                .groupBy(coalesce(col("category"), col("code")).as("category")).count()
                .orderBy(col("count").desc(), col("category")).collectAsList();
        List<Row> rejects = w.read(spark, Warehouse.REJECTS)
                .groupBy("source_format", "reason_code").count()
                .orderBy("source_format", "reason_code").collectAsList();
        return new WarehouseOverview(byOffice, focus, events, rejects, BOZHOU);
    }

    public void print(PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-8s %-24s %13s %13s%n", "office", "patent type", "publications", "applications");
        for (Row r : byOffice) {
            out.printf(Locale.ROOT, "%-8s %-24s %,13d %,13d%n", r.getString(0), r.getString(1), r.getLong(2),
                    r.getLong(3));
        }
        out.println();
        out.printf(Locale.ROOT, "applications whose first owner is in region %s*:%n", focusPrefix);
        for (Row r : focusRegion) {
            out.printf(Locale.ROOT, "  %-8s %,8d%n", r.getString(0), r.getLong(1));
        }
        out.println();
        out.println("events by category:");
        for (Row r : events) {
            out.printf(Locale.ROOT, "  %-18s %,8d%n", r.getString(0), r.getLong(1));
        }
        out.println();
        out.println("rejects by format and reason:");
        for (Row r : rejects) {
            out.printf(Locale.ROOT, "  %-18s %-24s %,6d%n", r.getString(0), r.getString(1), r.getLong(2));
        }
        out.flush();
    }
}
