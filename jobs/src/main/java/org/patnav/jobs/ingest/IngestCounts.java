package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.patnav.jobs.warehouse.ParsedRows;
import org.patnav.model.Reject;

/**
 * The reconciliation of an ingest run, per source format and target table:
 * {@code read = written + merged + rejected}. "Read" is counted from what the readers yielded,
 * before any merging; "written", "merged" and "rejected" from the finished tables. A run whose
 * lines do not add up fails instead of replacing the warehouse.
 */
public final class IngestCounts {

    /** One line of the counter table. */
    public record Line(String format, String table, long read, long written, long merged, long rejected) {
        public boolean reconciles() {
            return read == written + merged + rejected;
        }
    }

    private IngestCounts() {
    }

    /**
     * @param items   the readers' output in the staging envelope (after PatentsView rows were
     *                assembled into patent or reject items), without the table rows themselves
     */
    static List<Line> compute(Dataset<Row> items, Dataset<Row> patents, Dataset<Row> events, Dataset<Row> trademarks,
                              Dataset<Row> rejects) {
        Map<String, long[]> lines = new TreeMap<>();
        Dataset<Row> read = items
                .filter(col("kind").isin(ParsedRows.PATENT, ParsedRows.EVENT, ParsedRows.TRADEMARK, ParsedRows.REJECT))
                .select(col("format"),
                        when(col("kind").equalTo(ParsedRows.PATENT), lit(Reject.TABLE_PATENTS))
                                .when(col("kind").equalTo(ParsedRows.EVENT), lit(Reject.TABLE_EVENTS))
                                .when(col("kind").equalTo(ParsedRows.TRADEMARK), lit(Reject.TABLE_TRADEMARKS))
                                .otherwise(col("reject.table")).as("table"))
                .groupBy("format", "table").count();
        add(lines, read, 0);
        add(lines, patents.groupBy(col("source.format").as("format")).count()
                .withColumn("table", lit(Reject.TABLE_PATENTS)), 1);
        add(lines, events.groupBy(col("source.format").as("format")).count()
                .withColumn("table", lit(Reject.TABLE_EVENTS)), 1);
        add(lines, trademarks.groupBy(col("source.format").as("format")).count()
                .withColumn("table", lit(Reject.TABLE_TRADEMARKS)), 1);
        add(lines, trademarks.select(explode(col("merged_from")).as("m"))
                .groupBy(col("m.format").as("format")).count()
                .withColumn("table", lit(Reject.TABLE_TRADEMARKS)), 2);
        add(lines, patents.select(explode(col("merged_from")).as("m"))
                .groupBy(col("m.format").as("format")).count()
                .withColumn("table", lit(Reject.TABLE_PATENTS)), 2);
        add(lines, events.select(explode(col("merged_from")).as("m"))
                .groupBy(col("m.format").as("format")).count()
                .withColumn("table", lit(Reject.TABLE_EVENTS)), 2);
        add(lines, rejects.groupBy(col("source_format").as("format"), col("table")).count(), 3);
        List<Line> out = new ArrayList<>();
        lines.forEach((key, v) -> {
            String[] parts = key.split("\t", 2);
            out.add(new Line(parts[0], parts[1], v[0], v[1], v[2], v[3]));
        });
        return out;
    }

    /** Adds the counts of an aggregate with columns format, table, count into one column of the lines. */
    private static void add(Map<String, long[]> lines, Dataset<Row> counts, int column) {
        for (Row r : counts.select("format", "table", "count").collectAsList()) {
            lines.computeIfAbsent(r.getString(0) + "\t" + r.getString(1), k -> new long[4])[column] += r.getLong(2);
        }
    }
}
