package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.trademark.CaseFileAssembler;
import org.patnav.ingest.trademark.TrademarkRules;
import org.patnav.jobs.warehouse.ParsedRows;
import org.patnav.model.SourceFormat;
import org.patnav.normalize.Parties;

/**
 * Turns USPTO Trademark Case Files rows into marks: every row of a (dataset, serial number), whatever its
 * table, is handed to {@link CaseFileAssembler}, the same pattern as {@link PatentsViewAssembly}. One
 * Spark grouping, so datasets of millions of marks assemble without the driver holding them.
 */
final class CaseFileAssembly {

    private CaseFileAssembly() {
    }

    /** The items with Case Files table rows replaced by the marks (or rejects) they assemble into. */
    static Dataset<Row> assemble(Dataset<Row> items, IngestContext context) {
        Column mine = col("kind").equalTo(ParsedRows.TABLE_ROW)
                .and(col("format").equalTo(SourceFormat.USPTO_TM_CASEFILES.id()));
        Dataset<Row> rest = items.filter(not(mine));
        Dataset<Row> rows = items.filter(mine).select(col("table_row.*"));
        Parties parties = context.parties();
        TrademarkRules rules = context.trademarkRules();
        Dataset<Row> assembled = rows
                .groupByKey((MapFunction<Row, String>) r -> r.getString(1) + "\t" + r.getString(3), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, group) -> {
                    List<Ingested.TableRow> markRows = new ArrayList<>();
                    group.forEachRemaining(r -> markRows.add(ParsedRows.tableRowFrom(r)));
                    String[] parts = key.split("\t", 2);
                    return ParsedRows.toRow(CaseFileAssembler.assemble(parts[0], parts[1], markRows, parties, rules));
                }, Encoders.row(ParsedRows.SCHEMA));
        return rest.union(assembled);
    }
}
