package org.patnav.jobs.warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.fees.FeeRegisters;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeSubject;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.analytics.highvalue.HighValueClassifier;

/**
 * The fee engine's view of a fee-subject row (one patent with its dates and fee events, as the watchlist's
 * subjects hold it): the watchlist and the indicators both assess such rows, in their Spark tasks, so the
 * conversion lives here beside the other row codecs rather than in either job; so does the CNIPA
 * high-value classifier's view of the same row.
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
     * The CNIPA high-value classifier's view of a subject row with its fee status on the date: the one
     * way the watchlist and the indicators ask {@link HighValueClassifier} about a patent.
     */
    public static HighValueCandidate highValueCandidate(Row r, FeeStatus status, List<HighValueCandidate.Pledge> pledges,
                                                        List<HighValueCandidate.Award> awards) {
        List<HighValueCandidate.Grant> grants = new ArrayList<>();
        int g = r.fieldIndex("family_grants");
        if (!r.isNullAt(g)) {
            for (Row x : r.<Row>getList(g)) {
                grants.add(new HighValueCandidate.Grant(x.getString(0), x.getString(1), x.isNullAt(2) ? null : x.getLocalDate(2)));
            }
        }
        int ipc = r.fieldIndex("ipc");
        int filing = r.fieldIndex("filing_date");
        return new HighValueCandidate(r.getString(r.fieldIndex("pub_id")), text(r, "office"), text(r, "patent_type"),
                text(r, "owner_country"), text(r, "region_code"), status, r.isNullAt(filing) ? null : r.getLocalDate(filing),
                r.isNullAt(ipc) ? List.of() : r.<String>getList(ipc), text(r, "text"), grants, pledges, awards);
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
