package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.patnav.jobs.warehouse.ParsedRows;
import org.patnav.model.Reject;

/**
 * The reconciliation of an ingest run, per source format and target table:
 * {@code read = written + merged + rejected}. "Read" is counted from what the readers yielded,
 * before any merging; "written", "merged" and "rejected" from the rows the run wrote or changed, counting
 * the run's own records only. A run whose lines do not add up fails before it commits anything.
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
     * @param items      the run's readers' output in the staging envelope (after PatentsView rows were
     *                   assembled into patent or reject items), without the table rows themselves
     * @param patents    the rows the run wrote or changed (the whole table in a first run), and so for events and
     *                   trademarks
     * @param rejects    the run's rejects
     * @param runFiles   the run's input files: a row's source or merged-from record counts for this run when it
     *                   came from one of them (an incremental run's rows also hold earlier runs' records)
     * @param earlierKeys the keys (kind, key) that had rows before the run, or null in a first or replacing run:
     *                   a record of the run that becomes the source of such a row is merged, not written
     */
    static List<Line> compute(Dataset<Row> items, Dataset<Row> patents, Dataset<Row> events, Dataset<Row> trademarks,
                              Dataset<Row> rejects, List<String> runFiles, Dataset<Row> earlierKeys) {
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
        Scope scope = new Scope(runFiles, earlierKeys);
        scope.rows(lines, patents, ParsedRows.PATENT, "pub_id", Reject.TABLE_PATENTS);
        scope.rows(lines, events, ParsedRows.EVENT, "event_key", Reject.TABLE_EVENTS);
        scope.rows(lines, trademarks, ParsedRows.TRADEMARK, "trademark_id", Reject.TABLE_TRADEMARKS);
        add(lines, rejects.groupBy(col("source_format").as("format"), col("table")).count(), 3);
        List<Line> out = new ArrayList<>();
        lines.forEach((key, v) -> {
            String[] parts = key.split("\t", 2);
            out.add(new Line(parts[0], parts[1], v[0], v[1], v[2], v[3]));
        });
        return out;
    }

    /** Which of a table's records are the run's, and which rows existed before it. */
    private record Scope(List<String> runFiles, Dataset<Row> earlierKeys) {

        private Column mine(Column sourceFile) {
            return earlierKeys == null ? lit(true) : Records.inputFile(sourceFile).isin(runFiles.toArray());
        }

        /**
         * Written: rows the run's record is the source of and that did not exist before. Merged: the run's
         * records merged into a row (listed in its merged_from), and those that became the source of a row
         * that existed before.
         */
        void rows(Map<String, long[]> lines, Dataset<Row> rows, String kind, String key, String table) {
            Dataset<Row> flagged = earlierKeys == null ? rows.withColumn("existed", lit(false))
                    : rows.join(earlierKeys.filter(col("kind").equalTo(kind)).select(col(Records.KEY).as(key))
                            .withColumn("existed", lit(true)), key, "left")
                            .withColumn("existed", coalesce(col("existed"), lit(false)));
            Dataset<Row> sources = flagged.filter(mine(col("source.file")));
            add(lines, sources.filter(not(col("existed"))).groupBy(col("source.format").as("format")).count()
                    .withColumn("table", lit(table)), 1);
            add(lines, sources.filter(col("existed")).groupBy(col("source.format").as("format")).count()
                    .withColumn("table", lit(table)), 2);
            add(lines, rows.select(explode(col("merged_from")).as("m")).filter(mine(col("m.file")))
                    .groupBy(col("m.format").as("format")).count().withColumn("table", lit(table)), 2);
        }
    }

    /** Adds the counts of an aggregate with columns format, table, count into one column of the lines. */
    private static void add(Map<String, long[]> lines, Dataset<Row> counts, int column) {
        for (Row r : counts.select("format", "table", "count").collectAsList()) {
            lines.computeIfAbsent(r.getString(0) + "\t" + r.getString(1), k -> new long[4])[column] += r.getLong(2);
        }
    }
}
