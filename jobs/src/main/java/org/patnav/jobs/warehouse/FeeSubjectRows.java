package org.patnav.jobs.warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.fees.FeeRegisters;
import org.patnav.analytics.fees.FeeSubject;

/**
 * The fee engine's view of a fee-subject row (one patent with its dates and fee events, as the watchlist's
 * subjects hold it): the watchlist and the indicators both assess such rows, in their Spark tasks, so the
 * conversion lives here beside the other row codecs rather than in either job.
 */
public final class FeeSubjectRows {

    private FeeSubjectRows() {
    }

    /** The subject a row describes, without what the registers add. */
    public static FeeSubject subject(Row r) {
        List<FeeEvent> events = new ArrayList<>();
        for (Row e : r.<Row>getList(r.fieldIndex("events"))) {
            events.add(new FeeEvent(e.getString(0), e.getString(1), e.isNullAt(2) ? null : e.getLocalDate(2),
                    e.isNullAt(3) ? null : e.getInt(3), e.getString(4)));
        }
        String reduction = r.getString(r.fieldIndex("reduction"));
        return new FeeSubject(r.getString(r.fieldIndex("pub_id")), r.getString(r.fieldIndex("office")),
                r.getString(r.fieldIndex("patent_type")), date(r, "filing_date"), date(r, "grant_date"),
                r.isNullAt(r.fieldIndex("term_extension_days")) ? null : r.getInt(r.fieldIndex("term_extension_days")),
                r.getString(r.fieldIndex("entity_status")),
                FeeSubject.Reduction.valueOf(reduction.toUpperCase(Locale.ROOT)), events,
                date(r, "priority_date"), text(r, "pct_number"), date(r, "original_grant_date"));
    }

    /**
     * The subject with what the registers record under its application id or any of its publication ids
     * (the registers travel to the tasks as a value).
     */
    public static FeeSubject subject(Row r, FeeRegisters registers) {
        List<String> ids = new ArrayList<>(r.<String>getList(r.fieldIndex("pub_ids")));
        ids.add(r.getString(r.fieldIndex("subject")));
        return registers.attach(subject(r), ids);
    }

    private static String text(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getString(i);
    }

    private static LocalDate date(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getLocalDate(i);
    }
}
