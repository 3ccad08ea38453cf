package org.patnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.watchlist.WatchlistJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code patnav watchlist}: the fee watchlist (有效专利流失台账 · 年费缴纳提醒), or one patent's status explained. */
@Command(name = "watchlist", mixinStandardHelpOptions = true,
        header = "Writes the fee watchlist (有效专利流失台账 · 年费缴纳提醒) as of a date.",
        description = {
            "Assesses every patent of the warehouse against the fee rules (CN annual fees, US maintenance fees, EP",
            "renewal fees) as of a date and writes into OUT: watchlist.csv (one row per patent), watchlist.xlsx",
            "(the ledger: a summary, totals per owner and region, one sheet per status), summary.html with data/,",
            "reminders.ics (one event per deadline of a patent at risk), letters/ (a reminder per owner) and",
            "report.json.",
            "Statuses: in_force, due (a fee due within --within), grace (past due, no payment recorded),",
            "restorable (lapsed for an unpaid fee, restoration still open), lapsed, expired, pending.",
            "--explain PUB_ID prints the rule lines behind one patent's status instead."})
final class WatchlistCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the assessment (default: today).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (required unless --explain).")
    Path out;

    @Option(names = "--within", defaultValue = "90d", paramLabel = "DAYS",
            description = "Reminder window: a fee due within it is 'due' (default: ${DEFAULT-VALUE}).")
    String within;

    @Option(names = "--region", paramLabel = "CODE", description = "Only owners in this division (e.g. 341600, 亳州市).")
    String region;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only patents of this owner (repeatable).")
    List<String> owners = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "ID", description = "Only members of this sector (needs patnav navigate).")
    String sector;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "Language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--holidays", paramLabel = "DIR",
            description = "Directory of holidays-XX.tsv calendars (each with its coverage line) adding years or offices to the shipped CN and US ones.")
    Path holidays;

    @Option(names = "--reductions", paramLabel = "FILE",
            description = "CSV (id,reduction) of CN patents with a fee reduction: single (85%% off) or joint (70%% off).")
    Path reductions;

    @Option(names = "--term-extensions", paramLabel = "FILE",
            description = "CSV (patent,kind,days,decision_date,source[,approval_date,filing_date]) of CN term compensations"
                    + " (patent_term_compensation: 专利法 第四十二条第二款; drug_term_compensation: 第三款): the term end"
                    + " moves, the years of compensation owe their fee.")
    Path termExtensions;

    @Option(names = "--open-licences", paramLabel = "FILE",
            description = "CSV (patent_number,declared_date[,withdrawn_date]) of open licences (专利法 第五十条): annual fees"
                    + " falling due while one is in force are reduced (第五十一条第二款).")
    Path openLicences;

    @Option(names = "--since", paramLabel = "SNAPSHOT|DATE",
            description = "Also list what changed since that snapshot (id or number) or the snapshot current on that date:"
                    + " newly lapsed, newly in grace, newly restorable, paid, newly granted (changes.csv, a ledger sheet).")
    String since;

    @Option(names = "--explain", paramLabel = "PUB_ID", description = "Print why one patent has its status, and stop.")
    String explain;

    @Option(names = "--snapshot", paramLabel = "ID",
            description = "Warehouse snapshot to read: its id or number (default: the latest; patnav snapshots lists them).")
    String snapshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Every option is checked before the Spark session starts.
        if (!within.matches("\\d{1,5}d?")) {
            throw Checks.error(spec, "--within " + within + " is not a number of days (like 90d)");
        }
        if (explain == null && out == null) {
            throw Checks.error(spec, "--out is required (or use --explain PUB_ID)");
        }
        if (out != null) {
            Checks.outputDirectory(spec, "--out", out);
        }
        Checks.language(spec, lang);
        Checks.inputsExist(spec);
        Warehouse checked = Checks.snapshot(spec, Checks.warehouse(spec, warehouse), snapshot);
        if (since != null) {
            Checks.since(spec, checked, since);
        }
        if (sector != null) {
            Checks.sectorMembership(spec, checked, sector);
        }
        String regionCode = RegionOption.code(spec, region, null, null, checked);
        WatchlistJob.Options options = new WatchlistJob.Options(warehouse, asOf == null ? LocalDate.now() : asOf,
                Integer.parseInt(within.replace("d", "")), regionCode, owners, sector, holidays, reductions, termExtensions,
                openLicences, snapshot, since);
        PrintWriter w = spec.commandLine().getOut();
        if (explain != null) {
            List<String> lines = new WatchlistJob(spark.session("watchlist"), options, Console.progress(w, "watchlist"))
                    .explain(explain);
            if (lines.isEmpty()) {
                spec.commandLine().getErr().println("no patent " + explain + " in " + warehouse);
                return 1;
            }
            lines.forEach(w::println);
            return 0;
        }
        WatchlistJob.Result result = new WatchlistJob(spark.session("watchlist"), options, Console.progress(w, "watchlist"))
                .run(out, lang);
        print(w, result);
        w.printf(Locale.ROOT, "%d files in %s%n", result.files().size(), out.toAbsolutePath());
        return 0;
    }

    /** The counter table: patents per status, adding up to the patents assessed. */
    static void print(PrintWriter w, WatchlistJob.Result result) {
        WatchlistJob.Counts r = result.counts();
        w.printf(Locale.ROOT, "%-12s %,10d%n", "patents", r.subjects());
        for (Map.Entry<FeeStatus, Long> e : r.byStatus().entrySet()) {
            w.printf(Locale.ROOT, "  %-10s %,10d%n", e.getKey().id(), e.getValue());
        }
        w.printf(Locale.ROOT, "%-12s %,10d (known only from fee events)%n", "of which", r.feeEventOnly());
        w.printf(Locale.ROOT, "as of %s, in %.1f s%n", result.summary().manifest().get("as_of"),
                result.elapsed().toMillis() / 1000.0);
    }
}
