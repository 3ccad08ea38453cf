package org.patnav.jobs.watchlist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeStatusChange;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Kpi;
import org.patnav.report.Messages;
import org.patnav.report.Report;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * The watchlist's HTML summary as a {@link Report}: status overview, the ledger of patents at risk, the
 * restorable ones, totals per owner and per region, methods. Each table is one Spark SQL query over the
 * ranked rows (view {@link WatchlistJob#VIEW}, there while the job writes its files), collected small.
 */
final class WatchlistReport {

    /** Rows of the ledger and restorable tables in the summary; the CSV and workbook hold them all. */
    /**
     * Written into the SQL as a literal: a named parameter in LIMIT is not bound once Delta's SQL extension parses
     * the statements (Delta 4.2.0 on Spark 4.2.0).
     */
    static final int LISTED = 200;
    private static final String AT_RISK = "status IN ('due', 'grace', 'restorable')";
    private static final String DEADLINE = "rank_deadline";

    private final SparkSession spark;
    private final WatchlistJob.Options o;
    private final WatchlistJob.Counts counts;
    /** The holiday calendars and exceptions the run used (for what they cover). */
    private final Deadlines deadlines;
    private final Messages m;

    /** The earlier side of {@code --since}, or null: the report then has no section of changes. */
    private WatchlistChanges.Since since;

    /** Adds the section of changes since an earlier snapshot, read from {@link WatchlistChanges#VIEW}. */
    WatchlistReport withChanges(WatchlistChanges.Since since) {
        this.since = since;
        return this;
    }

    WatchlistReport(SparkSession spark, WatchlistJob.Options o, WatchlistJob.Counts counts, Deadlines deadlines, String lang) {
        this.spark = spark;
        this.o = o;
        this.counts = counts;
        this.deadlines = deadlines;
        this.m = new Messages("watchlist", lang);
    }

    Report build() {
        Map<FeeStatus, Long> n = counts.byStatus();
        long atRisk = n.get(FeeStatus.DUE) + n.get(FeeStatus.GRACE) + n.get(FeeStatus.RESTORABLE);
        // Per currency: the known sum (null when no amount of it is known) and how many amounts the
        // schedules lack; a currency nobody owes is 0.
        Map<String, Double> money = new LinkedHashMap<>();
        Map<String, Long> unknown = new LinkedHashMap<>();
        for (Row r : rows("SELECT currency, sum(amount_due), count_if(amount_due IS NULL OR NOT amount_complete) FROM wl WHERE "
                + AT_RISK + " AND currency IS NOT NULL GROUP BY currency")) {
            money.put(r.getString(0), r.isNullAt(1) ? null : r.getDecimal(1).doubleValue());
            unknown.put(r.getString(0), r.getLong(2));
        }
        List<Kpi> kpis = List.of(
                kpi("tracked", Column.Type.INTEGER, counts.subjects()),
                new Kpi("at_risk", m.get("kpi.at_risk"), Column.Type.INTEGER, atRisk, m.get("kpi.at_risk.detail")),
                kpi("due", Column.Type.INTEGER, n.get(FeeStatus.DUE)),
                new Kpi("grace", m.get("kpi.grace"), Column.Type.INTEGER, n.get(FeeStatus.GRACE), m.get("kpi.grace.detail")),
                kpi("restorable", Column.Type.INTEGER, n.get(FeeStatus.RESTORABLE)),
                moneyKpi("money_cny", "CNY", money, unknown),
                moneyKpi("money_usd", "USD", money, unknown),
                moneyKpi("money_eur", "EUR", money, unknown));
        List<Section> sections = new ArrayList<>(List.of(status(n, atRisk), ledger(), restorable(),
                totals("owners", "owner", "col.owner", "owner"), totals("regions", "region_code", "col.region", "region")));
        Map<String, Object> changeCounts = new LinkedHashMap<>();
        if (since != null) {
            sections.add(changes(changeCounts));
        }
        List<String> methods = List.of(m.get("methods.rules"), m.get("methods.presumption"), m.get("methods.ladder"),
                m.get("methods.data", o.warehouse(), counts.snapshotId(), counts.feeEventOnly()),
                m.get("methods.amounts", counts.reductionsStated()),
                m.get("methods.calendars", cnCoverage(), count("calendar_caveat IS NOT NULL")),
                m.get("note.value"));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("as_of", o.asOf().toString());
        manifest.put("within_days", o.withinDays());
        manifest.put("warehouse", o.warehouse());
        manifest.put("snapshot_id", counts.snapshotId());
        manifest.put("scope", scopeMap());
        if (since != null) {
            Map<String, Object> sinceNode = new LinkedHashMap<>();
            sinceNode.put("snapshot", since.snapshot());
            sinceNode.put("snapshot_id", since.snapshotId());
            sinceNode.put("as_of", since.asOf().toString());
            sinceNode.put("changes", changeCounts);
            manifest.put("since", sinceNode);
        }
        Map<String, Object> perStatus = new LinkedHashMap<>();
        n.forEach((s, c) -> perStatus.put(s.id(), c));
        manifest.put("patents", counts.subjects());
        manifest.put("patents_by_status", perStatus);
        manifest.put("fee_event_only_patents", counts.feeEventOnly());
        Map<String, Object> coverage = new LinkedHashMap<>();
        for (String office : List.of("CN", "US", "EP")) {
            coverage.put(office, deadlines.coverage(office));
        }
        manifest.put("calendar_coverage", coverage);
        // Every caveat with its count, 0 where no row has it: one grouping, no value quoted into the SQL.
        Map<String, Object> caveats = new LinkedHashMap<>();
        for (Deadlines.CalendarCaveat c : Deadlines.CalendarCaveat.values()) {
            caveats.put(c.id(), 0L);
        }
        for (Row r : rows("SELECT calendar_caveat, count(*) FROM wl WHERE calendar_caveat IS NOT NULL GROUP BY calendar_caveat")) {
            caveats.put(r.getString(0), r.getLong(1));
        }
        manifest.put("calendar_caveats", caveats);
        manifest.put("calendar_caveats_at_risk", count(AT_RISK + " AND calendar_caveat IS NOT NULL"));
        manifest.put("amounts_unknown", unknown.values().stream().mapToLong(Long::longValue).sum());
        manifest.put("amount_notes", rows("SELECT DISTINCT amount_note FROM wl WHERE amount_note IS NOT NULL ORDER BY amount_note LIMIT 20")
                .stream().map(r -> r.getString(0)).toList());
        manifest.put("rules", List.of("fee-rules.tsv", "fee-amounts.tsv", "holidays-CN.tsv", "holidays-US.tsv",
                "deadline-exceptions.tsv", "value-score.tsv", "patent-terms.tsv"));
        return new Report(m.lang(), m.get("report.title"), m.get("report.subtitle", o.asOf().toString(), o.withinDays(), scope()),
                kpis, sections, methods, manifest);
    }

    private Section status(Map<FeeStatus, Long> n, long atRisk) {
        Table.Builder t = table("status_counts", Column.text("status", m.get("col.status")),
                Column.text("label", m.get("col.label")), Column.integer("patents", m.get("col.patents")),
                Column.percent("share", m.get("col.share")));
        n.forEach((s, c) -> t.row(s.id(), m.get("status." + s.id()), c,
                counts.subjects() == 0 ? 0.0 : (double) c / counts.subjects()));
        t.note(m.get("note.status", o.asOf().toString()));
        long inForce = n.get(FeeStatus.IN_FORCE) + n.get(FeeStatus.DUE) + n.get(FeeStatus.GRACE);
        String finding = m.get("finding.status", counts.subjects(), inForce, atRisk, n.get(FeeStatus.DUE), o.withinDays(),
                n.get(FeeStatus.GRACE), n.get(FeeStatus.RESTORABLE));
        // "In grace" says different things per office: the USPTO publishes payments, CNIPA and the EPO do not.
        Map<String, Long> grace = new LinkedHashMap<>();
        for (Row r : rows("SELECT office, count(*) FROM wl WHERE status = 'grace' GROUP BY office")) {
            grace.put(r.getString(0), r.getLong(1));
        }
        String offices = m.get("finding.grace.offices", n.get(FeeStatus.GRACE), grace.getOrDefault("CN", 0L),
                grace.getOrDefault("US", 0L), grace.getOrDefault("EP", 0L));
        return new Section("status", m.get("section.status"), List.of(finding, offices),
                List.of(Chart.of("status_counts", Kind.PIE, "status_counts", "label", "patents")), List.of(t.build()));
    }

    private Section ledger() {
        Table.Builder t = table("ledger", Column.text("pub_id", m.get("col.pub_id")), Column.text("title", m.get("col.title")),
                Column.text("owner", m.get("col.owner")), Column.text("region", m.get("col.region")),
                Column.text("status", m.get("col.label")), Column.integer("fee_year", m.get("col.fee_year")),
                Column.date("deadline", m.get("col.deadline")), Column.decimal("amount", m.get("col.amount")),
                Column.text("currency", m.get("col.currency")), Column.decimal("value_score", m.get("col.value_score")),
                Column.text("amount_note", m.get("col.amount_note")), Column.text("calendar", m.get("col.calendar")));
        List<String> findings = new ArrayList<>();
        for (Row r : rows("SELECT pub_id, title, owner, region_code, status, fee_year, " + DEADLINE + ", amount_due, currency,"
                + " value_score, office, amount_complete, calendar_caveat FROM wl WHERE " + AT_RISK + " ORDER BY "
                + WatchlistJob.LEDGER_ORDER + " LIMIT " + LISTED)) {
            t.row(r.getString(0), r.getString(1), r.getString(2), r.getString(3), m.get("status." + r.getString(4)),
                    r.isNullAt(5) ? null : (long) r.getInt(5), r.isNullAt(6) ? null : r.getLocalDate(6),
                    amount(r.getDecimal(7)), r.getString(8), r.getDouble(9), amountNote(r),
                    r.isNullAt(12) ? null : m.get("caveat." + r.getString(12)));
            if (findings.isEmpty()) {
                findings.add(m.get("finding.ledger", r.getString(0), r.getString(2) == null ? "—" : r.getString(2),
                        String.valueOf(r.getLocalDate(6)), WatchlistFiles.amountWords(r, m, o.asOf())));
            }
        }
        if (findings.isEmpty()) {
            findings.add(m.get("finding.ledger.none"));
        }
        // Deadlines in a year no holiday calendar covers moved off weekends only: say how many, and why.
        long caveated = count(AT_RISK + " AND calendar_caveat IS NOT NULL");
        findings.add(caveated == 0 ? m.get("note.calendar.none", cnCoverage()) : m.get("note.calendar", caveated, cnCoverage()));
        t.note(m.get("note.ledger", LISTED));
        Table.Builder months = table("deadlines", Column.text("month", m.get("col.month")),
                Column.integer("due", m.get("col.due")), Column.integer("grace", m.get("col.grace")),
                Column.integer("restorable", m.get("col.restorable")));
        for (Row r : rows("SELECT date_format(" + DEADLINE + ", 'yyyy-MM') mo, count_if(status = 'due'), count_if(status = 'grace'),"
                + " count_if(status = 'restorable') FROM wl WHERE " + AT_RISK + " GROUP BY mo ORDER BY mo")) {
            months.row(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3));
        }
        return new Section("ledger", m.get("section.ledger"), findings,
                List.of(Chart.of("deadlines", Kind.STACKED_BAR, "deadlines", "month", "due", "grace", "restorable")),
                List.of(t.build(), months.build()));
    }

    private Section restorable() {
        Table.Builder t = table("restorable", Column.text("pub_id", m.get("col.pub_id")), Column.text("title", m.get("col.title")),
                Column.text("owner", m.get("col.owner")), Column.date("since", m.get("col.since")),
                Column.date("deadline", m.get("col.deadline")), Column.decimal("amount", m.get("col.amount")),
                Column.text("currency", m.get("col.currency")), Column.decimal("value_score", m.get("col.value_score")),
                Column.text("amount_note", m.get("col.amount_note")));
        for (Row r : rows("SELECT pub_id, title, owner, status_since, restore_deadline, amount_due, currency, value_score,"
                + " office, amount_complete FROM wl WHERE status = 'restorable' ORDER BY " + WatchlistJob.LEDGER_ORDER
                + " LIMIT " + LISTED)) {
            t.row(r.getString(0), r.getString(1), r.getString(2), r.isNullAt(3) ? null : r.getLocalDate(3),
                    r.isNullAt(4) ? null : r.getLocalDate(4), amount(r.getDecimal(5)), r.getString(6), r.getDouble(7), amountNote(r));
        }
        List<Row> totals = rows("SELECT count(*), currency, sum(amount_due), count_if(amount_due IS NULL OR NOT amount_complete)"
                + " FROM wl WHERE status = 'restorable' GROUP BY currency ORDER BY count(*) DESC, currency");
        String finding;
        if (totals.isEmpty()) {
            finding = m.get("finding.restorable.none");
        } else {
            long count = totals.stream().mapToLong(r -> r.getLong(0)).sum();
            List<String> sums = new ArrayList<>(totals.stream().filter(r -> !r.isNullAt(1) && !r.isNullAt(2))
                    .map(r -> WatchlistFiles.money(m, r.getDecimal(2), r.getString(1), true)).toList());
            long unknownAmounts = totals.stream().filter(r -> !r.isNullAt(1)).mapToLong(r -> r.getLong(3)).sum();
            if (unknownAmounts > 0) {
                sums.add(m.get("finding.amounts_unknown", unknownAmounts));
            }
            finding = m.get("finding.restorable", count, sums.isEmpty() ? "—" : String.join(m.get("list.separator"), sums));
        }
        return new Section("restorable", m.get("section.restorable"), List.of(finding),
                List.of(Chart.of("restorable", Kind.RANKED_BAR, "restorable", "pub_id", "value_score")), List.of(t.build()));
    }

    /** What changed since the earlier snapshot, one row per patent; fills {@code counts} with the number per change. */
    private Section changes(Map<String, Object> counts) {
        for (FeeStatusChange c : FeeStatusChange.values()) {
            counts.put(c.id(), 0L);
        }
        for (Row r : rows("SELECT change, count(*) FROM " + WatchlistChanges.VIEW + " GROUP BY change")) {
            counts.put(r.getString(0), r.getLong(1));
        }
        Table.Builder t = table("changes", Column.text("change", m.get("col.change")), Column.text("pub_id", m.get("col.pub_id")),
                Column.text("title", m.get("col.title")), Column.text("owner", m.get("col.owner")),
                Column.text("status_before", m.get("col.status_before")), Column.text("status_now", m.get("col.status_now")),
                Column.integer("fee_year", m.get("col.fee_year")), Column.date("next_due_date", m.get("col.deadline")));
        for (Row r : rows("SELECT change, pub_id, title, owner, status_before, status, fee_year, next_due_date FROM "
                + WatchlistChanges.VIEW + " ORDER BY change_rank, pub_id LIMIT " + LISTED)) {
            t.row(m.get("change." + r.getString(0)), r.getString(1), r.getString(2), r.getString(3),
                    r.isNullAt(4) ? "—" : m.get("status." + r.getString(4)), m.get("status." + r.getString(5)),
                    r.isNullAt(6) ? null : (long) r.getInt(6), r.isNullAt(7) ? null : r.getLocalDate(7));
        }
        t.note(m.get("note.changes", o.asOf().toString()));
        String finding = m.get("finding.changes", since.asOf().toString(), since.snapshot(),
                counts.get("newly_lapsed"), counts.get("newly_restorable"), counts.get("newly_in_grace"), counts.get("paid"),
                counts.get("newly_granted"));
        return new Section("changes", m.get("section.changes"), List.of(finding), List.of(), List.of(t.build()));
    }

    /**
     * Totals of the patents at risk per value of {@code column} (owner or region), the largest 50: a
     * section {@code id} with its ranked bar, its table and the finding naming the first.
     */
    private Section totals(String id, String column, String labelKey, String keyId) {
        Table.Builder t = table(id, Column.text(keyId, m.get(labelKey)), Column.integer("at_risk", m.get("col.at_risk")),
                Column.integer("due", m.get("col.due")), Column.integer("grace", m.get("col.grace")),
                Column.integer("restorable", m.get("col.restorable")), Column.decimal("money_cny", m.get("col.money_cny")),
                Column.decimal("money_usd", m.get("col.money_usd")), Column.decimal("money_eur", m.get("col.money_eur")),
                Column.integer("amounts_unknown", m.get("col.amounts_unknown")));
        // The column is one of two names this class passes, written into the SQL: Delta's SQL extension (Delta 4.2.0
        // on Spark 4.2.0) does not bind named parameters.
        for (Row r : rows("SELECT " + column + " k, count(*) n, count_if(status = 'due'), count_if(status = 'grace'),"
                + " count_if(status = 'restorable'), sum(CASE WHEN currency = 'CNY' THEN amount_due END),"
                + " sum(CASE WHEN currency = 'USD' THEN amount_due END), sum(CASE WHEN currency = 'EUR' THEN amount_due END),"
                + " count_if(currency = 'CNY'), count_if(currency = 'USD'), count_if(currency = 'EUR'),"
                + " count_if(currency IS NOT NULL AND (amount_due IS NULL OR NOT amount_complete))"
                + " FROM wl WHERE " + AT_RISK + " AND " + column + " IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT 50")) {
            t.row(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4),
                    money(r, 5, 8), money(r, 6, 9), money(r, 7, 10), r.getLong(11));
        }
        Table table = t.build();
        String finding = table.rows().isEmpty() ? m.get("finding." + id + ".none")
                : m.get("finding." + id, table.rows().getFirst().get(0), table.rows().getFirst().get(1));
        return new Section(id, m.get("section." + id), List.of(finding),
                List.of(Chart.of(id, Kind.RANKED_BAR, id, keyId, "at_risk")), List.of(table));
    }

    private String scope() {
        List<String> parts = new ArrayList<>();
        if (o.region() != null) {
            parts.add(m.get("scope.region", o.region()));
        }
        o.owners().forEach(owner -> parts.add(m.get("scope.owner", owner)));
        if (o.sector() != null) {
            parts.add(m.get("scope.sector", o.sector()));
        }
        return parts.isEmpty() ? m.get("scope.all") : String.join(m.get("list.separator"), parts);
    }

    private Map<String, Object> scopeMap() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("region", o.region());
        s.put("owners", o.owners());
        s.put("sector", o.sector());
        return s;
    }

    /** The years the CN holiday calendar of this run lists, as "2021–2026". */
    private String cnCoverage() {
        return deadlines.coverage("CN");
    }

    private long count(String where) {
        return rows("SELECT count(*) FROM wl WHERE " + where).getFirst().getLong(0);
    }

    /**
     * The known sum in column {@code i}: 0 when no patent owes that currency ({@code owing} counts them),
     * null (unknown, never 0) when some do but the schedules give none of their amounts.
     */
    private static Double money(Row r, int i, int owing) {
        if (!r.isNullAt(i)) {
            return r.getDecimal(i).doubleValue();
        }
        return r.getLong(owing) == 0 ? 0.0 : null;
    }

    /** A money headline: the known sum, with how many amounts it lacks; null when it knows none of them. */
    private Kpi moneyKpi(String id, String currency, Map<String, Double> money, Map<String, Long> unknown) {
        long missing = unknown.getOrDefault(currency, 0L);
        return new Kpi(id, m.get("kpi." + id), Column.Type.DECIMAL, money.containsKey(currency) ? money.get(currency) : Double.valueOf(0.0),
                missing == 0 ? null : m.get("kpi.money.unknown", missing));
    }

    /** The ledger's word on an amount the schedules lack (or lack a part of); null when it is complete. */
    private String amountNote(Row r) {
        int amount = r.fieldIndex("amount_due");
        boolean lacking = r.getString(r.fieldIndex("currency")) != null
                && (r.isNullAt(amount) || !r.getBoolean(r.fieldIndex("amount_complete")));
        return lacking ? WatchlistFiles.amount(r, m, o.asOf()) : null;
    }

    private static Double amount(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }

    /** The rows of a query over {@code wl} (and the changes view); every value in it is a constant of this class. */
    private List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }

    private Table.Builder table(String id, Column... columns) {
        return Table.builder(id, m.get("table." + id), columns);
    }

    private Kpi kpi(String id, Column.Type type, Object value) {
        return new Kpi(id, m.get("kpi." + id), type, value, null);
    }

}
