package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.patnav.model.Trademark;

/** The {@code trademarks} table's row form of {@link Trademark} (see docs/model.md). */
public final class TrademarkRows {

    public static final StructType SCHEMA = createStructType(new StructField[] {
        createStructField("trademark_id", StringType, false),
        createStructField("office", StringType, false),
        createStructField("application_number", StringType, false),
        createStructField("registration_number", StringType, true),
        createStructField("mark_text", StringType, true),
        createStructField("owners", createArrayType(PatentRows.PARTY, false), false),
        createStructField("nice_classes", createArrayType(IntegerType, false), false),
        createStructField("filing_date", DateType, true),
        createStructField("registration_date", DateType, true),
        createStructField("renewal_date", DateType, true),
        createStructField("expiry_date", DateType, true),
        createStructField("status_code", StringType, true),
        createStructField("status_text", StringType, true),
        createStructField("status_date", DateType, true),
        createStructField("live", BooleanType, true),
        createStructField("source", PatentRows.SOURCE, false),
        createStructField("merged_from", createArrayType(PatentRows.SOURCE, false), false)});

    private TrademarkRows() {
    }

    public static Row toRow(Trademark t) {
        return RowFactory.create(t.id(), t.office(), t.applicationNumber(), t.registrationNumber(), t.markText(),
                RowValues.seq(PatentRows.map(t.owners(), PatentRows::partyRow)), RowValues.seq(t.niceClasses()),
                t.filingDate(), t.registrationDate(), t.renewalDate(), t.expiryDate(), t.statusCode(), t.statusText(),
                t.statusDate(), t.live(), PatentRows.sourceRow(t.source()), RowValues.seq(PatentRows.map(t.mergedFrom(), PatentRows::sourceRow)));
    }

    public static Trademark fromRow(Row r) {
        return new Trademark(r.getString(0), r.getString(1), r.getString(2), RowValues.string(r, 3), RowValues.string(r, 4),
                PatentRows.map(RowValues.<Row>list(r, 5), PatentRows::party), RowValues.<Integer>list(r, 6),
                RowValues.date(r, 7), RowValues.date(r, 8), RowValues.date(r, 9), RowValues.date(r, 10),
                RowValues.string(r, 11), RowValues.string(r, 12), RowValues.date(r, 13), RowValues.bool(r, 14),
                PatentRows.source(r.getStruct(15)), PatentRows.map(RowValues.<Row>list(r, 16), PatentRows::source));
    }
}
