package org.patnav.jobs.watchlist;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.jobs.warehouse.FeeSubjects;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.analytics.fees.FeeAssessment;
import org.patnav.analytics.fees.FeeRegisters;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.analytics.fees.FeeSubject;
import org.patnav.analytics.fees.PayerNumbers;
import org.patnav.analytics.fees.PaymentStep;
import org.patnav.analytics.fees.TermExtensionRegister;
import org.patnav.analytics.fees.ValueScore;
import org.patnav.analytics.highvalue.HighValueClassifier;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.FeeSubjectRows;
import org.patnav.jobs.warehouse.RowValues;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.normalize.RegionCode;
import org.patnav.report.Report;

/**
 * The fee watchlist (有效发明专利流失台账 · 年费缴纳提醒): every patent of the warehouse (in the scope of
 * the options) assessed by the fee status engine as of a date, with its value score, ranked by urgency
 * and value. The assessment runs on the executors, one engine per JVM; the run writes its folder while the
 * ranked rows are cached, streaming them to the driver a partition at a time, and returns counts and paths.
 */
public final class WatchlistJob {

    /**
     * @param withinDays reminder window: a fee due within it makes a patent {@code due}
     * @param region     division code whose owners are in scope (null: all)
     * @param owners     owner names in scope (empty: all)
     * @param sector     sector id in scope (null: all)
     * @param holidays   directory of extra {@code holidays-XX.tsv} calendars (null: the shipped ones)
     * @param reductions CSV of CN fee reductions ({@code id,reduction}) the data states (null: none)
     * @param termExtensions the term-extension register ({@link TermExtensionRegister}; null: none)
     * @param openLicences   the open-licence register ({@link OpenLicenceRegister}; null: none), for the annual-fee
     *                       reduction during an open licence
     */
    /**
     * @param snapshot the snapshot to assess (id or number), or null for the latest
     * @param since    the snapshot (id or number) or date to compare with: the ledger then lists what changed since
     *                 ({@link WatchlistChanges}); null for none
     */
    public record Options(String warehouse, LocalDate asOf, int withinDays, String region, List<String> owners,
                          String sector, Path holidays, Path reductions, Path termExtensions, Path openLicences,
                          String snapshot, String since) {

        public Options(String warehouse, LocalDate asOf, int withinDays, String region, List<String> owners,
                       String sector, Path holidays, Path reductions, Path termExtensions, Path openLicences) {
            this(warehouse, asOf, withinDays, region, owners, sector, holidays, reductions, termExtensions, openLicences,
                    null, null);
        }

        public Options {
            owners = List.copyOf(owners);
            if (withinDays < 0) {
                throw new IllegalArgumentException("--within must not be negative: " + withinDays);
            }
        }
    }

    /**
     * What the assessment counted.
     *
     * @param subjects    patents assessed (in scope)
     * @param feeEventOnly of which known only from fee events
     * @param byStatus    patents per status, every status listed, in the order of {@link FeeStatus}
     * @param reductionsStated ids the {@code --reductions} file names (0 without one)
     */
    public record Counts(String snapshotId, long subjects, long feeEventOnly, Map<FeeStatus, Long> byStatus,
                         int reductionsStated) {

        public Counts {
            byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        }
    }

    /**
     * A run: its counts, the summary, and the folder it wrote.
     *
     * @param summary   the summary as written ({@code summary.html}, {@code data/}, {@code report.json})
     * @param directory the folder written
     * @param files     the files written, relative to {@code directory}, {@code report.json} last
     * @param elapsed   assessment, ranking and files
     */
    public record Result(Counts counts, Report summary, Path directory, List<String> files, Duration elapsed) {

        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * The temp view of the ranked rows that the summary's and the files' SQL read ({@link WatchlistReport},
     * {@link WatchlistFiles}), there while {@link #run} writes them.
     */
    static final String VIEW = "wl";

    /**
     * One step of the late-fee ladder ({@link PaymentStep}); {@code watchlist.csv} writes the steps in the
     * format of {@link PaymentStep#format}.
     */
    static final StructType PAYMENT_STEP = new StructType()
            .add("pay_from", DataTypes.DateType, false)
            .add("pay_until", DataTypes.DateType, false)
            .add("amount", DataTypes.createDecimalType(18, 2))
            .add("currency", DataTypes.StringType)
            .add("amount_complete", DataTypes.BooleanType, false);

    /**
     * The watchlist's columns, in the order of {@code watchlist.csv}. {@code patent_number}: the number the
     * payer quotes for a granted patent (CN 专利号 ZL …, US patent number; {@link PayerNumbers}), else the
     * application number is quoted; {@code payment_schedule}: the late-fee ladder of a fee due or in grace.
     */
    public static final StructType SCHEMA = new StructType()
            .add("pub_id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("status_since", DataTypes.DateType)
            .add("fee_year", DataTypes.IntegerType)
            .add("next_due_date", DataTypes.DateType)
            .add("grace_deadline", DataTypes.DateType)
            .add("restore_deadline", DataTypes.DateType)
            .add("amount_due", DataTypes.createDecimalType(18, 2))
            .add("currency", DataTypes.StringType)
            .add("amount_complete", DataTypes.BooleanType, false)
            .add("owner", DataTypes.StringType)
            .add("owner_type", DataTypes.StringType)
            .add("region_code", DataTypes.StringType)
            .add("value_score", DataTypes.DoubleType, false)
            .add("office", DataTypes.StringType)
            .add("patent_type", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("filing_date", DataTypes.DateType)
            .add("grant_date", DataTypes.DateType)
            .add("term_end", DataTypes.DateType)
            .add("cited_by", DataTypes.LongType, false)
            .add("family_offices", DataTypes.LongType, false)
            .add("claim_count", DataTypes.IntegerType)
            .add("sectors", DataTypes.StringType)
            .add("known_from", DataTypes.StringType, false)
            .add("decided_by", DataTypes.StringType, false)
            .add("conflicts", DataTypes.StringType)
            // Set when the row's own deadline was judged without a holiday calendar covering its year
            // (Deadlines.CalendarCaveat id): weekend shift only.
            .add("calendar_caveat", DataTypes.StringType)
            // Why amount_due is empty or incomplete: which schedule PatNav lacks (e.g. a US date before its
            // earliest transcribed schedule).
            .add("amount_note", DataTypes.StringType)
            .add("application_number", DataTypes.StringType)
            .add("patent_number", DataTypes.StringType)
            .add("payment_schedule", DataTypes.createArrayType(PAYMENT_STEP, false), false);

    private final SparkSession spark;
    private final Options o;
    private final Progress progress;
    /** The stated fee reductions, read (and checked) once, before any Spark work. */
    private final Map<String, String> reductions;
    /** The term extensions and open licences, read (and checked) once, before any Spark work; shipped to the tasks. */
    private final FeeRegisters registers;
    /** The holiday calendars, read (and checked) on the driver and shipped to the tasks. */
    private final Deadlines deadlines;
    /** The division whose owners are in scope (null: all). */
    private final RegionCode region;

    public WatchlistJob(SparkSession spark, Options options, Progress progress) throws IOException {
        this.spark = spark;
        this.o = options;
        this.progress = progress;
        this.region = options.region() == null ? null : RegionCode.parse(options.region());
        this.reductions = options.reductions() == null ? Map.of() : FeeSubjects.readReductions(options.reductions());
        this.registers = FeeRegisters.of(
                options.termExtensions() == null ? TermExtensionRegister.none() : TermExtensionRegister.read(options.termExtensions()),
                options.openLicences() == null ? OpenLicenceRegister.none() : OpenLicenceRegister.read(options.openLicences()));
        this.deadlines = options.holidays() == null ? Deadlines.defaults() : Deadlines.withCalendars(options.holidays());
    }

    /**
     * Assesses and ranks the patents in scope, then writes the folder {@code out} in {@code lang}:
     * {@code watchlist.csv}, {@code watchlist.xlsx}, {@code summary.html} with {@code data/}, {@code reminders.ics},
     * {@code letters/} and last {@code report.json}. The ranked rows are cached only while the files are written;
     * the result holds no Spark state.
     */
    public Result run(Path out, String lang) throws IOException {
        return JobGroup.run(spark, "patnav-watchlist", "fee watchlist as of " + o.asOf(), () -> runInGroup(out, lang));
    }

    private Result runInGroup(Path out, String lang) throws IOException {
        Instant started = Instant.now();
        Warehouse w = warehouse();
        Warehouse.Snapshot snapshot = w.currentSnapshot().orElseThrow();
        progress.stage("collecting the patents and their fee events");
        Dataset<Row> subjects = scopedSubjects(w);
        progress.stage("assessing fee status as of " + o.asOf());
        Dataset<Row> assessed = assess(subjects, o.asOf(), o.withinDays(), deadlines, registers);
        Dataset<Row> ranked = rank(assessed).cache();
        Dataset<Row> changes = null;
        try {
            Counts counts = counts(snapshot.id(), ranked);
            WatchlistChanges.Since since = null;
            if (o.since() != null) {
                Warehouse.Snapshot earlier = w.snapshotAsOf(o.since());
                // A date names the day the earlier ledger was drawn up; a snapshot, the day it was committed.
                LocalDate earlierDate = isDate(o.since()) ? LocalDate.parse(o.since())
                        : LocalDate.ofInstant(earlier.created(), java.time.ZoneOffset.UTC);
                since = new WatchlistChanges.Since(earlier.number(), earlier.id(), earlierDate);
                progress.stage("assessing fee status as of " + earlierDate + " on snapshot " + earlier.number() + " (--since)");
                Dataset<Row> before = assess(scopedSubjects(w.at(String.valueOf(earlier.number()))), earlierDate,
                        o.withinDays(), deadlines, registers);
                changes = WatchlistChanges.between(before, ranked).cache();
                changes.createOrReplaceTempView(WatchlistChanges.VIEW);
            }
            progress.stage("writing the ledger, summary, calendar and letters");
            ranked.createOrReplaceTempView(VIEW);
            Report summary = new WatchlistReport(spark, o, counts, deadlines, lang).withChanges(since).build()
                    .withCreated(snapshot.created());
            List<String> files = new WatchlistFiles(spark, lang, o.asOf()).write(counts, summary, out);
            return new Result(counts, summary, out, files, Duration.between(started, Instant.now()));
        } finally {
            spark.catalog().dropTempView(VIEW);
            spark.catalog().dropTempView(WatchlistChanges.VIEW);
            ranked.unpersist();
            if (changes != null) {
                changes.unpersist();
            }
        }
    }

    private static boolean isDate(String since) {
        try {
            LocalDate.parse(since);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The patents per status (every status listed) and how many are known only from fee events. */
    private Counts counts(String snapshot, Dataset<Row> ranked) {
        Map<FeeStatus, Long> byStatus = new LinkedHashMap<>();
        for (FeeStatus s : FeeStatus.values()) {
            byStatus.put(s, 0L);
        }
        long eventOnly = 0;
        for (Row r : ranked.groupBy("status", "known_from").count().collectAsList()) {
            FeeStatus s = FeeStatus.valueOf(r.getString(0).toUpperCase(java.util.Locale.ROOT));
            byStatus.merge(s, r.getLong(2), Long::sum);
            if (r.getString(1).equals(FeeSubjects.FROM_FEE_EVENTS)) {
                eventOnly += r.getLong(2);
            }
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(snapshot, total, eventOnly, byStatus, reductions.size());
    }

    /** The rule lines behind one patent's status, and its conflicts; empty when the warehouse has no such patent. */
    public List<String> explain(String pubId) throws IOException {
        Warehouse w = warehouse();
        Dataset<Row> subjects = subjects(w)
                .filter(org.apache.spark.sql.functions.array_contains(col("pub_ids"), pubId).or(col("subject").equalTo(pubId)));
        List<String> out = new ArrayList<>();
        FeeStatusEngine engine = FeeStatusEngine.shared(deadlines);
        for (Row r : subjects.collectAsList()) {
            FeeSubject s = FeeSubjectRows.subject(r, registers);
            FeeAssessment a = engine.assess(s, o.asOf(), o.withinDays());
            out.add(s.pubId() + " (" + r.getString(r.fieldIndex("known_from")) + "): " + a.status().id()
                    + (a.statusSince() == null ? "" : " since " + a.statusSince()) + ", decided by " + a.decidedBy());
            a.explanation().forEach(l -> out.add("  " + l));
            a.conflicts().forEach(c -> out.add("  CONFLICT: " + c));
            if (a.calendarCaveat() != null) {
                out.add("  CALENDAR: " + a.calendarCaveat().text());
            }
        }
        return out;
    }

    private Dataset<Row> subjects(Warehouse w) throws IOException {
        return FeeSubjects.build(spark, w, reductions);
    }

    private Warehouse warehouse() throws IOException {
        Warehouse w = new Warehouse(o.warehouse(), spark.sparkContext().hadoopConfiguration()).at(o.snapshot());
        if (w.snapshotId().isEmpty()) {
            throw new IllegalStateException("no ingested warehouse at " + w.location() + " (run ./patnav ingest first)");
        }
        if (o.sector() != null && !w.hasTable(SectorMembership.TABLE)) {
            throw new IllegalStateException("--sector needs sector membership in " + w.location() + " (run ./patnav navigate first)");
        }
        return w;
    }

    private Dataset<Row> scopedSubjects(Warehouse w) throws IOException {
        return FeeSubjects.scoped(subjects(w), region == null ? null : region.prefix(), o.owners(), o.sector());
    }

    /** The ledger order, as SQL over the ranked rows: at-risk first, nearest deadline, most valuable. */
    static final String LEDGER_ORDER = "rank_status, rank_deadline NULLS LAST, value_score DESC, pub_id";

    /**
     * Ranked for the ledger: at-risk statuses first (grace, restorable, due), the nearest deadline first,
     * then the most valuable; {@code rank_status} and {@code rank_deadline} carry the order.
     */
    static Dataset<Row> rank(Dataset<Row> rows) {
        List<String> order = List.of("grace", "restorable", "due", "in_force", "pending", "lapsed", "expired");
        org.apache.spark.sql.Column rank = when(col("status").equalTo(order.get(0)), 0);
        for (int i = 1; i < order.size(); i++) {
            rank = rank.when(col("status").equalTo(order.get(i)), i);
        }
        org.apache.spark.sql.Column deadline = when(col("status").equalTo("grace"), col("grace_deadline"))
                .when(col("status").equalTo("restorable"), col("restore_deadline"))
                .when(col("status").equalTo("due"), col("next_due_date"));
        return rows.withColumn("rank_status", rank).withColumn("rank_deadline", deadline)
                .orderBy(col("rank_status"), col("rank_deadline").asc_nulls_last(), col("value_score").desc(), col("pub_id"));
    }

    /** Assesses every subject on the executors, with the calendars read on the driver. */
    static Dataset<Row> assess(Dataset<Row> subjects, LocalDate asOf, int withinDays, Deadlines deadlines) {
        return assess(subjects, asOf, withinDays, deadlines, FeeRegisters.none());
    }

    /**
     * Assesses every subject on the executors, with the calendars read on the driver and what the registers
     * (shipped as a value) record for it.
     */
    static Dataset<Row> assess(Dataset<Row> subjects, LocalDate asOf, int withinDays, Deadlines deadlines,
                               FeeRegisters registers) {
        MapPartitionsFunction<Row, Row> f = rows -> {
            FeeStatusEngine engine = FeeStatusEngine.shared(deadlines);
            ValueScore score = ValueScore.defaults();
            // The bundled rules (classpath resources), so the tasks open no file.
            HighValueClassifier highValue = HighValueClassifier.defaults(asOf);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    FeeAssessment a = engine.assess(FeeSubjectRows.subject(r, registers), asOf, withinDays);
                    boolean cnipa = highValue.assess(FeeSubjectRows.highValueCandidate(r, a.status(), List.of(), List.of()), asOf)
                            .highValue();
                    return row(r, a, score, asOf, cnipa);
                }
            };
        };
        return subjects.mapPartitions(f, Encoders.row(SCHEMA));
    }

    private static Row row(Row r, FeeAssessment a, ValueScore score, LocalDate asOf, boolean highValue) {
        long citedBy = r.isNullAt(r.fieldIndex("cited_by")) ? 0 : r.getLong(r.fieldIndex("cited_by"));
        long offices = r.isNullAt(r.fieldIndex("family_offices")) ? 1 : r.getLong(r.fieldIndex("family_offices"));
        Integer claims = r.isNullAt(r.fieldIndex("claim_count")) ? null : r.getInt(r.fieldIndex("claim_count"));
        List<String> sectors = r.isNullAt(r.fieldIndex("sectors")) ? List.of()
                : r.<String>getList(r.fieldIndex("sectors")).stream().sorted().toList();
        boolean alive = a.status() != FeeStatus.LAPSED && a.status() != FeeStatus.EXPIRED && a.status() != FeeStatus.PENDING;
        double value = score.score(asOf, alive ? a.termEnd() : null, citedBy, offices, claims, !sectors.isEmpty(), highValue);
        return RowFactory.create(a.pubId(), a.status().id(), a.statusSince(), a.feeYear(), a.nextDueDate(),
                a.graceDeadline(), a.restoreDeadline(), a.amountDue(), a.currency(), a.amountComplete(),
                text(r, "owner"), text(r, "owner_type"), text(r, "region_code"), value, text(r, "office"),
                text(r, "patent_type"), text(r, "title"), date(r, "filing_date"), date(r, "grant_date"), a.termEnd(),
                citedBy, offices, claims, String.join(";", sectors), r.getString(r.fieldIndex("known_from")),
                a.decidedBy(), a.conflicts().isEmpty() ? null : String.join(" | ", a.conflicts()),
                a.calendarCaveat() == null ? null : a.calendarCaveat().id(), a.amountNote(),
                text(r, "application_number"), PayerNumbers.patentNumber(text(r, "office"), a.pubId(),
                        text(r, "application_number"), date(r, "grant_date") != null && !date(r, "grant_date").isAfter(asOf)),
                RowValues.seq(a.ladder().stream().map(p -> RowFactory.create(p.payFrom(), p.payUntil(), p.amount(),
                        p.currency(), p.amountComplete())).toList()));
    }

    /** A nullable string column of a row, by name. */
    static String text(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getString(i);
    }

    /** The late-fee ladder of a watchlist row. */
    static List<PaymentStep> ladder(Row r) {
        List<PaymentStep> out = new ArrayList<>();
        for (Row p : r.<Row>getList(r.fieldIndex("payment_schedule"))) {
            out.add(new PaymentStep(p.getLocalDate(0), p.getLocalDate(1), p.isNullAt(2) ? null : p.getDecimal(2),
                    p.getString(3), p.getBoolean(4)));
        }
        return out;
    }

    private static LocalDate date(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getLocalDate(i);
    }
}
