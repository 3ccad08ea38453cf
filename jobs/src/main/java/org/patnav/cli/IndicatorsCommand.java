package org.patnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patnav.analytics.indicators.Indicator;
import org.patnav.analytics.indicators.TargetProgress;
import org.patnav.jobs.indicators.IndicatorExplain;
import org.patnav.jobs.indicators.IndicatorsJob;
import org.patnav.jobs.indicators.RecordedInputs;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.AdminDivisions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code patnav indicators}: the bureau's plan indicators per region and year, against targets. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        header = "Computes the bureau's plan indicators per region and year, against its targets.",
        description = {
            "Computes the IP plan's indicators per region (the nation, the region's province, the region and its",
            "counties) at each year-end since --from and on the as-of date: valid and high-value invention patents",
            "(CNIPA's five criteria), high-value patents per 10,000 people, valid registered trademarks, pledge",
            "financing registered in the year, open licences, and the input-only indicators; progress against targets.",
            "Writes into OUT: report.html (dashboard), report.xlsx, data/ (CSV and JSON of every table, incl.",
            "data/indicators.csv with every figure and its source), patents.csv (the region's valid invention patents",
            "with the criteria each meets) and report.json.",
            "--explain INDICATOR --region CODE prints the patents (marks, contracts, declarations) behind one number;",
            "with --out DIR of a run it uses that run's recorded inputs (report.json) for those not given and names",
            "any that differ, so the list is the one behind the run's patents.csv."})
final class IndicatorsCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the figures (default: today).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (required unless --explain; with --explain: the folder of the run to explain).")
    Path out;

    @Option(names = "--region", paramLabel = "CODE", description = "The bureau's division code (e.g. 341600).")
    String region;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year-end of the series (default: 2020, the plan's baseline).")
    Integer from;

    @Option(names = "--population", paramLabel = "FILE",
            description = "CSV region_code,region_name,year,population,source[,sample]: resident population.")
    Path population;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "CSV indicator,region_code,baseline_year,baseline,target_year,target,source: the plan's targets.")
    Path targets;

    @Option(names = "--inputs", paramLabel = "FILE",
            description = "CSV indicator,region_code,year,value,source: values of the input-only indicators.")
    Path inputs;

    @Option(names = "--pledges", paramLabel = "FILE",
            description = "CSV pledge register: registration_no,registration_date,patent_numbers,pledgor,pledgee,amount_10k_yuan[,region_code,release_date].")
    Path pledges;

    @Option(names = "--open-licences", paramLabel = "FILE",
            description = "CSV open licence declarations: patent_number,declared_date[,withdrawn_date,region_code].")
    Path openLicences;

    @Option(names = "--term-extensions", paramLabel = "FILE",
            description = "CSV of CN term compensations (patent,kind,days,decision_date,source[,approval_date,filing_date]):"
                    + " a compensated patent is valid until its extended term ends (专利法 第四十二条第二款、第三款).")
    Path termExtensions;

    @Option(names = "--awards", paramLabel = "FILE", description = "CSV award list: patent_number,award,year[,source].")
    Path awards;

    @Option(names = "--high-value-rules", paramLabel = "FILE",
            description = "Rules in the layout of high-value-rules.tsv (criteria, thresholds, region rule) instead of the shipped ones.")
    Path rules;

    @Option(names = "--sei", paramLabel = "FILE",
            description = "Strategic emerging industry concordance in the layout of sei-ipc-concordance.tsv (e.g. the official table).")
    Path concordance;

    @Option(names = "--divisions", paramLabel = "DIR", description = "Administrative divisions (names and counties).")
    Path divisions;

    @Option(names = "--holidays", paramLabel = "DIR", description = "Extra holiday calendars for the fee engine.")
    Path holidays;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "Language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--explain", paramLabel = "INDICATOR",
            description = "Print what is behind one indicator's number in --region on the as-of date, and stop: "
                    + "valid_invention_patents, high_value_invention_patents, high_value_per_10k, valid_trademarks, "
                    + "pledge_financing, open_licences.")
    String explain;

    @Option(names = "--snapshot", paramLabel = "ID",
            description = "Warehouse snapshot to read: its id or number (default: the latest; patnav snapshots lists them).")
    String snapshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Every option is checked before the Spark session starts.
        if (explain == null && out == null) {
            throw Checks.error(spec, "--out is required (or use --explain INDICATOR)");
        }
        if (out != null) {
            Checks.outputDirectory(spec, "--out", out);
        }
        Indicator explained = explain == null ? null : indicator(explain);
        Checks.language(spec, lang);
        Checks.inputsExist(spec);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Warehouse checked = Checks.snapshot(spec, Checks.warehouse(spec, warehouse), snapshot);
        AdminDivisions table = divisions == null ? null : AdminDivisions.load(divisions);
        String regionCode = RegionOption.code(spec, region, divisions, table, checked);
        IndicatorsJob.Options options = new IndicatorsJob.Options(warehouse, date, regionCode,
                from == null ? Math.min(2020, date.getYear()) : from, population, targets, inputs, pledges, openLicences,
                awards, rules, concordance, holidays, table, termExtensions, snapshot);
        PrintWriter w = spec.commandLine().getOut();
        if (explained != null) {
            // The run's recorded inputs fill those not given here, so the list is the one behind its patents.csv.
            RecordedInputs.Aligned aligned = RecordedInputs.align(options, asOf != null, out);
            aligned.lines().forEach(w::println);
            IndicatorExplain.explain(spark.session("indicators"), aligned.options(), explained, regionCode).forEach(w::println);
            w.flush();
            return 0;
        }
        IndicatorsJob.Result result = new IndicatorsJob(spark.session("indicators"), options, Console.progress(w, "indicators"))
                .run(out, lang);
        print(w, result);
        w.printf(Locale.ROOT, "%d files in %s%n", result.files().size(), out.toAbsolutePath());
        return 0;
    }

    private Indicator indicator(String id) {
        try {
            return Indicator.ofId(id);
        } catch (IllegalArgumentException e) {
            throw Checks.error(spec, "--explain: " + e.getMessage());
        }
    }

    /** The focus region's figures on the as-of date and the targets' verdicts. */
    static void print(PrintWriter w, IndicatorsJob.Result result) {
        IndicatorsJob.Figures r = result.figures();
        w.printf(Locale.ROOT, "indicators for %s as of %s (%d regions, %d dates, %.1f s)%n", r.focus().code(), r.asOf(),
                r.regions().size(), r.dates().size(), result.elapsed().toMillis() / 1000.0);
        for (Indicator i : Indicator.values()) {
            IndicatorsJob.Figure f = r.figure(i, r.focus().code(), r.asOf());
            w.printf(Locale.ROOT, "  %-30s %12s  %s%n", i.id(), f.value() == null ? "-" : f.value().toPlainString(), f.source());
        }
        for (IndicatorsJob.Progressed p : r.progress()) {
            TargetProgress g = p.progress();
            w.printf(Locale.ROOT, "  target %-23s %s %s -> %s by %d: %s%n", p.target().indicator().id(), p.region().code(),
                    g == null ? "-" : g.value().toPlainString(), p.target().target().toPlainString(), p.target().targetYear(),
                    g == null ? "no data" : g.onTrack() ? "on track" : "off track");
        }
    }
}
