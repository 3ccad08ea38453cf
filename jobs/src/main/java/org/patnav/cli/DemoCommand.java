package org.patnav.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.jobs.facts.FactsJob;
import org.patnav.jobs.index.IndexJob;
import org.patnav.jobs.indicators.IndicatorsJob;
import org.patnav.jobs.ingest.IngestJob;
import org.patnav.jobs.ingest.WarehouseOverview;
import org.patnav.jobs.landscape.LandscapeJob;
import org.patnav.jobs.navigate.ChainEvaluation;
import org.patnav.jobs.navigate.NavigateJob;
import org.patnav.jobs.navigate.SectorEvaluation;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.watchlist.WatchlistJob;
import org.patnav.navigate.IndustryChains;
import org.patnav.navigate.SectorDefinition;
import org.patnav.navigate.Sectors;
import org.patnav.normalize.AdminDivisions;
import org.patnav.report.OutputFolder;
import org.patnav.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code patnav demo}: the main job on the bundled samples, as a new user first runs it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Runs the whole pipeline on the bundled Bozhou samples: the first command to try.",
        description = {
            "Runs PatNav on the bundled Bozhou sample set (data-samples/): ingests every format into",
            "OUT/warehouse with the sample administrative-division subset and aliases, prints the counter",
            "table and an overview, builds the index, runs the shipped sector definitions, scores them",
            "against the sample's ground truth, writes the three landscape reports into OUT/reports/, the",
            "Bozhou fee watchlist into OUT/watchlist/ and the bureau's indicators (with the sample inputs of",
            "data-samples/indicators/, population figures marked as sample values) into OUT/indicators/."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-output",
            description = "Where the demo writes its warehouse (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The data-samples directory (default: the one beside the launcher).")
    Path samples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checks.outputDirectory(spec, "--out", out);
        Path data = samples != null ? samples : Path.of(System.getProperty("patnav.home", ".")).resolve("data-samples");
        Path world = data.resolve("bozhou");
        if (!Files.isDirectory(world)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no sample set at " + world
                    + " (pass --samples DIR, or create one with ./patnav samples --out DIR/bozhou)");
        }
        PrintWriter w = spec.commandLine().getOut();
        String warehouse = out.resolve("warehouse").toAbsolutePath().toString();
        // The format folders only: the ground-truth files beside them are answers, not inputs.
        List<String> inputs;
        try (Stream<Path> entries = Files.list(world)) {
            inputs = entries.filter(Files::isDirectory).sorted().map(p -> p.toAbsolutePath().toString()).toList();
        }
        IngestJob.Options options = new IngestJob.Options(inputs, warehouse,
                data.resolve("divisions").toAbsolutePath().toString(),
                data.resolve("aliases.tsv").toAbsolutePath().toString(), null);
        SparkSession session = spark.session("demo");
        IngestJob.Result result = new IngestJob(session, options, Console.progress(w, "demo")).run();
        IngestCommand.printSummary(w, result);
        WarehouseOverview.of(session, warehouse).print(w);

        w.println();
        IndexJob.Result index = new IndexJob(session, new IndexJob.Options(warehouse, null),
                Console.progress(w, "demo")).run();
        w.printf(Locale.ROOT, "indexed %,d publications in %d shard(s)%n", index.documents(), index.shards().size());
        List<SectorDefinition> sectors = Sectors.shipped();
        NavigateJob.Result navigation = new NavigateJob(session, new NavigateJob.Options(warehouse, sectors),
                Console.progress(w, "demo")).run();
        w.printf(Locale.ROOT, "%n%-12s %-9s %13s %13s%n", "sector", "version", "applications", "publications");
        for (NavigateJob.SectorCount c : navigation.counts()) {
            w.printf(Locale.ROOT, "%-12s %-9s %,13d %,13d%n", c.sector(), c.version(), c.applications(), c.publications());
        }
        NavigateCommand.printBranches(w, navigation.branches());
        FactsJob.Result facts = new FactsJob(session, new FactsJob.Options(warehouse), Console.progress(w, "demo")).run();
        w.printf(Locale.ROOT, "fact table: %,d applications%n", facts.applications());
        NavigateCommand.printScores(w, "the sample ground truth", SectorEvaluation.evaluate(session,
                new Warehouse(warehouse, session.sparkContext().hadoopConfiguration()),
                world.resolve("ground-truth.csv").toAbsolutePath().toString(), "application_id", "sector",
                sectors.stream().map(SectorDefinition::id).toList()));
        NavigateCommand.printBranchScores(w, "the sample ground truth", ChainEvaluation.evaluate(session,
                new Warehouse(warehouse, session.sparkContext().hadoopConfiguration()),
                world.resolve("ground-truth.csv").toAbsolutePath().toString(), "application_id", "sector",
                "chain_branches", IndustryChains.forSectors(sectors)));

        // The three landscape reports of the bureau's sectors, in Chinese, for Bozhou, as of today, with the
        // bureau's pledge and open-licence registers in their patent operation sections.
        w.println();
        AdminDivisions divisions = AdminDivisions.load(data.resolve("divisions"));
        PledgeRegister pledgeRegister = PledgeRegister.read(data.resolve("indicators").resolve("pledges.csv"));
        OpenLicenceRegister openLicenceRegister = OpenLicenceRegister.read(data.resolve("indicators").resolve("open-licences.csv"));
        for (SectorDefinition sector : sectors) {
            Path dir = out.resolve("reports").resolve(sector.id());
            LandscapeJob.Result report = new LandscapeJob(session.sparkContext().hadoopConfiguration(), new LandscapeJob.Options(warehouse, sector.id(), "zh",
                    "341600", List.of(), LocalDate.now(), null, null, LandscapeUnit.Unit.APPLICATION, divisions,
                    IpcTitles.bundled(), pledgeRegister, openLicenceRegister), Console.progress(w, "demo")).run();
            List<String> files = OutputFolder.replace(dir, d -> ReportFiles.write(report.report(), d));
            w.printf(Locale.ROOT, "landscape %-11s %,5d applications -> %s (%d files)%n", sector.id(), report.units(),
                    dir.resolve(ReportFiles.HTML).toAbsolutePath(), files.size());
        }

        // The fee watchlist of the Bozhou owners, as of today, with the sample registers of term extensions and
        // open licences (the bureau's, hand-written for the sample world).
        w.println();
        Path watchlistDir = out.resolve("watchlist");
        Path inputsDir = data.resolve("indicators");
        WatchlistJob.Result watchlist = new WatchlistJob(session, new WatchlistJob.Options(warehouse, LocalDate.now(), 90,
                "341600", List.of(), null, null, null, inputsDir.resolve("term-extensions.csv"),
                inputsDir.resolve("open-licences.csv")), Console.progress(w, "demo")).run(watchlistDir, "zh");
        WatchlistCommand.print(w, watchlist);
        w.printf(Locale.ROOT, "watchlist -> %s (%d files)%n", watchlistDir.resolve("summary.html").toAbsolutePath(),
                watchlist.files().size());
        // The bureau's plan indicators for Bozhou, with the hand-written sample inputs (population: sample values).
        w.println();
        Path indicatorsDir = out.resolve("indicators");
        IndicatorsJob.Result indicators = new IndicatorsJob(session, new IndicatorsJob.Options(warehouse, LocalDate.now(),
                "341600", 2020, inputsDir.resolve("population.csv"), inputsDir.resolve("targets.csv"),
                inputsDir.resolve("inputs.csv"), inputsDir.resolve("pledges.csv"), inputsDir.resolve("open-licences.csv"),
                inputsDir.resolve("awards.csv"), null, null, null, divisions, inputsDir.resolve("term-extensions.csv")),
                Console.progress(w, "demo")).run(indicatorsDir, "zh");
        IndicatorsCommand.print(w, indicators);
        w.printf(Locale.ROOT, "indicators -> %s (%d files)%n", indicatorsDir.resolve(ReportFiles.HTML).toAbsolutePath(),
                indicators.files().size());
        w.println();
        w.println("try: ./patnav search --warehouse " + warehouse + " 'title:中药 AND ipc:A61K36*' --facets applicant,region");
        w.flush();
        return 0;
    }
}
