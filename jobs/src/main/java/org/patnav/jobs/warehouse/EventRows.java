package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.patnav.model.EventCategory;
import org.patnav.model.LegalEvent;

/** The {@code events} table: schema and conversion from/to {@link LegalEvent}. */
public final class EventRows {

    public static final StructType SCHEMA = createStructType(new StructField[] {
        createStructField("event_key", StringType, false),
        createStructField("country", StringType, false),
        createStructField("pub_id", StringType, true),
        createStructField("patent_key", StringType, true),
        createStructField("application_id", StringType, true),
        createStructField("event_date", DateType, false),
        createStructField("code", StringType, false),
        createStructField("category", StringType, false),
        createStructField("description", StringType, true),
        createStructField("fee_year", IntegerType, true),
        createStructField("entity_status", StringType, true),
        createStructField("amount", createDecimalType(18, 2), true),
        createStructField("currency", StringType, true),
        createStructField("filing_date", DateType, true),
        createStructField("grant_date", DateType, true),
        createStructField("source", PatentRows.SOURCE, false),
        createStructField("merged_from", createArrayType(PatentRows.SOURCE, false), false),
        createStructField("from_parties", createArrayType(PatentRows.PARTY, false), false),
        createStructField("to_parties", createArrayType(PatentRows.PARTY, false), false)});

    private EventRows() {
    }

    public static Row toRow(LegalEvent e) {
        return RowFactory.create(e.eventKey(), e.country(), e.pubId(), e.patentKey(), e.applicationId(),
                e.eventDate(), e.code(), e.category().id(), e.description(), e.feeYear(), e.entityStatus(),
                e.amount(), e.currency(), e.filingDate(), e.grantDate(), PatentRows.sourceRow(e.source()),
                RowValues.seq(PatentRows.map(e.mergedFrom(), PatentRows::sourceRow)),
                RowValues.seq(PatentRows.map(e.fromParties(), PatentRows::partyRow)),
                RowValues.seq(PatentRows.map(e.toParties(), PatentRows::partyRow)));
    }

    public static LegalEvent fromRow(Row r) {
        return new LegalEvent(r.getString(1), RowValues.string(r, 2), RowValues.string(r, 3),
                RowValues.string(r, 4), RowValues.date(r, 5), r.getString(6),
                EventCategory.fromId(r.getString(7)), RowValues.string(r, 8), RowValues.integer(r, 9),
                RowValues.string(r, 10), r.isNullAt(11) ? null : (BigDecimal) r.getDecimal(11),
                RowValues.string(r, 12), RowValues.date(r, 13), RowValues.date(r, 14),
                PatentRows.source(r.getStruct(15)),
                PatentRows.map(RowValues.<Row>list(r, 16), PatentRows::source),
                PatentRows.map(RowValues.<Row>list(r, 17), PatentRows::party),
                PatentRows.map(RowValues.<Row>list(r, 18), PatentRows::party));
    }
}
