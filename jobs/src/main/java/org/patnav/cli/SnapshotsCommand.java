package org.patnav.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patnav.jobs.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code patnav snapshots}: the committed snapshots of a warehouse, oldest first. No Spark. */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
        header = "Lists the warehouse's committed snapshots: when, from which inputs, with how many rows.",
        description = {
            "Each ingest that adds something commits one snapshot: the version of every warehouse table. Every job",
            "reads the latest unless given --snapshot ID (the number or the id listed here); watchlist --since",
            "compares with one. patnav vacuum --keep N removes all but the N latest."})
final class SnapshotsCommand implements Callable<Integer> {

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Warehouse w = Checks.warehouse(spec, warehouse);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%4s  %-30s %-24s %-11s %8s %8s %10s %10s %10s %8s%n", "#", "snapshot", "committed", "mode",
                "files", "skipped", "patents", "events", "trademarks", "rejects");
        for (Warehouse.Snapshot s : w.snapshots()) {
            JsonNode r = s.record();
            JsonNode t = r.path("tables");
            out.printf(Locale.ROOT, "%4d  %-30s %-24s %-11s %,8d %,8d %,10d %,10d %,10d %,8d%n", s.number(), s.id(),
                    s.created(), r.path("mode").asText(), r.path("files").path("ingested").asLong(),
                    r.path("files").path("skipped").asLong(), t.path(Warehouse.PATENTS).path("rows").asLong(),
                    t.path(Warehouse.EVENTS).path("rows").asLong(), t.path(Warehouse.TRADEMARKS).path("rows").asLong(),
                    t.path(Warehouse.REJECTS).path("rows").asLong());
        }
        out.flush();
        return 0;
    }
}
