package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.model.ApplicationFact;

/**
 * Rows of the fact table as {@link ApplicationFact}s, for analyses that run on the driver over a slice
 * of it (a sector's applications): the columns to select, and the conversion.
 */
public final class FactRows {

    private FactRows() {
    }

    /**
     * The columns {@link #fact} reads, in its order. The text (title and abstract) comes only with the
     * patents the CNIPA high-value criteria can apply to: CNIPA invention patents.
     */
    public static Column[] columns() {
        Column cnInvention = col("holder_office").equalTo("CN").and(col("holder_patent_type").equalTo("invention"));
        return new Column[] {col("app"), col("pub_id"), col("title_zh"), col("title_en"), col("office"),
                col("patent_type"), col("publication_date"), col("filing_date"), col("priority_date"),
                col("earliest_date"), col("grant_date"), col("original_grant_date"), col("term_extension_days"),
                col("claim_count"), col("family_id"), col("pct_number"), col("entity_status"), col("applicants"),
                col("inventors"), col("ipc"), when(cnInvention, col("text")).as("text"), col("holder_pub_id"),
                col("holder_office"), col("holder_patent_type"), col("holder_country"), col("holder_region"),
                col("citing"), col("family_size"), col("family_offices"), col("family_grants"), col("sectors"),
                col("events")};
    }

    /** A row selected with {@link #columns}. */
    public static ApplicationFact fact(Row r) {
        List<ApplicationFact.Owner> applicants = new ArrayList<>();
        for (Row p : r.<Row>getList(17)) {
            applicants.add(p == null ? null : new ApplicationFact.Owner(p.getAs("name"), p.getAs("type"),
                    p.getAs("country"), p.getAs("region_code")));
        }
        List<HighValueCandidate.Grant> grants = new ArrayList<>();
        for (Row g : r.<Row>getList(29)) {
            grants.add(new HighValueCandidate.Grant(g.getString(0), g.getString(1), date(g, 2)));
        }
        List<FeeEvent> events = new ArrayList<>();
        for (Row e : r.<Row>getList(31)) {
            events.add(new FeeEvent(e.getString(0), e.getString(1), date(e, 2), e.isNullAt(3) ? null : e.getInt(3),
                    e.getString(4)));
        }
        return new ApplicationFact(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), date(r, 6), date(r, 7), date(r, 8), date(r, 9), date(r, 10), date(r, 11),
                r.isNullAt(12) ? null : r.getInt(12), r.isNullAt(13) ? null : r.getInt(13), r.getString(14),
                r.getString(15), r.getString(16), applicants, r.getList(18), r.getList(19), r.getString(20),
                r.getString(21), r.getString(22), r.getString(23), r.getString(24), r.getString(25), r.getList(26),
                r.getLong(27), r.getLong(28), grants, r.getList(30), events);
    }

    private static LocalDate date(Row r, int i) {
        return r.isNullAt(i) ? null : r.getLocalDate(i);
    }
}
