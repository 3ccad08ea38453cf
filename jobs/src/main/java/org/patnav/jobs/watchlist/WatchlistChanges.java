package org.patnav.jobs.watchlist;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeStatusChange;

/**
 * {@code watchlist --since}: the patents whose fee standing changed between an earlier snapshot (assessed as of
 * its date) and the current assessment, by {@link FeeStatusChange}'s rule. Both sides are assessed by the same
 * engine in Spark; only the comparison is added here.
 */
final class WatchlistChanges {

    /** The temporary view the report and the files read the changes from. */
    static final String VIEW = "wl_changes";

    static final StructType SCHEMA = new StructType()
            .add("change", DataTypes.StringType, false)
            .add("change_rank", DataTypes.IntegerType, false)
            .add("pub_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("owner", DataTypes.StringType, true)
            .add("region_code", DataTypes.StringType, true)
            .add("office", DataTypes.StringType, true)
            .add("status_before", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("fee_year", DataTypes.IntegerType, true)
            .add("next_due_date", DataTypes.DateType, true)
            .add("grant_date", DataTypes.DateType, true);

    /** The earlier side: which snapshot, assessed as of which date. */
    record Since(long snapshot, String snapshotId, LocalDate asOf) {
    }

    private WatchlistChanges() {
    }

    /** The changed patents, one row each, in the rule's order then by pub_id. */
    static Dataset<Row> between(Dataset<Row> before, Dataset<Row> after) {
        Dataset<Row> earlier = before.select(col("pub_id"), col("status").as("b_status"), col("fee_year").as("b_fee_year"),
                col("next_due_date").as("b_next_due_date"), col("grant_date").as("b_grant_date"));
        Dataset<Row> joined = after.select("pub_id", "title", "owner", "region_code", "office", "status", "fee_year",
                "next_due_date", "grant_date").join(earlier, after.col("pub_id").equalTo(earlier.col("pub_id")), "left")
                .drop(earlier.col("pub_id"));
        return joined.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                FeeStatusChange.Side now = new FeeStatusChange.Side(status(r.getAs("status")), r.getAs("fee_year"),
                        r.getAs("next_due_date"), r.getAs("grant_date"));
                String was = r.getAs("b_status");
                FeeStatusChange.Side then = was == null ? null : new FeeStatusChange.Side(status(was),
                        r.getAs("b_fee_year"), r.getAs("b_next_due_date"), r.getAs("b_grant_date"));
                FeeStatusChange.between(then, now).ifPresent(c -> out.add(RowFactory.create(c.id(), c.ordinal(),
                        r.getAs("pub_id"), r.getAs("title"), r.getAs("owner"), r.getAs("region_code"), r.getAs("office"),
                        was, r.getAs("status"), r.getAs("fee_year"), r.getAs("next_due_date"), r.getAs("grant_date"))));
            }
            return out.iterator();
        }, Encoders.row(SCHEMA)).orderBy("change_rank", "pub_id");
    }

    private static FeeStatus status(String id) {
        return FeeStatus.valueOf(id.toUpperCase(Locale.ROOT));
    }
}
