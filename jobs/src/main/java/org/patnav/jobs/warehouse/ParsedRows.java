package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.patnav.ingest.Ingested;
import org.patnav.model.SourceRef;

/**
 * The staging envelope of the ingest job: one row per item a reader yielded, whatever its kind, so
 * all inputs are parsed in one pass and written once before the tables are built from them.
 * Exactly one of the payload columns is set, named by {@code kind}.
 */
public final class ParsedRows {

    public static final String PATENT = "patent";
    public static final String EVENT = "event";
    public static final String TRADEMARK = "trademark";
    public static final String REJECT = "reject";
    public static final String TABLE_ROW = "table_row";
    public static final String CODE = "code";

    public static final StructType TABLE_ROW_TYPE = createStructType(new StructField[] {
        createStructField("source", PatentRows.SOURCE, false),
        createStructField("set_id", StringType, false),
        createStructField("table", StringType, false),
        createStructField("join_key", StringType, true),
        createStructField("location_id", StringType, true),
        createStructField("fields", createMapType(StringType, StringType, false), false),
        createStructField("excerpt", StringType, true)});

    static final StructType CODE_TYPE = createStructType(new StructField[] {
        createStructField("source", PatentRows.SOURCE, false),
        createStructField("code", StringType, false),
        createStructField("description", StringType, true)});

    public static final StructType SCHEMA = createStructType(new StructField[] {
        createStructField("kind", StringType, false),
        createStructField("format", StringType, false),
        createStructField("patent", PatentRows.SCHEMA, true),
        createStructField("event", EventRows.SCHEMA, true),
        createStructField("reject", RejectRows.SCHEMA, true),
        createStructField("table_row", TABLE_ROW_TYPE, true),
        createStructField("code", CODE_TYPE, true),
        createStructField("trademark", TrademarkRows.SCHEMA, true)});

    private ParsedRows() {
    }

    public static Row toRow(Ingested item) {
        String format = item.format() == null ? RejectRows.UNKNOWN_FORMAT : item.format().id();
        return switch (item) {
            case Ingested.PatentRecord p -> RowFactory.create(PATENT, format, PatentRows.toRow(p.publication()),
                    null, null, null, null, null);
            case Ingested.EventRecord e -> RowFactory.create(EVENT, format, null, EventRows.toRow(e.event()),
                    null, null, null, null);
            case Ingested.Rejected r -> RowFactory.create(REJECT, format, null, null, RejectRows.toRow(r.reject()),
                    null, null, null);
            case Ingested.TableRow t -> RowFactory.create(TABLE_ROW, format, null, null, null,
                    tableRow(t), null, null);
            case Ingested.CodeDefinition c -> RowFactory.create(CODE, format, null, null, null, null,
                    RowFactory.create(PatentRows.sourceRow(c.source()), c.code(), c.description()), null);
            case Ingested.TrademarkRecord t -> RowFactory.create(TRADEMARK, format, null, null, null, null, null,
                    TrademarkRows.toRow(t.trademark()));
        };
    }

    public static Row tableRow(Ingested.TableRow t) {
        return RowFactory.create(PatentRows.sourceRow(t.source()), t.setId(), t.table(), t.joinKey(),
                t.locationId(), RowValues.map(t.fields()), t.excerpt());
    }

    public static Ingested.TableRow tableRowFrom(Row r) {
        SourceRef source = PatentRows.source(r.getStruct(0));
        Map<String, String> fields = RowValues.stringMap(r, 5);
        return new Ingested.TableRow(source, r.getString(1), r.getString(2), RowValues.string(r, 3),
                RowValues.string(r, 4), Map.copyOf(fields), RowValues.string(r, 6));
    }
}
