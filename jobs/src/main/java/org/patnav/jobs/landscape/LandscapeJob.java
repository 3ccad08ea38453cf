package org.patnav.jobs.landscape;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.Concentration;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.LifeCycle;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.navigate.NavigateJob;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.RegionCode;
import org.patnav.normalize.ApplicantNames;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Kpi;
import org.patnav.report.Messages;
import org.patnav.report.Report;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * The industry landscape (专利导航产业分析) of one sector: every number is a Spark aggregate over the
 * sector's counting units (see {@link LandscapeUnits}); only the aggregates — a few hundred rows —
 * come to the driver, where they become the report's tables, charts and findings.
 */
public final class LandscapeJob {

    /**
     * @param region   focus region code (亳州市 341600 by default): a city, county or province code
     * @param from     first filing year counted, null for all
     * @param divisions region names (may be null: codes are shown)
     */
    public record Options(String warehouse, String sector, String lang, String region, List<String> companies,
                          LocalDate asOf, Integer from, Integer to, LandscapeUnits.Unit unit,
                          AdminDivisions divisions, IpcTitles ipcTitles) {
    }

    public record Result(Report report, String snapshotId, long units, Duration elapsed) {
    }

    /** Publication lag: applications are published 18 months after their priority date (专利法 第34条). */
    static final int LAG_MONTHS = 18;
    static final int TOP = 20;
    /** Criteria of the high-value list: forward citations, offices of the family, claims, years maintained. */
    static final int HIGH_CITED = 3;
    static final int HIGH_CLAIMS = 10;
    static final int HIGH_YEARS = 10;
    /** A unit's IPC main groups as one cell of the patent lists, sorted so the cell does not depend on partitioning. */
    private static final String GROUPS = "array_join(array_sort(groups), '; ')";

    private final SparkSession spark;
    private final Options o;
    private final Progress progress;
    private final Messages m;

    public LandscapeJob(SparkSession spark, Options options, Progress progress) {
        this.spark = spark;
        this.o = options;
        this.progress = progress;
        this.m = new Messages("landscape", options.lang());
        if (options.from() != null && options.to() != null && options.from() > options.to()) {
            throw new IllegalArgumentException("--from " + options.from() + " is after --to " + options.to());
        }
    }

    public Result run() throws IOException {
        return JobGroup.run(spark, "patnav-landscape", "landscape of " + o.sector(), this::runInGroup);
    }

    private Result runInGroup() throws IOException {
        Instant started = Instant.now();
        Warehouse w = new Warehouse(o.warehouse(), spark.sparkContext().hadoopConfiguration());
        String snapshot = w.snapshotId().orElseThrow(() -> new IllegalStateException(
                "no ingested warehouse at " + w.location() + " (run ./patnav ingest first)"));
        if (!w.hasTable(NavigateJob.SECTORS)) {
            throw new IllegalStateException("no sector membership in " + w.location() + " (run ./patnav navigate first)");
        }
        List<String> known = spark.read().parquet(w.table(NavigateJob.SECTORS)).select("sector").distinct()
                .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
        if (!known.contains(o.sector())) {
            throw new IllegalArgumentException("sector '" + o.sector() + "' is not in " + w.table(NavigateJob.SECTORS)
                    + " (sectors there: " + String.join(", ", known) + "); run ./patnav navigate with its definition");
        }
        Map<String, Object> sectorInfo = NavigateJob.sectorManifest(w, o.sector());

        progress.stage("building the counting units of sector " + o.sector());
        Dataset<Row> units = LandscapeUnits.withinYears(
                LandscapeUnits.build(spark, w, o.sector(), o.unit(), o.asOf()), o.from(), o.to()).cache();
        units.createOrReplaceTempView("u");
        progress.stage("aggregating");
        LandscapeSql sql = new LandscapeSql(spark, o, RegionCode.parse(o.region()).prefix());
        Report report = new LandscapeReport(o, m, sql, sectorInfo, snapshot).build();
        long n = sql.applications();
        units.unpersist();
        return new Result(report, snapshot, n, Duration.between(started, Instant.now()));
    }

    /** The aggregates, each one Spark SQL query over the units view {@code u}, collected small. */
    static final class LandscapeSql {
        private final SparkSession spark;
        private final Options o;
        final String prefix;
        private Long applications;

        LandscapeSql(SparkSession spark, Options o, String prefix) {
            this.spark = spark;
            this.o = o;
            this.prefix = prefix;
        }

        List<Row> rows(String query, Object... args) {
            return spark.sql(String.format(Locale.ROOT, query, args)).collectAsList();
        }

        long applications() {
            if (applications == null) {
                applications = rows("SELECT count(*) FROM u").getFirst().getLong(0);
            }
            return applications;
        }

        String asOf() {
            return "DATE'" + o.asOf() + "'";
        }

        String inRegion(String column) {
            return column + " LIKE '" + prefix + "%'";
        }
    }

    /** Builds the report from the aggregates: tables first, then the findings they support. */
    static final class LandscapeReport {
        private final Options o;
        private final Messages m;
        private final LandscapeSql q;
        private final Map<String, Object> sectorInfo;
        private final String snapshot;
        private final int incompleteFrom;
        private final int lastComplete;

        LandscapeReport(Options o, Messages m, LandscapeSql q, Map<String, Object> sectorInfo, String snapshot) {
            this.o = o;
            this.m = m;
            this.q = q;
            this.sectorInfo = sectorInfo;
            this.snapshot = snapshot;
            this.incompleteFrom = o.asOf().minusMonths(LAG_MONTHS).getYear();
            this.lastComplete = incompleteFrom - 1;
        }

        Report build() {
            long total = q.applications();
            List<Section> sections = new ArrayList<>();
            List<Kpi> kpis = new ArrayList<>();
            sections.add(overview(total, kpis));
            Section trend = trend(total);
            sections.add(trend);
            sections.add(lifeCycle());
            sections.add(geography(total));
            sections.add(applicants(total));
            sections.add(technology(total));
            sections.add(corePatents());
            sections.add(legalStatus(total));
            sections.add(collaboration());
            if (!o.companies().isEmpty()) {
                sections.add(companies(total));
            }
            String name = String.valueOf(sectorInfo.getOrDefault(o.lang().equals("zh") ? "name_zh" : "name_en", o.sector()));
            String period = (o.from() == null ? "" : o.from()) + "–" + (o.to() == null ? "" : o.to());
            String title = m.get("report.title", name);
            String subtitle = m.get("report.subtitle", regionName(o.region()), o.asOf().toString(),
                    String.valueOf(sectorInfo.get("version")), m.get("unit." + unitId()),
                    o.from() == null && o.to() == null ? m.get("period.all") : period);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("warehouse", o.warehouse());
            manifest.put("snapshot_id", snapshot);
            manifest.put("sector", Map.of("id", o.sector(), "version", String.valueOf(sectorInfo.get("version")),
                    "name_zh", String.valueOf(sectorInfo.get("name_zh")), "name_en", String.valueOf(sectorInfo.get("name_en"))));
            manifest.put("as_of", o.asOf().toString());
            manifest.put("region", o.region());
            manifest.put("from_year", o.from());
            manifest.put("to_year", o.to());
            manifest.put("companies", o.companies());
            manifest.put("counting_rules", Map.of(
                    "unit", unitId(),
                    "date_basis", "filing date (trend also by earliest priority and grant date)",
                    "owner", "applicants; for US publications with an assignee, the assignees; taken from the unit's latest publication",
                    "applicant_counting", "full counting: an application counts once for each of its applicants; concentration uses the first owner",
                    "classification_counting", "full counting over every IPC symbol of the unit",
                    "incomplete_from_year", incompleteFrom,
                    "legal_status", "inferred from dates, maximum terms (patent-terms.tsv) and ingested events, as of as_of"));
            return new Report(o.lang(), title, subtitle, kpis, sections, methods(name), manifest);
        }

        private String unitId() {
            return o.unit() == LandscapeUnits.Unit.FAMILY ? "family" : "application";
        }

        // 1. Overview -------------------------------------------------------------------------

        private Section overview(long total, List<Kpi> kpis) {
            Row k = q.rows("""
                    SELECT count_if(grant_date IS NOT NULL AND grant_date <= %1$s),
                           count_if(status = 'valid'),
                           count_if(patent_type = 'invention'),
                           count_if(owner_country = 'CN'),
                           count_if(owner_country IS NOT NULL AND owner_country <> 'CN'),
                           count_if(%2$s)
                    FROM u""", q.asOf(), q.inRegion("owner_region")).getFirst();
            long applicants = q.rows("SELECT count(DISTINCT o) FROM u LATERAL VIEW explode(owners) t AS o").getFirst().getLong(0);
            List<Row> years = q.rows("SELECT filing_year, count(*) c FROM u WHERE filing_year IS NOT NULL "
                    + "GROUP BY filing_year ORDER BY c DESC, filing_year LIMIT 1");
            Integer peak = years.isEmpty() ? null : years.getFirst().getInt(0);
            kpis.add(kpi("applications", Column.Type.INTEGER, total));
            kpis.add(kpi("granted", Column.Type.INTEGER, k.getLong(0)));
            kpis.add(kpi("valid", Column.Type.INTEGER, k.getLong(1)));
            kpis.add(kpi("invention_share", Column.Type.PERCENT, share(k.getLong(2), total)));
            kpis.add(kpi("applicants", Column.Type.INTEGER, applicants));
            kpis.add(kpi("peak_year", Column.Type.YEAR, peak));
            kpis.add(kpi("cn_share", Column.Type.PERCENT, share(k.getLong(3), k.getLong(3) + k.getLong(4))));
            kpis.add(kpi("foreign_share", Column.Type.PERCENT, share(k.getLong(4), k.getLong(3) + k.getLong(4))));
            kpis.add(kpi("region_share", Column.Type.PERCENT, share(k.getLong(5), total)));
            kpis.add(kpi("region_applications", Column.Type.INTEGER, k.getLong(5)));

            Table.Builder types = table("patent_types", Column.text("patent_type", m.get("col.patent_type")),
                    Column.integer("applications", m.get("col.applications")), Column.percent("share", m.get("col.share")));
            for (Row r : q.rows("SELECT patent_type, count(*) c FROM u GROUP BY patent_type ORDER BY c DESC, patent_type")) {
                types.row(typeName(r.getString(0)), r.getLong(1), share(r.getLong(1), total));
            }
            List<String> findings = List.of(m.get("finding.overview", total, k.getLong(0), k.getLong(1),
                    pct(share(k.getLong(2), total)), applicants, peak == null ? "–" : String.valueOf(peak)));
            return new Section("overview", m.get("section.overview"), findings,
                    List.of(Chart.of("patent_types", Kind.PIE, "patent_types", "patent_type", "applications")),
                    List.of(types.build()));
        }

        // 2. Trend ----------------------------------------------------------------------------

        private Section trend(long total) {
            TreeMap<Integer, long[]> byYear = new TreeMap<>();
            for (String[] basis : new String[][] {{"filing_year", "0"}, {"priority_year", "1"}, {"grant_year", "2"}}) {
                String where = basis[0].equals("grant_year") ? " AND grant_date <= " + q.asOf() : "";
                for (Row r : q.rows("SELECT %1$s, count(*) FROM u WHERE %1$s IS NOT NULL%2$s GROUP BY %1$s", basis[0], where)) {
                    byYear.computeIfAbsent(r.getInt(0), y -> new long[3])[Integer.parseInt(basis[1])] = r.getLong(1);
                }
            }
            fillYears(byYear, 3);
            Table.Builder t = table("trend", Column.year("year", m.get("col.year")),
                    Column.integer("filings", m.get("col.filings")), Column.integer("priority", m.get("col.priority")),
                    Column.integer("grants", m.get("col.grants")));
            byYear.forEach((y, v) -> t.row(y, v[0], v[1], v[2]));
            t.note(m.get("note.incomplete", incompleteFrom, o.asOf().minusMonths(LAG_MONTHS).toString()));
            List<String> findings = new ArrayList<>();
            long last = byYear.containsKey(lastComplete) ? byYear.get(lastComplete)[0] : 0;
            long fiveBefore = byYear.containsKey(lastComplete - 5) ? byYear.get(lastComplete - 5)[0] : 0;
            findings.add(fiveBefore == 0 ? m.get("finding.trend.new", lastComplete, last)
                    : m.get("finding.trend", lastComplete, last, lastComplete - 5, fiveBefore,
                    pct((double) last / fiveBefore - 1)));
            return new Section("trend", m.get("section.trend"), findings,
                    List.of(Chart.of("trend", Kind.LINE, "trend", "year", "filings", "priority", "grants")
                            .shaded(String.valueOf(incompleteFrom), m.get("chart.incomplete"))),
                    List.of(t.build()));
        }

        // 3. Life cycle -----------------------------------------------------------------------

        private Section lifeCycle() {
            TreeMap<Integer, Long> apps = new TreeMap<>();
            TreeMap<Integer, Long> applicants = new TreeMap<>();
            for (Row r : q.rows("SELECT filing_year, count(DISTINCT unit), count(DISTINCT o) FROM u "
                    + "LATERAL VIEW OUTER explode(owners) t AS o WHERE filing_year IS NOT NULL GROUP BY filing_year")) {
                apps.put(r.getInt(0), r.getLong(1));
                applicants.put(r.getInt(0), r.getLong(2));
            }
            LifeCycle.Reading reading = LifeCycle.read(apps, applicants, lastComplete);
            Table.Builder t = table("life_cycle", Column.year("year", m.get("col.year")),
                    Column.integer("applications", m.get("col.applications")),
                    Column.integer("applicants", m.get("col.applicants")));
            apps.forEach((y, a) -> {
                if (y <= lastComplete) {
                    t.row(y, a, applicants.get(y));
                }
            });
            t.note(m.get("note.life_cycle"));
            String finding = m.get("finding.life_cycle", m.get("stage." + reading.stage().id()),
                    lastComplete - 4, lastComplete, reading.recentApplications(), reading.earlierApplications(),
                    reading.recentApplicants(), reading.earlierApplicants());
            return new Section("life_cycle", m.get("section.life_cycle"), List.of(finding),
                    List.of(Chart.of("life_cycle", Kind.TRAJECTORY, "life_cycle", "year", "applications", "applicants")),
                    List.of(t.build()));
        }

        // 4. Geography ------------------------------------------------------------------------

        private Section geography(long total) {
            Table.Builder countries = table("countries", Column.text("country", m.get("col.country")),
                    Column.integer("applications", m.get("col.applications")), Column.percent("share", m.get("col.share")));
            for (Row r : q.rows("SELECT coalesce(owner_country, '?'), count(*) c FROM u GROUP BY 1 ORDER BY c DESC, 1 LIMIT %d", TOP)) {
                countries.row(r.getString(0), r.getLong(1), share(r.getLong(1), total));
            }
            long cn = q.rows("SELECT count(*) FROM u WHERE owner_country = 'CN'").getFirst().getLong(0);
            Table.Builder provinces = table("provinces", Column.text("code", m.get("col.region_code")),
                    Column.text("region", m.get("col.region")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share_cn")));
            for (Row r : q.rows("SELECT concat(substr(owner_region, 1, 2), '0000'), count(*) c FROM u "
                    + "WHERE owner_country = 'CN' AND owner_region IS NOT NULL GROUP BY 1 ORDER BY c DESC, 1 LIMIT %d", TOP)) {
                provinces.row(r.getString(0), regionName(r.getString(0)), r.getLong(1), share(r.getLong(1), cn));
            }
            Table.Builder cities = table("cities", Column.text("code", m.get("col.region_code")),
                    Column.text("region", m.get("col.region")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share_cn")));
            for (Row r : q.rows("SELECT concat(substr(owner_region, 1, 4), '00'), count(*) c FROM u "
                    + "WHERE owner_country = 'CN' AND length(owner_region) = 6 AND owner_region NOT LIKE '%%0000' "
                    + "GROUP BY 1 ORDER BY c DESC, 1 LIMIT %d", TOP)) {
                cities.row(r.getString(0), regionName(r.getString(0)), r.getLong(1), share(r.getLong(1), cn));
            }
            // The focus region against its parts, its province and the nation.
            String province = q.prefix.substring(0, 2);
            Row totals = q.rows("SELECT count_if(%s), count_if(owner_region LIKE '%s%%'), count_if(owner_country = 'CN') FROM u",
                    q.inRegion("owner_region"), province).getFirst();
            Table.Builder focus = table("focus_region", Column.text("code", m.get("col.region_code")),
                    Column.text("region", m.get("col.region")), Column.text("level", m.get("col.level")),
                    Column.integer("applications", m.get("col.applications")), Column.percent("share", m.get("col.share_cn")));
            if (q.prefix.length() < 6) {
                for (Row r : q.rows("SELECT owner_region, count(*) c FROM u WHERE %s AND length(owner_region) = 6 "
                        + "AND owner_region NOT LIKE '%%00' GROUP BY 1 ORDER BY 1", q.inRegion("owner_region"))) {
                    focus.row(r.getString(0), regionName(r.getString(0)), m.get("level.part"), r.getLong(1), share(r.getLong(1), cn));
                }
            }
            focus.row(o.region(), regionName(o.region()), m.get("level.focus"), totals.getLong(0), share(totals.getLong(0), cn));
            focus.row(province + "0000", regionName(province + "0000"), m.get("level.province"), totals.getLong(1),
                    share(totals.getLong(1), cn));
            focus.row("CN", m.get("region.nation"), m.get("level.nation"), totals.getLong(2), share(totals.getLong(2), cn));
            String finding = m.get("finding.geography", regionName(o.region()), totals.getLong(0),
                    pct(share(totals.getLong(0), totals.getLong(1))), pct(share(totals.getLong(0), totals.getLong(2))),
                    pct(share(total - cn, total)));
            return new Section("geography", m.get("section.geography"), List.of(finding),
                    List.of(Chart.of("focus_region", Kind.RANKED_BAR, "focus_region", "region", "applications"),
                            Chart.of("provinces", Kind.RANKED_BAR, "provinces", "region", "applications"),
                            Chart.of("countries", Kind.RANKED_BAR, "countries", "country", "applications")),
                    List.of(focus.build(), provinces.build(), cities.build(), countries.build()));
        }

        // 5. Applicants -----------------------------------------------------------------------

        private Section applicants(long total) {
            int r3 = lastComplete - 2;
            int p3 = lastComplete - 5;
            Table.Builder top = table("top_applicants", Column.integer("rank", m.get("col.rank")),
                    Column.text("applicant", m.get("col.applicant")), Column.text("type", m.get("col.applicant_type")),
                    Column.text("country", m.get("col.country")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share")), Column.integer("granted", m.get("col.granted")),
                    Column.integer("valid", m.get("col.valid")), Column.percent("grant_rate", m.get("col.grant_rate")),
                    Column.integer("recent", m.get("col.recent", r3, lastComplete)),
                    Column.integer("previous", m.get("col.previous", p3, r3 - 1)),
                    Column.percent("growth", m.get("col.growth")));
            List<Row> rows = q.rows("""
                    SELECT party.name o, first(party.type, true), first(owner_country, true), count(*) c,
                           count_if(grant_date IS NOT NULL AND grant_date <= %1$s), count_if(status = 'valid'),
                           count_if(filing_year BETWEEN %2$d AND %3$d), count_if(filing_year BETWEEN %4$d AND %5$d)
                    FROM u LATERAL VIEW explode(parties) p AS party
                    GROUP BY o ORDER BY c DESC, o LIMIT %6$d""", q.asOf(), r3, lastComplete, p3, r3 - 1, TOP);
            int rank = 0;
            for (Row r : rows) {
                long recent = r.getLong(6);
                long previous = r.getLong(7);
                top.row((long) ++rank, r.getString(0), typeName(r.getString(1)), r.getString(2), r.getLong(3),
                        share(r.getLong(3), total), r.getLong(4), r.getLong(5), share(r.getLong(4), r.getLong(3)),
                        recent, previous, previous == 0 ? null : (double) recent / previous - 1);
            }
            top.note(m.get("note.full_counting"));
            Table.Builder types = table("applicant_types", Column.text("type", m.get("col.applicant_type")),
                    Column.integer("applications", m.get("col.applications")), Column.percent("share", m.get("col.share")));
            for (Row r : q.rows("SELECT coalesce(owner_type, 'unknown'), count(*) c FROM u GROUP BY 1 ORDER BY c DESC, 1")) {
                types.row(typeName(r.getString(0)), r.getLong(1), share(r.getLong(1), total));
            }
            Table.Builder entrants = table("new_entrants", Column.text("applicant", m.get("col.applicant")),
                    Column.year("first_year", m.get("col.first_year")), Column.integer("applications", m.get("col.applications")));
            for (Row r : q.rows("SELECT o, min(filing_year) f, count(*) c FROM u LATERAL VIEW explode(owners) t AS o "
                    + "GROUP BY o HAVING f >= %d ORDER BY c DESC, o LIMIT %d", lastComplete - 2, TOP)) {
                entrants.row(r.getString(0), r.getInt(1), r.getLong(2));
            }
            entrants.note(m.get("note.new_entrants", lastComplete - 2));
            List<Long> firstOwnerCounts = q.rows("SELECT count(*) FROM u WHERE owner_name IS NOT NULL GROUP BY owner_name")
                    .stream().map(r -> r.getLong(0)).toList();
            Concentration c = Concentration.of(firstOwnerCounts);
            Table.Builder conc = table("concentration", Column.text("measure", m.get("col.measure")),
                    Column.decimal("value", m.get("col.value")));
            conc.row("CR4", c.cr4()).row("CR8", c.cr8()).row("HHI", c.hhi());
            conc.note(m.get("note.concentration"));
            Table topTable = top.build();
            List<String> findings = new ArrayList<>();
            if (!rows.isEmpty()) {
                findings.add(m.get("finding.applicants", rows.getFirst().getString(0), rows.getFirst().getLong(3),
                        pct(share(rows.getFirst().getLong(3), total)), pct(c.cr4()), Math.round(c.hhi()),
                        m.get("level." + c.level())));
            }
            return new Section("applicants", m.get("section.applicants"), findings,
                    List.of(Chart.of("top_applicants", Kind.RANKED_BAR, "top_applicants", "applicant", "applications"),
                            Chart.of("applicant_types", Kind.PIE, "applicant_types", "type", "applications"),
                            Chart.of("new_entrants", Kind.RANKED_BAR, "new_entrants", "applicant", "applications")),
                    List.of(topTable, types.build(), entrants.build(), conc.build()));
        }

        // 6. Technology -----------------------------------------------------------------------

        private Section technology(long total) {
            Table.Builder subclasses = table("ipc_subclasses", Column.text("subclass", m.get("col.subclass")),
                    Column.text("title", m.get("col.ipc_title")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share")));
            for (Row r : q.rows("SELECT s, count(*) c FROM u LATERAL VIEW explode(subclasses) t AS s GROUP BY s "
                    + "ORDER BY c DESC, s LIMIT 15")) {
                subclasses.row(r.getString(0), ipcTitle(r.getString(0)), r.getLong(1), share(r.getLong(1), total));
            }
            subclasses.note(m.get("note.ipc_counting"));
            Table.Builder groups = table("ipc_groups", Column.text("group", m.get("col.group")),
                    Column.text("title", m.get("col.ipc_title")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share")));
            List<Row> groupRows = q.rows("SELECT g, count(*) c FROM u LATERAL VIEW explode(groups) t AS g GROUP BY g "
                    + "ORDER BY c DESC, g LIMIT 15");
            for (Row r : groupRows) {
                groups.row(r.getString(0), ipcTitle(r.getString(0)), r.getLong(1), share(r.getLong(1), total));
            }
            // Branch trends: the five largest main groups per filing year.
            List<String> branches = groupRows.stream().limit(5).map(r -> r.getString(0)).toList();
            List<Column> cols = new ArrayList<>();
            cols.add(Column.year("year", m.get("col.year")));
            for (int i = 0; i < branches.size(); i++) {
                cols.add(Column.integer("b" + (i + 1), branches.get(i)));
            }
            TreeMap<Integer, long[]> perYear = new TreeMap<>();
            if (!branches.isEmpty()) {
                String in = "'" + String.join("','", branches) + "'";
                for (Row r : q.rows("SELECT filing_year, g, count(*) FROM u LATERAL VIEW explode(groups) t AS g "
                        + "WHERE g IN (%s) AND filing_year IS NOT NULL GROUP BY 1, 2", in)) {
                    perYear.computeIfAbsent(r.getInt(0), y -> new long[branches.size()])[branches.indexOf(r.getString(1))] = r.getLong(2);
                }
            }
            fillYears(perYear, branches.size());
            Table.Builder trends = Table.builder("branch_trends", m.get("table.branch_trends"), cols.toArray(Column[]::new));
            perYear.forEach((y, v) -> {
                List<Object> row = new ArrayList<>();
                row.add(y);
                for (long x : v) {
                    row.add(x);
                }
                trends.row(row.toArray());
            });
            trends.note(m.get("note.incomplete", incompleteFrom, o.asOf().minusMonths(LAG_MONTHS).toString()));
            // Hot spots: main groups growing fastest, last three complete years against the three before.
            int r3 = lastComplete - 2;
            Table.Builder hot = table("hot_spots", Column.text("group", m.get("col.group")),
                    Column.text("title", m.get("col.ipc_title")), Column.integer("recent", m.get("col.recent", r3, lastComplete)),
                    Column.integer("previous", m.get("col.previous", r3 - 3, r3 - 1)), Column.percent("growth", m.get("col.growth")));
            List<Row> hotRows = q.rows("""
                    SELECT g, count_if(filing_year BETWEEN %1$d AND %2$d) r, count_if(filing_year BETWEEN %3$d AND %4$d) p
                    FROM u LATERAL VIEW explode(groups) t AS g GROUP BY g
                    HAVING p >= 2 AND r >= 3 ORDER BY r / p DESC, r DESC, g LIMIT 10""", r3, lastComplete, r3 - 3, r3 - 1);
            for (Row r : hotRows) {
                hot.row(r.getString(0), ipcTitle(r.getString(0)), r.getLong(1), r.getLong(2), (double) r.getLong(1) / r.getLong(2) - 1);
            }
            hot.note(m.get("note.hot_spots"));
            // Gaps: main groups active in the sector elsewhere, with nothing from the focus region.
            Table.Builder gaps = table("gaps", Column.text("group", m.get("col.group")),
                    Column.text("title", m.get("col.ipc_title")), Column.integer("applications", m.get("col.applications_elsewhere")));
            List<Row> gapRows = q.rows("SELECT g, count(*) c, count_if(%s) local FROM u LATERAL VIEW explode(groups) t AS g "
                    + "GROUP BY g HAVING local = 0 ORDER BY c DESC, g LIMIT 10", q.inRegion("owner_region"));
            for (Row r : gapRows) {
                gaps.row(r.getString(0), ipcTitle(r.getString(0)), r.getLong(1));
            }
            List<String> findings = new ArrayList<>();
            if (!groupRows.isEmpty()) {
                findings.add(m.get("finding.technology", groupRows.getFirst().getString(0),
                        ipcTitle(groupRows.getFirst().getString(0)), groupRows.getFirst().getLong(1)));
            }
            if (!hotRows.isEmpty()) {
                findings.add(m.get("finding.hot_spots", hotRows.getFirst().getString(0), hotRows.getFirst().getLong(1),
                        hotRows.getFirst().getLong(2)));
            }
            findings.add(gapRows.isEmpty() ? m.get("finding.gaps.none", regionName(o.region()))
                    : m.get("finding.gaps", regionName(o.region()), gapRows.getFirst().getString(0), gapRows.getFirst().getLong(1)));
            return new Section("technology", m.get("section.technology"), findings,
                    List.of(Chart.of("ipc_subclasses", Kind.RANKED_BAR, "ipc_subclasses", "subclass", "applications"),
                            new Chart("branch_trends", Kind.LINE, "branch_trends", "year",
                                    cols.stream().skip(1).map(Column::id).toList(), String.valueOf(incompleteFrom),
                                    m.get("chart.incomplete")),
                            Chart.of("hot_spots", Kind.RANKED_BAR, "hot_spots", "group", "recent", "previous"),
                            Chart.of("gaps", Kind.RANKED_BAR, "gaps", "group", "applications")),
                    List.of(subclasses.build(), groups.build(), trends.build(), hot.build(), gaps.build()));
        }

        // 7. Core patents ---------------------------------------------------------------------

        private Section corePatents() {
            Table.Builder cited = patentTable("most_cited", Column.integer("cited_by", m.get("col.cited_by")));
            for (Row r : q.rows("SELECT pub_id, title_zh, title_en, owner_name, filing_year, cited_by, " + GROUPS + " FROM u "
                    + "WHERE cited_by > 0 ORDER BY cited_by DESC, pub_id LIMIT %d", TOP)) {
                cited.row(r.getString(0), title(r), r.getString(3), r.isNullAt(4) ? null : r.getInt(4), r.getString(6), r.getLong(5));
            }
            cited.note(m.get("note.cited"));
            Table.Builder families = patentTable("largest_families", Column.integer("family_size", m.get("col.family_size")),
                    Column.integer("family_offices", m.get("col.family_offices")));
            for (Row r : q.rows("SELECT pub_id, title_zh, title_en, owner_name, filing_year, family_size, family_offices, "
                    + GROUPS + " FROM u "
                    + "WHERE family_size > 1 ORDER BY family_size DESC, family_offices DESC, pub_id LIMIT %d", TOP)) {
                families.row(r.getString(0), title(r), r.getString(3), r.isNullAt(4) ? null : r.getInt(4), r.getString(7),
                        r.getLong(5), r.getLong(6));
            }
            Table.Builder valuable = patentTable("high_value", Column.text("status", m.get("col.status")),
                    Column.integer("criteria", m.get("col.criteria")), Column.text("reasons", m.get("col.reasons")));
            for (Row r : q.rows("""
                    SELECT pub_id, title_zh, title_en, owner_name, filing_year, status,
                           cited_by >= %1$d a, family_offices >= 2 b, coalesce(claim_count, 0) >= %2$d c,
                           status = 'valid' AND filing_date <= add_months(%3$s, -12 * %4$d) d, cited_by, %6$s
                    FROM u WHERE status <> 'withdrawn_rejected' AND (cited_by >= %1$d OR family_offices >= 2
                          OR coalesce(claim_count, 0) >= %2$d
                          OR (status = 'valid' AND filing_date <= add_months(%3$s, -12 * %4$d)))
                    ORDER BY (CAST(cited_by >= %1$d AS INT) + CAST(family_offices >= 2 AS INT)
                              + CAST(coalesce(claim_count, 0) >= %2$d AS INT)
                              + CAST(status = 'valid' AND filing_date <= add_months(%3$s, -12 * %4$d) AS INT)) DESC,
                             cited_by DESC, pub_id LIMIT %5$d""", HIGH_CITED, HIGH_CLAIMS, q.asOf(), HIGH_YEARS, TOP, GROUPS)) {
                List<String> reasons = new ArrayList<>();
                if (r.getBoolean(6)) {
                    reasons.add(m.get("reason.cited", r.getLong(10)));
                }
                if (r.getBoolean(7)) {
                    reasons.add(m.get("reason.abroad"));
                }
                if (r.getBoolean(8)) {
                    reasons.add(m.get("reason.claims", HIGH_CLAIMS));
                }
                if (r.getBoolean(9)) {
                    reasons.add(m.get("reason.maintained", HIGH_YEARS));
                }
                valuable.row(r.getString(0), title(r), r.getString(3), r.isNullAt(4) ? null : r.getInt(4), r.getString(11),
                        statusName(r.getString(5)), (long) reasons.size(), String.join(m.get("list.separator"), reasons));
            }
            valuable.note(m.get("note.high_value", HIGH_CITED, HIGH_CLAIMS, HIGH_YEARS));
            Table citedTable = cited.build();
            Table valuableTable = valuable.build();
            String finding = citedTable.rows().isEmpty() ? m.get("finding.core.none", valuableTable.rows().size())
                    : m.get("finding.core", citedTable.rows().getFirst().get(citedTable.columnIndex("pub_id")),
                    citedTable.rows().getFirst().get(citedTable.columnIndex("cited_by")),
                    valuableTable.rows().size());
            return new Section("core_patents", m.get("section.core_patents"), List.of(finding),
                    List.of(Chart.of("most_cited", Kind.RANKED_BAR, "most_cited", "pub_id", "cited_by"),
                            Chart.of("largest_families", Kind.RANKED_BAR, "largest_families", "pub_id", "family_size")),
                    List.of(citedTable, families.build(), valuableTable));
        }

        // 8. Legal status ---------------------------------------------------------------------

        private Section legalStatus(long total) {
            Table.Builder status = table("legal_status", Column.text("status", m.get("col.status_id")),
                    Column.text("label", m.get("col.status")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share")));
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String s : List.of("valid", "pending", "lapsed", "expired", "withdrawn_rejected")) {
                counts.put(s, 0L);
            }
            for (Row r : q.rows("SELECT status, count(*) FROM u GROUP BY status")) {
                counts.put(r.getString(0), r.getLong(1));
            }
            counts.forEach((s, c) -> status.row(s, statusName(s), c, share(c, total)));
            status.note(m.get("note.legal_status", o.asOf().toString()));
            Table.Builder free = patentTable("free_to_use", Column.text("status", m.get("col.status")),
                    Column.date("since", m.get("col.since")), Column.integer("cited_by", m.get("col.cited_by")),
                    Column.integer("family_size", m.get("col.family_size")));
            for (Row r : q.rows("SELECT pub_id, title_zh, title_en, owner_name, filing_year, status, status_since, cited_by, "
                    + "family_size, " + GROUPS + " FROM u WHERE status IN ('lapsed', 'expired') AND office = 'CN' "
                    + "ORDER BY cited_by DESC, family_size DESC, status_since DESC, pub_id LIMIT 50")) {
                free.row(r.getString(0), title(r), r.getString(3), r.isNullAt(4) ? null : r.getInt(4), r.getString(9),
                        statusName(r.getString(5)), r.isNullAt(6) ? null : r.getLocalDate(6), r.getLong(7), r.getLong(8));
            }
            free.note(m.get("note.free_to_use"));
            // Only the Chinese ones are free to use here: a lapsed foreign patent says nothing of rights in China.
            long freeInChina = q.rows("SELECT count(*) FROM u WHERE status IN ('lapsed', 'expired') AND office = 'CN'")
                    .getFirst().getLong(0);
            String finding = m.get("finding.legal", counts.get("valid"), pct(share(counts.get("valid"), total)),
                    counts.get("lapsed"), counts.get("expired"), freeInChina);
            return new Section("legal_status", m.get("section.legal_status"), List.of(finding),
                    List.of(Chart.of("legal_status", Kind.PIE, "legal_status", "label", "applications")),
                    List.of(status.build(), free.build()));
        }

        // 9. Collaboration --------------------------------------------------------------------

        private Section collaboration() {
            Table.Builder pairs = table("co_applicants", Column.text("applicant_a", m.get("col.applicant_a")),
                    Column.text("applicant_b", m.get("col.applicant_b")), Column.text("pair", m.get("col.pair")),
                    Column.text("kind", m.get("col.pair_kind")), Column.integer("applications", m.get("col.applications")));
            List<Row> pairRows = q.rows("""
                    SELECT pa.name a, pb.name b, first(pa.type, true), first(pb.type, true), count(*) c
                    FROM u LATERAL VIEW explode(parties) x AS pa LATERAL VIEW explode(parties) y AS pb
                    WHERE pa.name < pb.name
                    GROUP BY a, b ORDER BY c DESC, a, b LIMIT %d""", TOP);
            for (Row r : pairRows) {
                pairs.row(r.getString(0), r.getString(1), r.getString(0) + " — " + r.getString(1),
                        typeName(r.getString(2)) + " – " + typeName(r.getString(3)), r.getLong(4));
            }
            Row links = q.rows("SELECT count(*), count_if(array_contains(owner_types, 'company') "
                    + "AND (array_contains(owner_types, 'university') OR array_contains(owner_types, 'research_institute'))) "
                    + "FROM u WHERE size(owners) > 1").getFirst();
            Table.Builder teams = table("team_sizes", Column.text("team_size", m.get("col.team_size")),
                    Column.integer("applications", m.get("col.applications")));
            Map<String, Long> buckets = new LinkedHashMap<>();
            for (String b : List.of("1", "2", "3-5", "6-10", "11+", "?")) {
                buckets.put(b, 0L);
            }
            for (Row r : q.rows("SELECT CASE WHEN inventors IS NULL OR inventors = 0 THEN '?' WHEN inventors = 1 THEN '1' "
                    + "WHEN inventors = 2 THEN '2' WHEN inventors <= 5 THEN '3-5' WHEN inventors <= 10 THEN '6-10' ELSE '11+' END, "
                    + "count(*) FROM u GROUP BY 1")) {
                buckets.put(r.getString(0), r.getLong(1));
            }
            buckets.forEach((b, c) -> teams.row(b.equals("?") ? m.get("team.unknown") : b, c));
            String finding = m.get("finding.collaboration", links.getLong(0), links.getLong(1));
            return new Section("collaboration", m.get("section.collaboration"), List.of(finding),
                    List.of(Chart.of("co_applicants", Kind.RANKED_BAR, "co_applicants", "pair", "applications"),
                            Chart.of("team_sizes", Kind.BAR, "team_sizes", "team_size", "applications")),
                    List.of(pairs.build(), teams.build()));
        }

        // 10. Companies -----------------------------------------------------------------------

        private Section companies(long total) {
            ApplicantNames names = ApplicantNames.defaults();
            int r3 = lastComplete - 2;
            Table.Builder position = table("company_positions", Column.text("company", m.get("col.company")),
                    Column.integer("rank", m.get("col.rank")), Column.integer("applications", m.get("col.applications")),
                    Column.percent("share", m.get("col.share")), Column.integer("recent", m.get("col.recent", r3, lastComplete)),
                    Column.integer("previous", m.get("col.previous", r3 - 3, r3 - 1)), Column.percent("growth", m.get("col.growth")));
            Table.Builder overlap = table("company_overlap", Column.text("company", m.get("col.company")),
                    Column.text("applicant", m.get("col.top_applicant")), Column.percent("overlap", m.get("col.overlap")));
            List<String> findings = new ArrayList<>();
            List<String> leaders = q.rows("SELECT o, count(*) c FROM u LATERAL VIEW explode(owners) t AS o GROUP BY o "
                    + "ORDER BY c DESC, o LIMIT 5").stream().map(r -> r.getString(0)).toList();
            for (String raw : o.companies()) {
                String name = names.normalise(raw);
                String quoted = "'" + name.replace("'", "''") + "'";
                Row r = q.rows("""
                        WITH c AS (SELECT o, count(*) n, count_if(filing_year BETWEEN %2$d AND %3$d) r,
                                          count_if(filing_year BETWEEN %4$d AND %5$d) p
                                   FROM u LATERAL VIEW explode(owners) t AS o GROUP BY o)
                        SELECT max(CASE WHEN o = %1$s THEN n END), max(CASE WHEN o = %1$s THEN r END),
                               max(CASE WHEN o = %1$s THEN p END),
                               count_if(n > coalesce((SELECT n FROM c WHERE o = %1$s), 0)) + 1
                        FROM c""", quoted, r3, lastComplete, r3 - 3, r3 - 1).getFirst();
                long n = r.isNullAt(0) ? 0 : r.getLong(0);
                long recent = r.isNullAt(1) ? 0 : r.getLong(1);
                long previous = r.isNullAt(2) ? 0 : r.getLong(2);
                position.row(name, n == 0 ? null : r.getLong(3), n, share(n, total), recent, previous,
                        previous == 0 ? null : (double) recent / previous - 1);
                // Technology overlap: Jaccard similarity of the IPC subclass sets.
                for (String leader : leaders) {
                    if (leader.equals(name)) {
                        continue;
                    }
                    String l = "'" + leader.replace("'", "''") + "'";
                    Row j = q.rows("""
                            WITH s AS (SELECT o, s FROM u LATERAL VIEW explode(owners) t AS o
                                       LATERAL VIEW explode(subclasses) v AS s WHERE o IN (%1$s, %2$s) GROUP BY o, s)
                            SELECT count(DISTINCT s), count_if(k = 2) FROM (SELECT s, count(*) k FROM s GROUP BY s)""",
                            quoted, l).getFirst();
                    overlap.row(name, leader, j.getLong(0) == 0 ? 0.0 : (double) j.getLong(1) / j.getLong(0));
                }
                findings.add(n == 0 ? m.get("finding.company.none", name)
                        : m.get("finding.company", name, r.getLong(3), n, pct(share(n, total)), recent, previous));
            }
            overlap.note(m.get("note.overlap"));
            return new Section("companies", m.get("section.companies"), findings,
                    List.of(Chart.of("company_positions", Kind.BAR, "company_positions", "company", "applications", "recent"),
                            Chart.of("company_overlap", Kind.RANKED_BAR, "company_overlap", "applicant", "overlap")),
                    List.of(position.build(), overlap.build()));
        }

        // 11. Methods -------------------------------------------------------------------------

        private List<String> methods(String sectorName) {
            return List.of(
                    m.get("methods.data", o.warehouse(), snapshot, o.asOf().toString()),
                    m.get("methods.sector", sectorName, o.sector(), String.valueOf(sectorInfo.get("version"))),
                    m.get("methods.unit." + unitId()),
                    m.get("methods.dates", incompleteFrom),
                    m.get("methods.applicants"),
                    m.get("methods.status"),
                    m.get("methods.caveats"));
        }

        // Helpers -----------------------------------------------------------------------------

        private Table.Builder table(String id, Column... columns) {
            return Table.builder(id, m.get("table." + id), columns);
        }

        /**
         * A table of patents: pub id, title, owner, filing year, IPC main groups (so a branch's patents can
         * be picked out of the list), then the given columns.
         */
        private Table.Builder patentTable(String id, Column... more) {
            List<Column> cols = new ArrayList<>(List.of(Column.text("pub_id", m.get("col.pub_id")),
                    Column.text("title", m.get("col.title")), Column.text("owner", m.get("col.owner")),
                    Column.year("filing_year", m.get("col.filing_year")),
                    Column.text("ipc_groups", m.get("col.ipc_groups"))));
            cols.addAll(List.of(more));
            return Table.builder(id, m.get("table." + id), cols.toArray(Column[]::new));
        }

        private String title(Row r) {
            String zh = r.getString(1);
            String en = r.getString(2);
            return o.lang().equals("zh") ? (zh != null ? zh : en) : (en != null ? en : zh);
        }

        private Kpi kpi(String id, Column.Type type, Object value) {
            return new Kpi(id, m.get("kpi." + id), type, value, null);
        }

        private String typeName(String id) {
            return id == null ? m.get("type.unknown") : m.has("type." + id) ? m.get("type." + id) : id;
        }

        private String statusName(String id) {
            return m.get("status." + id);
        }

        private String regionName(String code) {
            if (o.divisions() == null || code == null) {
                return code;
            }
            // The city level of a municipality is 市辖区 ("districts under the city"): name it by its province.
            return o.divisions().get(code).map(d -> d.name().equals("市辖区") || d.name().equals("县")
                    ? regionName(RegionCode.parse(code).province().code()) + d.name() : d.name()).orElse(code);
        }

        private String ipcTitle(String symbol) {
            return o.ipcTitles().title(symbol, o.lang()).orElse(null);
        }

        private String pct(double share) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * share);
        }

        private static Double share(long part, long whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }

        /** Every year between the first and the as-of year, so a chart shows the empty years too. */
        private void fillYears(TreeMap<Integer, long[]> byYear, int width) {
            if (byYear.isEmpty()) {
                return;
            }
            int first = o.from() != null ? o.from() : byYear.firstKey();
            int last = o.to() != null ? o.to() : Math.max(byYear.lastKey(), o.asOf().getYear());
            for (int y = first; y <= last; y++) {
                byYear.computeIfAbsent(y, k -> new long[width]);
            }
            byYear.keySet().removeIf(y -> y < first || y > last);
        }
    }
}
