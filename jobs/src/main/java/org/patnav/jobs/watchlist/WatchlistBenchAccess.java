package org.patnav.jobs.watchlist;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.warehouse.FeeSubjects;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.jobs.warehouse.Warehouse;

/** The watchlist's steps one by one, for {@code org.patnav.bench.WatchlistBench} to time them apart. */
public final class WatchlistBenchAccess {

    private WatchlistBenchAccess() {
    }

    public static Dataset<Row> subjects(SparkSession spark, String warehouse) throws IOException {
        return FeeSubjects.build(spark, new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration()));
    }

    public static Dataset<Row> assess(Dataset<Row> subjects, LocalDate asOf) {
        return WatchlistJob.assess(subjects, asOf, 90, Deadlines.defaults());
    }
}
