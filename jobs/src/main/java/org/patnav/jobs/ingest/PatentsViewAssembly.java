package org.patnav.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.patentsview.PatentsViewAssembler;
import org.patnav.jobs.warehouse.ParsedRows;
import org.patnav.model.SourceFormat;
import org.patnav.normalize.Parties;

/**
 * Turns PatentsView table rows into patents: parties are joined to their locations by
 * (release, location_id), then every row of a (release, patent_id) is handed to
 * {@link PatentsViewAssembler}. Both steps are Spark joins, so tables of any size assemble without
 * the driver holding them.
 */
final class PatentsViewAssembly {

    private static final String LOCATIONS = "g_location_disambiguated";
    private static final List<String> PARTY_TABLES = List.of("g_assignee_disambiguated", "g_inventor_disambiguated");

    private PatentsViewAssembly() {
    }

    /**
     * The parsed items with PatentsView table rows replaced by the patents (or rejects) they assemble
     * into; other formats' table rows pass through.
     */
    static Dataset<Row> assemble(Dataset<Row> parsed, IngestContext context) {
        Column mine = col("kind").equalTo(ParsedRows.TABLE_ROW).and(col("format").equalTo(SourceFormat.PATENTSVIEW_TSV.id()));
        Dataset<Row> rest = parsed.filter(not(mine));
        Dataset<Row> rows = parsed.filter(mine).select(col("table_row.*"));

        Dataset<Row> locations = rows.filter(col("table").equalTo(LOCATIONS))
                .dropDuplicates("set_id", "location_id")
                .select(col("set_id").as("l_set"), col("location_id").as("l_id"),
                        struct(col("source"), col("set_id"), col("table"), col("join_key"), col("location_id"),
                                col("fields"), col("excerpt")).as("location"));
        Dataset<Row> parties = rows.filter(col("table").isin(PARTY_TABLES.toArray()));
        Dataset<Row> partiesWithLocations = parties
                .join(locations, parties.col("set_id").equalTo(locations.col("l_set"))
                        .and(parties.col("location_id").equalTo(locations.col("l_id"))), "left")
                .select(struct(parties.col("source"), parties.col("set_id"), parties.col("table"),
                        parties.col("join_key"), parties.col("location_id"), parties.col("fields"),
                        parties.col("excerpt")).as("party"),
                        col("location"))
                .map((MapFunction<Row, Row>) r -> {
                    Ingested.TableRow party = ParsedRows.tableRowFrom(r.getStruct(0));
                    Ingested.TableRow joined = r.isNullAt(1) ? party
                            : PatentsViewAssembler.withLocation(party, ParsedRows.tableRowFrom(r.getStruct(1)));
                    return ParsedRows.tableRow(joined);
                }, Encoders.row(ParsedRows.TABLE_ROW_TYPE));
        Dataset<Row> others = rows.filter(not(col("table").isin(LOCATIONS, PARTY_TABLES.get(0), PARTY_TABLES.get(1))));

        Parties partyRules = context.parties();
        Dataset<Row> assembled = partiesWithLocations.union(others)
                .groupByKey((MapFunction<Row, String>) r -> r.getString(1) + "\t" + r.getString(3), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, group) -> {
                    List<Ingested.TableRow> patentRows = new ArrayList<>();
                    group.forEachRemaining(r -> patentRows.add(ParsedRows.tableRowFrom(r)));
                    String[] parts = key.split("\t", 2);
                    return ParsedRows.toRow(PatentsViewAssembler.assemble(parts[0], parts[1], patentRows, partyRules));
                }, Encoders.row(ParsedRows.SCHEMA));
        return rest.union(assembled);
    }
}
