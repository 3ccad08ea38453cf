package org.patnav.jobs.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.analytics.fees.FeeRegisters;
import org.patnav.analytics.fees.TermExtensionRegister;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.analytics.highvalue.HighValueRules;
import org.patnav.analytics.highvalue.SeiConcordance;
import org.patnav.analytics.indicators.AwardList;
import org.patnav.analytics.indicators.Indicator;
import org.patnav.analytics.indicators.IndicatorInputs;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PatentRef;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.analytics.indicators.Population;
import org.patnav.analytics.indicators.Target;
import org.patnav.analytics.indicators.TargetProgress;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.OwnerColumns;
import org.patnav.jobs.warehouse.RegionColumns;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.RegionCode;
import org.patnav.report.Report;

/**
 * The bureau's plan indicators per region and year-end (知识产权强市建设 指标): valid and high-value
 * invention patents, high-value patents per 10,000 people, valid registered trademarks, pledge
 * financing, open licences, and the input-only indicators; progress against the plan's targets.
 *
 * <p>Patents are judged in Spark tasks (fee engine for "valid", {@code HighValueClassifier} for the
 * criteria); the registers and inputs are small files read on the driver first, so a bad line fails the
 * run before any Spark work. The figures come from counts per (date, region); the run writes its folder
 * while the judged patents are cached (the dashboard's tables collected small, {@code patents.csv} streamed)
 * and returns the figures and paths.
 */
public final class IndicatorsJob {

    /** The key of the whole country in the region columns (GB/T 2260 has no code for it). */
    public static final String NATION = "CN";

    /**
     * @param region      the bureau's division: reported with its province, the nation and its children
     *                    (null: the nation and every province with data)
     * @param fromYear    first year-end of the series
     * @param divisions   division names and children (null: codes, children found in the data)
     * @param rules       high-value rules file (null: the shipped {@code high-value-rules.tsv})
     * @param concordance strategic-emerging-industry concordance (null: the shipped one)
     * @param termExtensions the term-extension register the fee engine applies (null: none); the open-licence
     *                    register also reaches the engine (the annual-fee reduction)
     */
    public record Options(String warehouse, LocalDate asOf, String region, int fromYear, Path population, Path targets,
                          Path inputs, Path pledges, Path openLicences, Path awards, Path rules, Path concordance,
                          Path holidays, AdminDivisions divisions, Path termExtensions, String snapshot) {

        public Options(String warehouse, LocalDate asOf, String region, int fromYear, Path population, Path targets,
                       Path inputs, Path pledges, Path openLicences, Path awards, Path rules, Path concordance,
                       Path holidays, AdminDivisions divisions, Path termExtensions) {
            this(warehouse, asOf, region, fromYear, population, targets, inputs, pledges, openLicences, awards, rules,
                    concordance, holidays, divisions, termExtensions, null);
        }

        public Options {
            if (region != null) {
                RegionCode.parse(region);
            }
            if (fromYear > asOf.getYear()) {
                throw new IllegalArgumentException("--from " + fromYear + " is after the as-of year " + asOf.getYear());
            }
        }
    }

    /** A reported region. {@code level}: nation, province, city or county. */
    public record Region(String code, String name, String level) {
    }

    /**
     * One value of one indicator for one region on one date; {@code value} null when the data cannot say
     * ({@code note} says why). {@code source}: computed, input or none.
     */
    public record Figure(Indicator indicator, Region region, LocalDate date, BigDecimal value, String source, String note) {
    }

    /** A plan target's progress, or why there is none ({@code progress} null). */
    public record Progressed(Target target, Region region, TargetProgress progress, String note) {
    }

    /**
     * What the counts say: every figure of every reported region and date, and the targets' progress.
     *
     * @param dates     the year-ends of the series, then the as-of date
     * @param regions   the nation, then with {@code --region} its province, itself and its children (else every
     *                  province with data)
     * @param focus     the {@code --region} (or the nation)
     * @param values    one figure per indicator, region and date
     * @param rules     the high-value rules in force on the as-of date
     * @param created   when the snapshot counted was published (read with {@code snapshotId})
     * @param registers the pledge register and open-licence declarations placed in regions
     */
    public record Figures(String snapshotId, List<LocalDate> dates, List<Region> regions, Region focus, List<Figure> values,
                          List<Progressed> progress, HighValueRules rules, Population population, PlacedRegisters registers,
                          Instant created) {

        public Figures {
            dates = List.copyOf(dates);
            regions = List.copyOf(regions);
            values = List.copyOf(values);
            progress = List.copyOf(progress);
        }

        public Figure figure(Indicator indicator, String regionCode, LocalDate date) {
            return values.stream().filter(f -> f.indicator() == indicator && f.region().code().equals(regionCode)
                    && f.date().equals(date)).findFirst().orElse(null);
        }

        public LocalDate asOf() {
            return dates.getLast();
        }
    }

    /**
     * A run: its figures, the dashboard, and the folder it wrote.
     *
     * @param report    the dashboard as written ({@code report.html}, {@code report.xlsx}, {@code data/}, {@code report.json})
     * @param directory the folder written
     * @param files     the files written, relative to {@code directory}: {@code patents.csv} first, {@code report.json} last
     * @param elapsed   judgement, counts and files
     */
    public record Result(Figures figures, Report report, Path directory, List<String> files, Duration elapsed) {

        public Result {
            files = List.copyOf(files);
        }
    }

    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000L);

    private final SparkSession spark;
    private final Options o;
    private final Progress progress;
    private final Population population;
    private final List<Target> targets;
    private final IndicatorInputs inputs;
    private final PledgeRegister pledges;
    private final OpenLicenceRegister openLicences;
    private final AwardList awards;
    private final TermExtensionRegister termExtensions;
    private final HighValueRules rulesAsOf;
    /** The high-value rules in force on each date of the series, read on the driver and shipped to the tasks. */
    private final Map<LocalDate, HighValueRules> rulesByDate;
    /** The strategic-emerging-industry concordance, read on the driver and shipped to the tasks. */
    private final SeiConcordance concordance;
    /** The fee engine's holiday calendars, read on the driver and shipped to the tasks. */
    private final Deadlines deadlines;

    public IndicatorsJob(SparkSession spark, Options options, Progress progress) throws IOException {
        this.spark = spark;
        this.o = options;
        this.progress = progress;
        this.population = options.population() == null ? Population.none() : Population.read(options.population());
        this.targets = options.targets() == null ? List.of() : Target.read(options.targets());
        this.inputs = options.inputs() == null ? IndicatorInputs.none() : IndicatorInputs.read(options.inputs());
        this.pledges = options.pledges() == null ? PledgeRegister.none() : PledgeRegister.read(options.pledges());
        this.openLicences = options.openLicences() == null ? OpenLicenceRegister.none()
                : OpenLicenceRegister.read(options.openLicences());
        this.awards = options.awards() == null ? AwardList.none() : AwardList.read(options.awards());
        this.termExtensions = options.termExtensions() == null ? TermExtensionRegister.none()
                : TermExtensionRegister.read(options.termExtensions());
        // Every rule file is read here, on the driver, before any Spark work: a bad line stops the run at once,
        // and the tasks get the rules as values (they may run where the file's path means nothing).
        Map<LocalDate, HighValueRules> byDate = new LinkedHashMap<>();
        for (LocalDate d : dates()) {
            byDate.put(d, rulesOn(d));
        }
        this.rulesByDate = byDate;
        this.rulesAsOf = byDate.get(options.asOf());
        this.concordance = options.concordance() == null ? SeiConcordance.defaults() : SeiConcordance.read(options.concordance());
        this.deadlines = options.holidays() == null ? Deadlines.defaults() : Deadlines.withCalendars(options.holidays());
    }

    /** The high-value rules in force on a date: the shipped ones, or those of {@code --high-value-rules}. */
    private HighValueRules rulesOn(LocalDate date) throws IOException {
        return o.rules() == null ? HighValueRules.defaults(date) : HighValueRules.read(o.rules(), date);
    }

    /** The year-ends from {@code fromYear} before the as-of date, then the as-of date. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (int y = o.fromYear(); y < o.asOf().getYear(); y++) {
            out.add(LocalDate.of(y, 12, 31));
        }
        out.add(o.asOf());
        return out;
    }

    /**
     * Judges the patents, counts every figure and writes the folder {@code out} in {@code lang}: the dashboard
     * ({@code report.html}, {@code report.xlsx}, {@code data/}, {@code report.json}) and {@code patents.csv}. The
     * judged patents are cached only while the files are written; the result holds no Spark state.
     */
    public Result run(Path out, String lang) throws IOException {
        return JobGroup.run(spark, "patnav-indicators", "indicators as of " + o.asOf(), () -> {
            Instant started = Instant.now();
            return judged((figures, patents) -> {
                progress.stage("writing the dashboard, workbook and tables");
                Report report = new IndicatorReport(o, figures, patents, inputsManifest(), lang).build()
                        .withCreated(figures.created());
                List<String> files = IndicatorFiles.write(figures, patents, report, out);
                return new Result(figures, report, out, files, Duration.between(started, Instant.now()));
            });
        });
    }

    /** What is done with the judged patents while they are cached. */
    @FunctionalInterface
    interface JudgedStep<T> {
        T apply(Figures figures, Dataset<Row> patents) throws IOException;
    }

    /**
     * Judges the patents on every date, counts the figures and hands both to {@code step}. The judged patents
     * ({@link IndicatorPatents#SCHEMA} and {@code regions}, the divisions the region rule places each in, one row
     * per patent and date on which it counts) are cached while {@code step} runs and released when it returns or
     * fails, so whatever reads them (the files, the drill-down) reads them inside it. The caller sets the job group.
     */
    <T> T judged(JudgedStep<T> step) throws IOException {
        Warehouse w = warehouse();
        List<LocalDate> dates = dates();
        progress.stage("judging the CNIPA invention patents on " + dates.size() + " dates");
        Dataset<Row> candidates = IndicatorPatents.candidates(spark, w).cache();
        Dataset<Row> patents = null;
        try {
            PlacedRegisters registers = new PlacedRegisters(pledges, openLicences, registerRegions(candidates));
            IndicatorPatents.Inputs in = taskInputs(dates);
            patents = IndicatorPatents.assess(candidates, in)
                    .withColumn("regions", regionsOf(col("region_code"), col("owner_regions"))).cache();
            Map<String, long[]> patentCounts = new HashMap<>();
            for (Row r : patents.withColumn("key", explode(regionKeys(col("regions"))))
                    .groupBy("date", "key").agg(count(lit(1)), count_if(col("high_value"))).collectAsList()) {
                patentCounts.put(r.getLocalDate(0) + "|" + r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
            }
            candidates.unpersist();

            progress.stage("counting valid registered trademarks");
            boolean hasTrademarks = w.hasTable(Warehouse.TRADEMARKS);
            Map<String, Long> trademarkCounts = hasTrademarks ? trademarkCounts(w, dates) : Map.of();
            return step.apply(figures(w.currentSnapshot().orElseThrow(), dates, registers, patentCounts, hasTrademarks,
                    trademarkCounts), patents);
        } finally {
            candidates.unpersist();
            if (patents != null) {
                patents.unpersist();
            }
        }
    }

    /**
     * Every figure of every reported region and date from the counts per (date, region key), and the targets'
     * progress.
     */
    private Figures figures(Warehouse.Snapshot snapshot, List<LocalDate> dates, PlacedRegisters registers,
                            Map<String, long[]> patentCounts, boolean hasTrademarks, Map<String, Long> trademarkCounts) {
        Set<String> keys = new TreeSet<>();
        patentCounts.keySet().forEach(k -> keys.add(k.substring(k.indexOf('|') + 1)));
        trademarkCounts.keySet().forEach(k -> keys.add(k.substring(k.indexOf('|') + 1)));
        List<Region> regions = regions(keys);
        Region focus = o.region() == null ? regions.getFirst()
                : regions.stream().filter(r -> r.code().equals(o.region())).findFirst().orElseThrow();
        List<Figure> figures = new ArrayList<>();
        for (LocalDate d : dates) {
            Map<String, BigDecimal> pledged = pledgedInYear(registers, d);
            Map<String, Long> licensed = openLicencesInForce(registers, d);
            for (Region region : regions) {
                long[] n = patentCounts.getOrDefault(d + "|" + region.code(), new long[2]);
                figures.add(computed(Indicator.VALID_INVENTION_PATENTS, region, d, BigDecimal.valueOf(n[0]), null));
                figures.add(computed(Indicator.HIGH_VALUE_INVENTION_PATENTS, region, d, BigDecimal.valueOf(n[1]), null));
                figures.add(perTenThousand(region, d, n[1]));
                figures.add(hasTrademarks
                        ? computed(Indicator.VALID_TRADEMARKS, region, d,
                                BigDecimal.valueOf(trademarkCounts.getOrDefault(d + "|" + region.code(), 0L)), null)
                        : none(Indicator.VALID_TRADEMARKS, region, d, "no trademarks in the warehouse"));
                figures.add(o.pledges() == null ? none(Indicator.PLEDGE_FINANCING, region, d, "no pledge register (--pledges)")
                        : computed(Indicator.PLEDGE_FINANCING, region, d,
                                pledged.getOrDefault(region.code(), BigDecimal.ZERO).divide(HUNDRED_MILLION, 2, RoundingMode.HALF_UP),
                                "registered " + d.getYear() + "-01-01 to " + d));
                figures.add(o.openLicences() == null ? none(Indicator.OPEN_LICENCES, region, d, "no open-licence list (--open-licences)")
                        : computed(Indicator.OPEN_LICENCES, region, d, BigDecimal.valueOf(licensed.getOrDefault(region.code(), 0L)), null));
                for (Indicator i : Indicator.values()) {
                    if (!i.computed()) {
                        figures.add(input(i, region, d));
                    }
                }
            }
        }
        List<Progressed> progressed = new ArrayList<>();
        for (Target t : targets) {
            Region region = regions.stream().filter(r -> r.code().equals(t.regionCode())).findFirst().orElse(null);
            if (region == null) {
                continue;
            }
            Figure f = figures.stream().filter(x -> x.indicator() == t.indicator() && x.region().equals(region)
                    && x.date().equals(o.asOf())).findFirst().orElseThrow();
            progressed.add(f.value() == null ? new Progressed(t, region, null, f.note())
                    : new Progressed(t, region, TargetProgress.of(t, o.asOf(), f.value()), null));
        }
        return new Figures(snapshot.id(), dates, regions, focus, figures, progressed, rulesAsOf, population, registers,
                snapshot.created());
    }

    private Warehouse warehouse() throws IOException {
        Warehouse w = new Warehouse(o.warehouse(), spark.sparkContext().hadoopConfiguration()).at(o.snapshot());
        if (w.snapshotId().isEmpty()) {
            throw new IllegalStateException("no ingested warehouse at " + w.location() + " (run ./patnav ingest first)");
        }
        return w;
    }

    private IndicatorPatents.Inputs taskInputs(List<LocalDate> dates) {
        Map<String, List<HighValueCandidate.Pledge>> byId = new HashMap<>();
        for (PledgeRegister.Contract c : pledges.contracts()) {
            for (PatentRef p : c.patents()) {
                byId.computeIfAbsent(p.key(), k -> new ArrayList<>())
                        .add(new HighValueCandidate.Pledge(c.registrationNo(), c.registered(), c.amountYuan()));
            }
        }
        Map<String, List<HighValueCandidate.Award>> awarded = new HashMap<>();
        for (AwardList.Entry e : awards.entries()) {
            awarded.computeIfAbsent(e.patent().key(), k -> new ArrayList<>()).add(new HighValueCandidate.Award(e.award(), e.year()));
        }
        return new IndicatorPatents.Inputs(dates, deadlines, rulesByDate, concordance, byId, awarded,
                FeeRegisters.of(termExtensions, openLicences));
    }

    /** The regions a patent or mark counts in, by the region rule: the first owner's, or every owner's. */
    private Column regionsOf(Column firstRegion, Column ownerRegions) {
        Column first = when(firstRegion.isNotNull(), array(firstRegion)).otherwise(array().cast("array<string>"));
        return rulesAsOf.regionBy() == HighValueRules.RegionRule.FIRST_OWNER ? first
                : array_distinct(array_union(first, filter(ownerRegions, c -> c.isNotNull())));
    }

    /**
     * Every region key a set of division codes counts in: each code's lineage (province, city, county) and
     * the nation. The same rule as {@link #keysOf(String)}, as a Spark column.
     */
    static Column regionKeys(Column regions) {
        return array_distinct(concat(flatten(transform(regions, RegionColumns::lineage)), array(lit(NATION))));
    }

    /** The region keys of one division code: its lineage and the nation (null: the nation only). */
    static List<String> keysOf(String code) {
        List<String> out = new ArrayList<>();
        if (code != null) {
            RegionCode.parse(code).lineage().forEach(r -> out.add(r.code()));
        }
        out.add(NATION);
        return List.copyOf(out);
    }

    /** Valid registered CNIPA trademarks of domestic owners per (date, region key). */
    private Map<String, Long> trademarkCounts(Warehouse w, List<LocalDate> dates) {
        Map<String, Long> out = new HashMap<>();
        for (Row r : validTrademarks(w, dates).withColumn("key", explode(regionKeys(col("regions"))))
                .groupBy("date", "key").count().collectAsList()) {
            out.put(r.getLocalDate(0) + "|" + r.getString(1), r.getLong(2));
        }
        return out;
    }

    /**
     * The valid registered CNIPA trademarks of domestic owners on each date, one row per mark and date,
     * with {@code regions}, the divisions the region rule places the mark in: what the trademark figures
     * count and what {@code --explain valid_trademarks} lists.
     */
    Dataset<Row> validTrademarks(Warehouse w, List<LocalDate> dates) {
        Dataset<Row> marks = w.read(spark, Warehouse.TRADEMARKS).filter(col("office").equalTo("CN"));
        Column owner = OwnerColumns.first(col("owners"));
        marks = marks.withColumn("owner", owner.getField("name"))
                .withColumn("first_region", owner.getField("region_code"))
                .withColumn("owner_regions", transform(col("owners"), p -> p.getField("region_code")))
                .filter(owner.getField("country").equalTo("CN").or(col("first_region").isNotNull()));
        Dataset<Row> at = spark.createDataFrame(dates.stream().map(d -> RowFactory.create(d)).toList(),
                new StructType().add("date", DataTypes.DateType, false));
        return marks.crossJoin(at).filter(trademarkValidOn(col("date"), o.asOf()))
                .withColumn("regions", regionsOf(col("first_region"), col("owner_regions")));
    }

    /**
     * A registered trademark is valid on a date when registered by then, its term not over (the expiry
     * date the office states or the term table gives; unknown: not over) and not dead by then. A dead
     * status dated after the date did not yet apply. An undated one (Chinese exports give no status date)
     * applies on every date, unless the term had run out by the as-of date: then the term end, which the
     * expiry check already applies, is taken as when it died.
     */
    static Column trademarkValidOn(Column date, LocalDate asOf) {
        Column undated = col("status_date").isNull()
                .and(col("expiry_date").isNull().or(col("expiry_date").geq(lit(asOf))));
        Column dead = coalesce(col("live"), lit(true)).equalTo(false)
                .and(col("status_date").leq(date).or(undated));
        return col("registration_date").isNotNull().and(col("registration_date").leq(date))
                .and(col("expiry_date").isNull().or(col("expiry_date").geq(date)))
                .and(not(dead));
    }

    /**
     * The owner's division of every patent a register names that the warehouse holds, by the register's
     * key (application or publication id): what places a register line that states no region.
     */
    private Map<String, String> registerRegions(Dataset<Row> candidates) {
        Set<String> wanted = new LinkedHashSet<>();
        pledges.contracts().forEach(c -> c.patents().forEach(p -> wanted.add(p.key())));
        openLicences.declarations().forEach(d -> wanted.add(d.patent().key()));
        awards.entries().forEach(e -> wanted.add(e.patent().key()));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Column ids = array(wanted.stream().map(k -> lit(k)).toArray(Column[]::new));
        Map<String, String> out = new HashMap<>();
        for (Row r : candidates.select(col("subject"), col("pub_ids"), col("region_code"))
                .filter(org.apache.spark.sql.functions.array_contains(ids, col("subject"))
                        .or(org.apache.spark.sql.functions.arrays_overlap(ids, col("pub_ids")))).collectAsList()) {
            // An owner without a division (a transferee named without an address) places the line nowhere:
            // it counts in the nation only, as a patent the warehouse does not hold.
            if (!r.isNullAt(2)) {
                String region = r.getString(2);
                out.put(r.getString(0), region);
                r.<String>getList(1).forEach(p -> out.put(p, region));
            }
        }
        return out;
    }

    /** Pledge amounts (yuan) registered from 1 January of the date's year to the date, per region key. */
    private static Map<String, BigDecimal> pledgedInYear(PlacedRegisters registers, LocalDate d) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (PledgeRegister.Contract c : registers.pledgedInYearTo(d)) {
            for (String key : keysOf(registers.regionOf(c))) {
                out.merge(key, c.amountYuan(), BigDecimal::add);
            }
        }
        return out;
    }

    /** Patents under an open-licence declaration in force on the date, per region key. */
    private static Map<String, Long> openLicencesInForce(PlacedRegisters registers, LocalDate d) {
        Map<String, Set<String>> patents = new HashMap<>();
        for (OpenLicenceRegister.Declaration decl : registers.openLicencesOn(d)) {
            for (String key : keysOf(registers.regionOf(decl))) {
                patents.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(decl.patent().key());
            }
        }
        Map<String, Long> out = new HashMap<>();
        patents.forEach((k, v) -> out.put(k, (long) v.size()));
        return out;
    }

    /**
     * The reported regions in order: the nation, then with {@code --region} its province, itself and its
     * children; without it, every province with data.
     */
    private List<Region> regions(Set<String> keysWithData) {
        List<Region> out = new ArrayList<>();
        out.add(new Region(NATION, null, "nation"));
        // The keys are the nation and division codes; one that is not a code (only a warehouse ingested with a
        // broken table could hold it) counts in the nation only.
        List<RegionCode> withData = keysWithData.stream().filter(RegionCode::isValid).map(RegionCode::parse).toList();
        if (o.region() == null) {
            withData.stream().filter(k -> k.level() == RegionCode.Level.PROVINCE).map(RegionCode::code).sorted()
                    .forEach(k -> out.add(region(k)));
            return out;
        }
        RegionCode focus = RegionCode.parse(o.region());
        if (!focus.province().equals(focus)) {
            out.add(region(focus.province().code()));
        }
        out.add(region(focus.code()));
        Set<String> children = new TreeSet<>();
        if (o.divisions() != null) {
            o.divisions().children(focus.code()).forEach(d -> children.add(d.code()));
        }
        withData.stream().filter(k -> k.parent().equals(Optional.of(focus))).forEach(k -> children.add(k.code()));
        children.forEach(c -> out.add(region(c)));
        return out;
    }

    private Region region(String code) {
        String level = RegionCode.parse(code).level().name().toLowerCase(Locale.ROOT);
        String name = o.divisions() == null ? null : o.divisions().get(code).map(AdminDivisions.Division::name).orElse(null);
        return new Region(code, name, level);
    }

    private static Figure computed(Indicator i, Region region, LocalDate d, BigDecimal value, String note) {
        return new Figure(i, region, d, value, "computed", note);
    }

    private static Figure none(Indicator i, Region region, LocalDate d, String note) {
        return new Figure(i, region, d, null, "none", note);
    }

    private Figure perTenThousand(Region region, LocalDate d, long highValue) {
        return population.of(region.code(), d.getYear())
                .map(p -> computed(Indicator.HIGH_VALUE_PER_10K, region, d, Population.perTenThousand(highValue, p.population()),
                        highValue + " / (" + p.population() + " / 10,000), population " + p.year() + " (" + p.source() + ")"
                                + (p.sample() ? ", SAMPLE VALUE" : "")))
                .orElseGet(() -> none(Indicator.HIGH_VALUE_PER_10K, region, d, "no population figure for " + region.code()));
    }

    private Figure input(Indicator i, Region region, LocalDate d) {
        return inputs.values().stream()
                .filter(v -> v.indicator() == i && v.regionCode().equals(region.code()) && v.year() == d.getYear())
                .findFirst()
                .map(v -> new Figure(i, region, d, v.value(), "input", v.source()))
                .orElseGet(() -> none(i, region, d, "no input value (--inputs)"));
    }

    /** Where the targets, inputs and registers came from, for {@code report.json}. */
    public Map<String, Object> inputsManifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population", o.population() == null ? null : o.population().toString());
        m.put("targets", o.targets() == null ? null : o.targets().toString());
        m.put("inputs", o.inputs() == null ? null : o.inputs().toString());
        m.put("pledges", o.pledges() == null ? null : o.pledges().toString());
        m.put("open_licences", o.openLicences() == null ? null : o.openLicences().toString());
        m.put("awards", o.awards() == null ? null : o.awards().toString());
        m.put("high_value_rules", o.rules() == null ? "high-value-rules.tsv (shipped)" : o.rules().toString());
        m.put("concordance", o.concordance() == null ? "sei-ipc-concordance.tsv (shipped)" : o.concordance().toString());
        m.put("holidays", o.holidays() == null ? null : o.holidays().toString());
        m.put("term_extensions", o.termExtensions() == null ? null : o.termExtensions().toString());
        return m;
    }
}
