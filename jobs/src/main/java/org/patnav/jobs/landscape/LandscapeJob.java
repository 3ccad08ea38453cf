package org.patnav.jobs.landscape;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.analytics.highvalue.HighValueClassifier;
import org.patnav.analytics.landscape.LandscapeAnalyses;
import org.patnav.analytics.landscape.LandscapeContext;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.analytics.landscape.RegisterDealings;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.ApplicationFacts;
import org.patnav.jobs.warehouse.ChainMembership;
import org.patnav.jobs.warehouse.FactFiles;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.model.ApplicationFact;
import org.patnav.navigate.IndustryChain;
import org.patnav.navigate.TechnicalEffects;
import org.patnav.normalize.AdminDivisions;
import org.patnav.report.Report;

/**
 * The industry landscape (专利导航产业分析) of one sector: the sector's rows of the fact table, read on the
 * driver ({@link FactFiles}), and the analyses declared in {@link LandscapeAnalyses} run over them. A
 * sector's applications are few enough for one JVM (at most some hundred thousand rows of a few hundred
 * bytes), and the fact table Spark built ({@code patnav navigate}) already holds everything the analyses
 * read, so the landscape starts no Spark job: starting Spark to collect one slice cost more than all of
 * the landscape's own work (bench/landscape-vs-duckdb.sh). A warehouse on HDFS or S3 is read through the
 * Hadoop file system the same way.
 */
public final class LandscapeJob {

    /**
     * @param region   focus region code (亳州市 341600 by default): a city, county or province code
     * @param from     first filing year counted, null for all
     * @param divisions region names (may be null: codes are shown)
     * @param pledges   the bureau's pledge register, dealings of the patents it names (none by default)
     * @param openLicences the bureau's open-licence declarations (none by default)
     */
    public record Options(String warehouse, String sector, String lang, String region, List<String> companies,
                          LocalDate asOf, Integer from, Integer to, LandscapeUnit.Unit unit,
                          AdminDivisions divisions, IpcTitles ipcTitles, PledgeRegister pledges,
                          OpenLicenceRegister openLicences, String snapshot) {

        public Options(String warehouse, String sector, String lang, String region, List<String> companies,
                       LocalDate asOf, Integer from, Integer to, LandscapeUnit.Unit unit, AdminDivisions divisions,
                       IpcTitles ipcTitles, PledgeRegister pledges, OpenLicenceRegister openLicences) {
            this(warehouse, sector, lang, region, companies, asOf, from, to, unit, divisions, ipcTitles, pledges,
                    openLicences, null);
        }

        public Options(String warehouse, String sector, String lang, String region, List<String> companies,
                       LocalDate asOf, Integer from, Integer to, LandscapeUnit.Unit unit, AdminDivisions divisions,
                       IpcTitles ipcTitles) {
            this(warehouse, sector, lang, region, companies, asOf, from, to, unit, divisions, ipcTitles,
                    PledgeRegister.none(), OpenLicenceRegister.none());
        }
    }

    /**
     * @param read    the time to read the sector's facts
     * @param judge   the time to make the counting units and judge each (fee status, CNIPA high value)
     * @param analyse the time of the analyses over the judged units
     */
    public record Result(Report report, String snapshotId, long units, Duration elapsed, Duration read, Duration judge,
                         Duration analyse) {
    }

    private final Configuration hadoop;
    private final Options o;
    private final Progress progress;

    /** @param hadoop how to reach the warehouse's file system (core-site.xml, credentials providers) */
    public LandscapeJob(Configuration hadoop, Options options, Progress progress) {
        this.hadoop = hadoop;
        this.o = options;
        this.progress = progress;
        if (options.from() != null && options.to() != null && options.from() > options.to()) {
            throw new IllegalArgumentException("--from " + options.from() + " is after --to " + options.to());
        }
    }

    /** How the landscape judges status and high value on {@code asOf}: the shipped fee rules and CNIPA criteria. */
    public static LandscapeUnit.Judges judges(LocalDate asOf) {
        return new LandscapeUnit.Judges(FeeStatusEngine.defaults(),
                HighValueClassifier.defaults(asOf), asOf);
    }

    public Result run() throws IOException {
        Instant started = Instant.now();
        Warehouse w = new Warehouse(o.warehouse(), hadoop).at(o.snapshot());
        Warehouse.Snapshot current = w.currentSnapshot().orElseThrow(() -> new IllegalStateException(
                "no ingested warehouse at " + w.location() + " (run ./patnav ingest first)"));
        String snapshot = current.id();
        if (!w.hasTable(SectorMembership.TABLE)) {
            throw new IllegalStateException("no sector membership in " + w.location() + " (run ./patnav navigate first)");
        }
        List<String> known = SectorMembership.sectorIds(w).stream().sorted().toList();
        if (!known.contains(o.sector())) {
            throw new IllegalArgumentException("sector '" + o.sector() + "' is not in " + w.table(SectorMembership.TABLE)
                    + " (sectors there: " + String.join(", ", known) + "); run ./patnav navigate with its definition");
        }
        if (!ApplicationFacts.current(w)) {
            throw new IllegalStateException("the fact table of " + w.location() + " is missing or older than its"
                    + " snapshot or sector membership (run ./patnav navigate)");
        }
        Map<String, Object> sector = SectorMembership.sector(w, o.sector());
        // The chain navigate placed the sector on: the navigation sections name its branches as matched.
        IndustryChain chain = ChainMembership.chain(w, o.sector()).orElse(null);

        progress.stage("reading the applications of sector " + o.sector() + " from the fact table");
        List<ApplicationFact> facts = FactFiles.sector(w, o.sector());
        Instant read = Instant.now();
        progress.stage("judging " + facts.size() + " applications (fee status, CNIPA high value)");
        List<LandscapeUnit> units = RegisterDealings.apply(LandscapeUnit.of(facts, o.unit(), judges(o.asOf())),
                        o.pledges(), o.openLicences()).stream()
                .filter(u -> o.from() == null || u.filingYear() != null && u.filingYear() >= o.from())
                .filter(u -> o.to() == null || u.filingYear() != null && u.filingYear() <= o.to())
                .sorted(Comparator.comparing(LandscapeUnit::unit)).toList();
        Instant judged = Instant.now();
        progress.stage("analysing " + units.size() + " " + (o.unit() == LandscapeUnit.Unit.FAMILY ? "families" : "applications"));
        LandscapeContext context = LandscapeContext.of(units, o.lang(), o.region(), o.asOf(), o.from(), o.to(),
                o.companies(), o.divisions(), o.ipcTitles(), chain, TechnicalEffects.shipped().forSector(o.sector()));
        Report report = LandscapeAnalyses.report(context,
                new LandscapeAnalyses.Run(sector, o.warehouse(), snapshot, o.unit())).withCreated(current.created());
        Instant done = Instant.now();
        return new Result(report, snapshot, units.size(), Duration.between(started, done),
                Duration.between(started, read), Duration.between(read, judged), Duration.between(judged, done));
    }
}
