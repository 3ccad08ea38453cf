package org.patnav.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patnav.index.IndexManifest;
import org.patnav.jobs.index.IndexJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code patnav index}: the Lucene index of a warehouse. */
@Command(name = "index", mixinStandardHelpOptions = true,
        header = "Builds the Lucene index of the warehouse's patents.",
        description = {
            "Builds the Lucene index of the warehouse's patents under W/index/ (one shard per Spark task;",
            "one shard below 200,000 publications). Chinese and English texts, IPC/CPC at every level,",
            "applicants, regions, dates and facets; see 'patnav search --help' for the fields.",
            "The index records the warehouse snapshot it was built from; search refuses a stale index."})
final class IndexCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Option(names = "--shards", paramLabel = "N",
            description = "Number of shards (default: 1 below 200,000 publications, else one per core or per"
                    + " million publications, whichever is more).")
    Integer shards;

    @Option(names = "--snapshot", paramLabel = "ID",
            description = "Warehouse snapshot to read: its id or number (default: the latest; patnav snapshots lists them).")
    String snapshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checks.positive(spec, "--shards", shards);
        Checks.snapshot(spec, Checks.warehouse(spec, warehouse), snapshot);
        PrintWriter out = spec.commandLine().getOut();
        IndexJob.Result r = new IndexJob(spark.session("index"), new IndexJob.Options(warehouse, shards, snapshot),
                Console.progress(out, "index")).run();
        for (IndexManifest.Shard s : r.shards()) {
            out.printf(Locale.ROOT, "  %-12s %,12d documents%n", s.name(), s.documents());
        }
        out.printf(Locale.ROOT, "indexed %,d publications of snapshot %s into %s in %.1f s%n", r.documents(),
                r.snapshotId(), r.location(), r.elapsed().toMillis() / 1000.0);
        out.flush();
        return 0;
    }
}
