package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

/** The {@code rejects} table: every record or file that could not be used, with the reason. */
public final class RejectRows {

    /** The format column of a file no reader recognised. */
    public static final String UNKNOWN_FORMAT = "unknown";

    public static final StructType SCHEMA = createStructType(new StructField[] {
        createStructField("source_format", StringType, false),
        createStructField("source_file", StringType, false),
        createStructField("locator", StringType, false),
        createStructField("table", StringType, false),
        createStructField("reason_code", StringType, false),
        createStructField("reason", StringType, false),
        createStructField("excerpt", StringType, true)});

    private RejectRows() {
    }

    public static Row toRow(Reject r) {
        return RowFactory.create(r.format() == null ? UNKNOWN_FORMAT : r.format().id(), r.file(), r.locator(),
                r.table(), r.reasonCode().name(), r.reason(), r.excerpt());
    }

    public static Reject fromRow(Row r) {
        String format = r.getString(0);
        return new Reject(format.equals(UNKNOWN_FORMAT) ? null : SourceFormat.fromId(format), r.getString(1),
                r.getString(2), r.getString(3), RejectReason.valueOf(r.getString(4)), r.getString(5),
                RowValues.string(r, 6));
    }
}
