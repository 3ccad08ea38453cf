package org.patnav.jobs.indicators;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.patnav.analytics.highvalue.HighValueCriterion;
import org.patnav.analytics.indicators.Indicator;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PatentRef;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.analytics.indicators.Population;
import org.patnav.analytics.indicators.TargetProgress;
import org.patnav.jobs.warehouse.RegionColumns;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.RegionCode;
import org.patnav.report.Chart;
import org.patnav.report.Chart.Kind;
import org.patnav.report.Column;
import org.patnav.report.Kpi;
import org.patnav.report.Messages;
import org.patnav.report.Report;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * The indicators dashboard as a {@link Report}: progress against the plan's targets, the indicators per
 * region and per year-end, what makes the patents high-value, the strategic emerging industries, the
 * high-value patents of the region, the registers, population, and every figure with its source. The
 * patent tables are aggregates of the judged patents, collected small.
 */
final class IndicatorReport {

    /** Rows of the patent list in the dashboard; {@code patents.csv} holds them all. */
    static final int LISTED = 200;

    private final IndicatorsJob.Options o;
    private final IndicatorsJob.Figures figures;
    /** The judged patents (cached while the report is built). */
    private final Dataset<Row> patents;
    private final Messages m;
    private final Map<String, Object> inputs;

    IndicatorReport(IndicatorsJob.Options o, IndicatorsJob.Figures figures, Dataset<Row> patents, Map<String, Object> inputs,
                    String lang) {
        this.o = o;
        this.figures = figures;
        this.patents = patents;
        this.inputs = inputs;
        this.m = new Messages("indicators", lang);
    }

    Report build() {
        IndicatorsJob.Region focus = figures.focus();
        List<Kpi> kpis = new ArrayList<>();
        for (Indicator i : List.of(Indicator.HIGH_VALUE_PER_10K, Indicator.HIGH_VALUE_INVENTION_PATENTS,
                Indicator.VALID_INVENTION_PATENTS, Indicator.VALID_TRADEMARKS, Indicator.PLEDGE_FINANCING,
                Indicator.OPEN_LICENCES)) {
            IndicatorsJob.Figure f = figures.figure(i, focus.code(), figures.asOf());
            String target = figures.progress().stream().filter(p -> p.target().indicator() == i && p.region().equals(focus))
                    .findFirst().map(p -> m.get("kpi.target", plain(p.target().target()), p.target().targetYear()))
                    .orElse(null);
            kpis.add(new Kpi(i.id(), m.get("indicator." + i.id()), i.decimals() == 0 ? Column.Type.INTEGER : Column.Type.DECIMAL,
                    cell(i, f.value()), target));
        }
        List<Section> sections = List.of(progress(), regions(), series(), criteria(), industries(), patents(), registers(),
                populationSection(), all());
        List<String> methods = List.of(
                m.get("methods.valid"),
                m.get("methods.high_value", String.join("; ", figures.rules().describe())),
                m.get("methods.concordance"),
                m.get("methods.region", m.get("region_by." + figures.rules().regionBy().name().toLowerCase(java.util.Locale.ROOT))),
                m.get("methods.per_10k"),
                m.get("methods.trademarks"),
                m.get("methods.registers"),
                m.get("methods.progress"),
                m.get("methods.data", o.warehouse(), figures.snapshotId()));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("as_of", figures.asOf().toString());
        manifest.put("region", focus.code());
        manifest.put("dates", figures.dates().stream().map(LocalDate::toString).toList());
        manifest.put("warehouse", o.warehouse());
        manifest.put("snapshot_id", figures.snapshotId());
        manifest.put("inputs", inputs);
        manifest.put("high_value_rules", figures.rules().describe());
        List<Map<String, Object>> asOf = new ArrayList<>();
        for (IndicatorsJob.Figure f : figures.values()) {
            if (f.date().equals(figures.asOf())) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("indicator", f.indicator().id());
                x.put("region", f.region().code());
                x.put("value", f.value() == null ? null : f.value().doubleValue());
                x.put("source", f.source());
                asOf.add(x);
            }
        }
        manifest.put("figures_as_of", asOf);
        return new Report(m.lang(), m.get("report.title", regionName(focus)),
                m.get("report.subtitle", figures.asOf().toString(), regionName(focus)), kpis, sections, methods, manifest);
    }

    private Section progress() {
        Table.Builder t = table("progress", Column.text("indicator", m.get("col.indicator")), Column.text("region", m.get("col.region")),
                Column.year("baseline_year", m.get("col.baseline_year")), Column.decimal("baseline", m.get("col.baseline")),
                Column.decimal("value", m.get("col.value")), Column.year("target_year", m.get("col.target_year")),
                Column.decimal("target", m.get("col.target")), Column.decimal("gap", m.get("col.gap")),
                Column.percent("share", m.get("col.share")), Column.decimal("projected", m.get("col.projected")),
                Column.text("on_track", m.get("col.on_track")));
        int onTrack = 0;
        int measured = 0;
        for (IndicatorsJob.Progressed p : figures.progress()) {
            TargetProgress g = p.progress();
            if (g != null) {
                measured++;
                onTrack += g.onTrack() ? 1 : 0;
            }
            t.row(m.get("indicator." + p.target().indicator().id()), regionName(p.region()), p.target().baselineYear(),
                    p.target().baseline() == null ? null : p.target().baseline().doubleValue(),
                    g == null ? null : g.value().doubleValue(), p.target().targetYear(), p.target().target().doubleValue(),
                    g == null ? null : g.gap().doubleValue(), g == null ? null : g.share(),
                    g == null || g.projected() == null ? null : g.projected().doubleValue(),
                    g == null ? m.get("on_track.no_data", p.note()) : m.get(g.onTrack() ? "on_track.yes" : "on_track.no"));
        }
        t.note(m.get("note.progress", figures.asOf().toString()));
        String finding = figures.progress().isEmpty() ? m.get("finding.progress.none")
                : m.get("finding.progress", figures.progress().size(), measured, onTrack);
        return new Section("progress", m.get("section.progress"), List.of(finding),
                List.of(Chart.of("progress", Kind.RANKED_BAR, "progress", "indicator", "share")), List.of(t.build()));
    }

    /** Every indicator as a column, one row per reported region, on the as-of date. */
    private Section regions() {
        Table.Builder t = table("regions", indicatorColumns(Column.text("region", m.get("col.region")),
                Column.text("level", m.get("col.level"))));
        for (IndicatorsJob.Region r : figures.regions()) {
            List<Object> row = new ArrayList<>(List.of(regionName(r), m.get("level." + r.level())));
            for (Indicator i : Indicator.values()) {
                IndicatorsJob.Figure f = figures.figure(i, r.code(), figures.asOf());
                row.add(cell(i, f.value()));
            }
            t.row(row.toArray());
        }
        t.note(m.get("note.regions", figures.asOf().toString()));
        List<String> findings = new ArrayList<>();
        figures.regions().stream().filter(r -> !r.level().equals("nation"))
                .map(r -> figures.figure(Indicator.HIGH_VALUE_PER_10K, r.code(), figures.asOf()))
                .filter(f -> f.value() != null).max(Comparator.comparing(IndicatorsJob.Figure::value))
                .ifPresent(f -> findings.add(m.get("finding.regions", regionName(f.region()), plain(f.value()))));
        if (findings.isEmpty()) {
            findings.add(m.get("finding.regions.none"));
        }
        return new Section("regions", m.get("section.regions"), findings,
                List.of(Chart.of("regions", Kind.BAR, "regions", "region", Indicator.HIGH_VALUE_PER_10K.id())), List.of(t.build()));
    }

    /** The focus region's indicators at each year-end and on the as-of date. */
    private Section series() {
        Table.Builder t = table("series", indicatorColumns(Column.text("date", m.get("col.date"))));
        for (LocalDate d : figures.dates()) {
            List<Object> row = new ArrayList<>(List.of(dateLabel(d)));
            for (Indicator i : Indicator.values()) {
                row.add(cell(i, figures.figure(i, figures.focus().code(), d).value()));
            }
            t.row(row.toArray());
        }
        t.note(m.get("note.series"));
        IndicatorsJob.Figure first = figures.figure(Indicator.HIGH_VALUE_INVENTION_PATENTS, figures.focus().code(), figures.dates().getFirst());
        IndicatorsJob.Figure last = figures.figure(Indicator.HIGH_VALUE_INVENTION_PATENTS, figures.focus().code(), figures.asOf());
        String finding = m.get("finding.series", regionName(figures.focus()), dateLabel(first.date()), plain(first.value()),
                dateLabel(last.date()), plain(last.value()));
        return new Section("series", m.get("section.series"), List.of(finding),
                List.of(Chart.of("series_per_10k", Kind.LINE, "series", "date", Indicator.HIGH_VALUE_PER_10K.id()),
                        Chart.of("series_counts", Kind.LINE, "series", "date", Indicator.VALID_INVENTION_PATENTS.id(),
                                Indicator.HIGH_VALUE_INVENTION_PATENTS.id())),
                List.of(t.build()));
    }

    /** How many high-value patents meet each criterion, per region (a patent may meet several). */
    private Section criteria() {
        List<Column> columns = new ArrayList<>(List.of(Column.text("region", m.get("col.region")),
                Column.integer("high_value", m.get("indicator.high_value_invention_patents"))));
        for (HighValueCriterion c : HighValueCriterion.values()) {
            columns.add(Column.integer(c.id(), m.get("criterion." + c.id())));
        }
        Table.Builder t = table("criteria", columns.toArray(Column[]::new));
        List<org.apache.spark.sql.Column> counts = new ArrayList<>();
        for (HighValueCriterion c : HighValueCriterion.values()) {
            counts.add(count_if(array_contains(col("criteria"), c.id())));
        }
        long[] focusCounts = null;
        for (IndicatorsJob.Region r : figures.regions()) {
            Row row = counted(patents, figures.asOf(), r, true)
                    .agg(count(lit(1)), counts.toArray(org.apache.spark.sql.Column[]::new)).first();
            List<Object> cells = new ArrayList<>(List.of(regionName(r)));
            long[] n = new long[row.size()];
            for (int i = 0; i < row.size(); i++) {
                n[i] = row.getLong(i);
                cells.add(n[i]);
            }
            if (r.equals(figures.focus())) {
                focusCounts = n;
            }
            t.row(cells.toArray());
        }
        t.note(m.get("note.criteria"));
        String finding = m.get("finding.criteria.none");
        if (focusCounts != null && focusCounts[0] > 0) {
            int best = 1;
            for (int i = 2; i < focusCounts.length; i++) {
                best = focusCounts[i] > focusCounts[best] ? i : best;
            }
            finding = m.get("finding.criteria", regionName(figures.focus()), focusCounts[0],
                    m.get("criterion." + HighValueCriterion.values()[best - 1].id()), focusCounts[best]);
        }
        return new Section("criteria", m.get("section.criteria"), List.of(finding),
                List.of(Chart.of("criteria", Kind.BAR, "criteria", "region",
                        java.util.Arrays.stream(HighValueCriterion.values()).map(HighValueCriterion::id).toArray(String[]::new))),
                List.of(t.build()));
    }

    private Section industries() {
        Table.Builder t = table("industries", Column.text("industry", m.get("col.industry")),
                Column.integer("high_value", m.get("indicator.high_value_invention_patents")));
        for (Row r : counted(patents, figures.asOf(), figures.focus(), true)
                .select(explode(col("industries")).as("industry")).groupBy("industry").agg(count(lit(1)).as("n"))
                .orderBy(col("n").desc(), col("industry")).collectAsList()) {
            t.row(r.getString(0), r.getLong(1));
        }
        Table table = t.note(m.get("note.industries")).build();
        String finding = table.rows().isEmpty() ? m.get("finding.industries.none")
                : m.get("finding.industries", regionName(figures.focus()), table.rows().getFirst().get(0), table.rows().getFirst().get(1));
        return new Section("industries", m.get("section.industries"), List.of(finding),
                List.of(Chart.of("industries", Kind.RANKED_BAR, "industries", "industry", "high_value")), List.of(table));
    }

    private Section patents() {
        Table.Builder t = table("high_value_patents", Column.text("pub_id", m.get("col.pub_id")), Column.text("title", m.get("col.title")),
                Column.text("owner", m.get("col.owner")), Column.text("region", m.get("col.region")),
                Column.date("filing_date", m.get("col.filing_date")), Column.text("criteria", m.get("col.criteria")),
                Column.text("industries", m.get("col.industry")));
        for (Row r : counted(patents, figures.asOf(), figures.focus(), true)
                .select("pub_id", "title", "owner", "region_code", "filing_date", "criteria", "industries")
                .orderBy(size(col("criteria")).desc(), col("filing_date"), col("pub_id")).limit(LISTED).collectAsList()) {
            t.row(r.getString(0), r.getString(1), r.getString(2), regionName(r.getString(3)),
                    r.isNullAt(4) ? null : r.getLocalDate(4),
                    r.<String>getList(5).stream().map(c -> m.get("criterion." + c)).collect(Collectors.joining(m.get("list.separator"))),
                    String.join(m.get("list.separator"), r.<String>getList(6)));
        }
        Table table = t.note(m.get("note.patents", LISTED)).build();
        return new Section("patents", m.get("section.patents"), List.of(m.get("finding.patents", regionName(figures.focus()),
                plain(figures.figure(Indicator.HIGH_VALUE_INVENTION_PATENTS, figures.focus().code(), figures.asOf()).value()))),
                List.of(), List.of(table));
    }

    private Section registers() {
        Table.Builder pledges = table("pledges", Column.text("registration_no", m.get("col.registration_no")),
                Column.date("registered", m.get("col.registered")), Column.text("pledgor", m.get("col.pledgor")),
                Column.text("pledgee", m.get("col.pledgee")), Column.decimal("amount", m.get("col.amount_10k")),
                Column.text("patents", m.get("col.patents")), Column.text("region", m.get("col.region")));
        PlacedRegisters registers = figures.registers();
        for (PledgeRegister.Contract c : registers.pledgedInYearTo(figures.asOf(), figures.focus().code())) {
            pledges.row(c.registrationNo(), c.registered(), c.pledgor(), c.pledgee(),
                    c.amountYuan().divide(BigDecimal.valueOf(10_000)).doubleValue(),
                    c.patents().stream().map(PatentRef::written).collect(Collectors.joining(m.get("list.separator"))),
                    regionName(registers.regionOf(c)));
        }
        Table.Builder licences = table("open_licences", Column.text("patent", m.get("col.patent")),
                Column.date("declared", m.get("col.declared")), Column.date("withdrawn", m.get("col.withdrawn")),
                Column.text("region", m.get("col.region")));
        for (OpenLicenceRegister.Declaration d : registers.openLicencesOn(figures.asOf(), figures.focus().code())) {
            licences.row(d.patent().written(), d.declared(), d.withdrawn(), regionName(registers.regionOf(d)));
        }
        List<String> unplacedLines = registers.unplaced(figures.asOf());
        Table.Builder unplaced = table("unplaced", Column.text("line", m.get("col.unplaced")));
        unplacedLines.forEach(unplaced::row);
        Table p = pledges.note(m.get("note.pledges")).build();
        Table l = licences.note(m.get("note.open_licences")).build();
        String finding = m.get("finding.registers", regionName(figures.focus()), p.rows().size(),
                plain(figures.figure(Indicator.PLEDGE_FINANCING, figures.focus().code(), figures.asOf()).value()), l.rows().size(),
                unplacedLines.size());
        return new Section("registers", m.get("section.registers"), List.of(finding), List.of(),
                List.of(p, l, unplaced.note(m.get("note.unplaced")).build()));
    }

    private Section populationSection() {
        Table.Builder t = table("population", Column.text("region_code", m.get("col.region_code")),
                Column.text("region", m.get("col.region")), Column.year("year", m.get("col.year")),
                Column.integer("population", m.get("col.population")), Column.text("source", m.get("col.source")),
                Column.text("sample", m.get("col.sample")));
        boolean samples = false;
        for (Population.Entry e : figures.population().entries()) {
            t.row(e.regionCode(), e.regionName(), e.year(), e.population(), e.source(), m.get(e.sample() ? "yes" : "no"));
            samples |= e.sample();
        }
        String finding = figures.population().entries().isEmpty() ? m.get("finding.population.none")
                : m.get(samples ? "finding.population.sample" : "finding.population");
        return new Section("population", m.get("section.population"), List.of(finding), List.of(),
                List.of(t.note(m.get("note.population")).build()));
    }

    /** Every figure of every region and date with where it comes from: the table behind every number. */
    private Section all() {
        Table.Builder t = table("indicators", Column.text("indicator_id", m.get("col.indicator_id")),
                Column.text("indicator", m.get("col.indicator")), Column.text("region_code", m.get("col.region_code")),
                Column.text("region", m.get("col.region")), Column.date("date", m.get("col.date")),
                Column.decimal("value", m.get("col.value")), Column.text("unit", m.get("col.unit")),
                Column.text("source", m.get("col.source")), Column.text("note", m.get("col.note")));
        for (IndicatorsJob.Figure f : figures.values()) {
            t.row(f.indicator().id(), m.get("indicator." + f.indicator().id()), f.region().code(), regionName(f.region()),
                    f.date(), f.value() == null ? null : f.value().doubleValue(), m.get("unit." + f.indicator().id()),
                    m.get("source." + f.source()), f.note());
        }
        return new Section("indicators", m.get("section.indicators"), List.of(m.get("finding.indicators", figures.values().size())),
                List.of(), List.of(t.note(m.get("note.indicators")).build()));
    }

    private Column[] indicatorColumns(Column... first) {
        List<Column> columns = new ArrayList<>(List.of(first));
        for (Indicator i : Indicator.values()) {
            String label = m.get("indicator." + i.id()) + "（" + m.get("unit." + i.id()) + "）";
            columns.add(i.decimals() == 0 ? Column.integer(i.id(), label) : Column.decimal(i.id(), label));
        }
        return columns.toArray(Column[]::new);
    }

    /**
     * The judged patents that count in a region on a date (only the high-value ones with {@code highValue}): those
     * the region rule places in a division inside it; every one for the nation.
     */
    static Dataset<Row> counted(Dataset<Row> patents, LocalDate date, IndicatorsJob.Region r, boolean highValue) {
        Dataset<Row> on = patents.filter(col("date").equalTo(lit(date)));
        if (highValue) {
            on = on.filter(col("high_value"));
        }
        return r.level().equals("nation") ? on : on.filter(RegionColumns.anyWithin(col("regions"), RegionCode.parse(r.code())));
    }

    private static Object cell(Indicator i, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return i.decimals() == 0 ? (Object) value.longValue() : (Object) value.doubleValue();
    }

    private String dateLabel(LocalDate d) {
        return d.getMonthValue() == 12 && d.getDayOfMonth() == 31 ? String.valueOf(d.getYear()) : d.toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    String regionName(IndicatorsJob.Region r) {
        if (r.level().equals("nation")) {
            return m.get("nation");
        }
        return r.name() == null ? r.code() : r.name();
    }

    private String regionName(String code) {
        if (code == null) {
            return null;
        }
        return figures.regions().stream().filter(r -> r.code().equals(code)).findFirst().map(this::regionName)
                .orElseGet(() -> o.divisions() == null ? code
                        : o.divisions().get(code).map(AdminDivisions.Division::name).orElse(code));
    }

    private Table.Builder table(String id, Column... columns) {
        return Table.builder(id, m.get("table." + id), columns);
    }
}
