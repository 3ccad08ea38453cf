package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.patnav.jobs.warehouse.ParsedRows;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * The rows of {@link Warehouse#RECORDS}: the readers' records (patents, events, trademarks, and the code
 * descriptions of maintenance-fee code tables) as the parse stage staged them, each with the key of the row it
 * merges into and the input file it came from. An incremental ingest merges a key's earlier records with its
 * new ones, so the row is the one a single run over all inputs would write (the merge rules rank records by
 * source, and a row already merged cannot be ranked again).
 */
final class Records {

    /** The row a record merges into: pub_id, event_key, trademark_id, or the fee code. */
    static final String KEY = "key";
    /** The input file a record came from (an archive's entries are named {@code archive!/entry}). */
    static final String INPUT_FILE = "input_file";
    static final List<String> JOIN_KEYS = List.of("kind", KEY);
    /** {@link #inputFile} of a reject row of the table {@code t}, in Delta's SQL. */
    static final String INPUT_FILE_OF_REJECT = "substring_index(t.source_file, '!/', 1)";

    private Records() {
    }

    /** The records among {@code items} with their key and input file. */
    static Dataset<Row> of(Dataset<Row> items) {
        Column kind = col("kind");
        Column key = when(kind.equalTo(ParsedRows.PATENT), col("patent.pub_id"))
                .when(kind.equalTo(ParsedRows.EVENT), col("event.event_key"))
                .when(kind.equalTo(ParsedRows.TRADEMARK), col("trademark.trademark_id"))
                .otherwise(col("code.code"));
        Column file = when(kind.equalTo(ParsedRows.PATENT), col("patent.source.file"))
                .when(kind.equalTo(ParsedRows.EVENT), col("event.source.file"))
                .when(kind.equalTo(ParsedRows.TRADEMARK), col("trademark.source.file"))
                .otherwise(col("code.source.file"));
        return items.withColumn(KEY, key).withColumn(INPUT_FILE, inputFile(file));
    }

    /** The input file of a source file name: the archive an entry was read from, or the file itself. */
    static Column inputFile(Column sourceFile) {
        return substring_index(sourceFile, "!/", 1);
    }
}
