package org.patnav.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.ingest.IngestCounts;
import org.patnav.jobs.ingest.IngestJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patnav ingest}: bulk files in, warehouse tables out. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Reads patent and trademark bulk files into the warehouse; formats are detected by content.",
        description = {
            "Reads patent bulk files into the warehouse tables patents, events and rejects.",
            "Formats are detected by content: USPTO full-text XML v4.x (single or weekly ipg/ipa files),",
            "Google Patents publications JSON, PatentsView g_*.tsv tables, Chinese platform exports",
            "(CSV/XLSX, UTF-8 or GB18030) and USPTO MaintFeeEvents files. Directories are recursed;",
            ".zip, .gz, .bz2 and .tar are read transparently. Bad records go to rejects with a reason.",
            "The run adds to the warehouse: a record joins the rows of its key (merged by the merge rule with",
            "the records read before), files already ingested (same size and SHA-256) are skipped, a file",
            "ingested again with new content replaces its earlier records. --replace rebuilds from these inputs.",
            "The run commits a new snapshot only if its counts reconcile",
            "(read = written + merged + rejected for every format); see patnav snapshots."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--warehouse", required = true, paramLabel = "W",
            description = "Warehouse directory (any Hadoop file system path).")
    String warehouse;

    @Option(names = "--divisions", paramLabel = "DIR",
            description = "China administrative-division table (provinces.csv, cities.csv, areas.csv) used to"
                    + " derive region codes from applicant addresses. Without it no region codes are set.")
    String divisions;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Extra applicant aliases (variant<TAB>canonical name), on top of the shipped table.")
    String aliases;

    @Option(names = "--cn-headers", paramLabel = "FILE",
            description = "Extra Chinese export header variants (field<TAB>header), on top of the shipped map.")
    String cnHeaders;

    @Option(names = "--replace",
            description = "Rebuild the warehouse from these inputs alone (earlier snapshots stay readable until vacuumed).")
    boolean replace;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, directories or globs.")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The inputs and tables are checked before the Spark session starts.
        Configuration conf = Checks.hadoopConf();
        Checks.inputsMatch(spec, inputs, conf);
        Checks.exists(spec, "--divisions", divisions, conf);
        Checks.exists(spec, "--aliases", aliases, conf);
        Checks.exists(spec, "--cn-headers", cnHeaders, conf);
        PrintWriter out = spec.commandLine().getOut();
        IngestJob.Options options = new IngestJob.Options(inputs, warehouse, divisions, aliases, cnHeaders, replace);
        SparkSession session = spark.session("ingest");
        IngestJob.Result result = new IngestJob(session, options, Console.progress(out, "ingest")).run();
        printSummary(out, result);
        return 0;
    }

    static void printSummary(PrintWriter out, IngestJob.Result r) {
        out.println();
        out.printf(Locale.ROOT, "%-18s %-10s %12s %12s %12s %12s%n", "format", "table", "read", "written",
                "merged", "rejected");
        long[] total = new long[4];
        for (IngestCounts.Line l : r.counts()) {
            if (l.table().equals("files")) {
                continue;
            }
            out.printf(Locale.ROOT, "%-18s %-10s %,12d %,12d %,12d %,12d%n", l.format(), l.table(), l.read(),
                    l.written(), l.merged(), l.rejected());
            total[0] += l.read();
            total[1] += l.written();
            total[2] += l.merged();
            total[3] += l.rejected();
        }
        out.printf(Locale.ROOT, "%-18s %-10s %,12d %,12d %,12d %,12d%n", "total", "", total[0], total[1],
                total[2], total[3]);
        out.println();
        out.printf(Locale.ROOT, "input files %,d (%,.1f MB); files not usable: %s%n", r.inputFiles(),
                r.inputBytes() / 1e6, r.unusableFiles().isEmpty() ? "none" : r.unusableFiles());
        if (!r.skippedFiles().isEmpty()) {
            out.printf(Locale.ROOT, "skipped %,d files already ingested (same size and SHA-256): %s%n",
                    r.skippedFiles().size(), names(r.skippedFiles()));
        }
        if (!r.changedFiles().isEmpty()) {
            out.printf(Locale.ROOT, "ingested again %,d files whose content changed (their earlier records replaced): %s%n",
                    r.changedFiles().size(), names(r.changedFiles()));
        }
        out.printf(Locale.ROOT, "warehouse %s: patents %,d, events %,d, trademarks %,d, rejects %,d%n", r.warehouse(),
                r.patents(), r.events(), r.trademarks(), r.rejects());
        out.println(r.snapshot() == null ? "nothing new: no snapshot committed"
                : String.format(Locale.ROOT, "committed snapshot %d (%s, %s)", r.snapshot(), r.runId(), r.mode()));
        if (!r.regionsResolved()) {
            out.println("note: no --divisions table given, so no region codes were derived from addresses");
        }
        r.notes().forEach(n -> out.println("note: " + n));
        out.printf(Locale.ROOT, "run report %s; elapsed %.1f s%n", r.reportPath(), r.elapsed().toMillis() / 1000.0);
        out.flush();
    }

    /** The first few file names of a list, for one line of the summary (the run report lists them all). */
    private static String names(List<String> paths) {
        List<String> shown = paths.stream().limit(3).map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
        return String.join(", ", shown) + (paths.size() > shown.size() ? ", ..." : "");
    }
}
