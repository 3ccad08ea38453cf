package org.patnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.jobs.landscape.LandscapeJob;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.AdminDivisions;
import org.patnav.report.OutputFolder;
import org.patnav.report.ReportFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code patnav landscape}: the industry landscape report of one sector. */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        header = "Writes the patent landscape report (专利导航产业分析) of one sector.",
        description = {
            "Writes the patent landscape (专利导航产业分析) of one sector into OUT: report.html (self-contained,",
            "opens offline), report.xlsx (one sheet per table), data/*.csv and data/*.json for every table, and",
            "report.json (inputs, warehouse snapshot, sector version, counting rules, kpis). Counts are per",
            "application (the A and B publications of one application are one invention) unless --count family.",
            "Needs the fact table of patnav navigate (run patnav index and patnav navigate first). It reads the",
            "sector's rows of that table on this machine and starts no Spark job, so it takes no --master."})
final class LandscapeCommand implements Callable<Integer> {

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Option(names = "--sector", required = true, paramLabel = "ID",
            description = "Sector id: tcm, equipment, new-energy or any sector navigate has run.")
    String sector;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "Report language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--region", defaultValue = "341600", paramLabel = "CODE",
            description = "Focus region, a division code (default: ${DEFAULT-VALUE}, 亳州市).")
    String region;

    @Option(names = "--company", paramLabel = "NAME", description = "A company to benchmark (repeatable).")
    List<String> companies = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Status and lag date (default: today).")
    LocalDate asOf;

    @Option(names = "--from", paramLabel = "YEAR", description = "First filing year counted.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last filing year counted.")
    Integer to;

    @Option(names = "--count", defaultValue = "application", paramLabel = "UNIT",
            description = "Counting unit: application or family (default: ${DEFAULT-VALUE}).")
    String count;

    @Option(names = "--divisions", paramLabel = "DIR",
            description = "Administrative-division table for region names (as for ingest); codes are shown without it.")
    Path divisions;

    @Option(names = "--ipc-titles", paramLabel = "DIR",
            description = "The IPC scheme as JSON per section (A.json ...) for titles beyond the bundled ones.")
    Path ipcTitles;

    @Option(names = "--pledges", paramLabel = "FILE",
            description = "The bureau's pledge register (as for indicators): its pledges join the events in the patent operation section.")
    Path pledges;

    @Option(names = "--open-licences", paramLabel = "FILE",
            description = "The bureau's open-licence declarations (as for indicators), for the patent operation section.")
    Path openLicences;

    @Option(names = "--snapshot", paramLabel = "ID",
            description = "Warehouse snapshot to read: its id or number (default: the latest; patnav snapshots lists them).")
    String snapshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LandscapeUnit.Unit unit = switch (count) {
            case "application" -> LandscapeUnit.Unit.APPLICATION;
            case "family" -> LandscapeUnit.Unit.FAMILY;
            default -> throw Checks.error(spec, "--count must be application or family, not " + count);
        };
        Checks.outputDirectory(spec, "--out", out);
        Checks.language(spec, lang);
        Checks.years(spec, from, to);
        Checks.inputsExist(spec);
        Warehouse checked = Checks.snapshot(spec, Checks.warehouse(spec, warehouse), snapshot);
        Checks.sectorMembership(spec, checked, sector);
        AdminDivisions table = divisions == null ? null : AdminDivisions.load(divisions);
        String regionCode = RegionOption.code(spec, region, divisions, table, checked);
        LandscapeJob.Options options = new LandscapeJob.Options(warehouse, sector, lang, regionCode, companies,
                asOf == null ? LocalDate.now() : asOf, from, to, unit, table,
                ipcTitles == null ? IpcTitles.bundled() : IpcTitles.withScheme(ipcTitles),
                pledges == null ? PledgeRegister.none() : PledgeRegister.read(pledges),
                openLicences == null ? OpenLicenceRegister.none() : OpenLicenceRegister.read(openLicences), snapshot);
        PrintWriter w = spec.commandLine().getOut();
        LandscapeJob.Result r = new LandscapeJob(Checks.hadoopConf(), options, Console.progress(w, "landscape")).run();
        long writing = System.nanoTime();
        List<String> files = OutputFolder.replace(out, dir -> ReportFiles.write(r.report(), dir));
        // The parts separately: reading the sector's facts, judging the units, the analyses, the files.
        w.printf(Locale.ROOT, "%s: %,d %ss, %d files in %s (read %.2f s, judge %.2f s, analyse %.2f s, files %.2f s)%n",
                sector, r.units(), count, files.size(), out.toAbsolutePath(), r.read().toNanos() / 1e9,
                r.judge().toNanos() / 1e9, r.analyse().toNanos() / 1e9, (System.nanoTime() - writing) / 1e9);
        return 0;
    }
}
