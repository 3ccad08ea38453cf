package org.patnav.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.warehouse.DeltaTables;
import org.patnav.jobs.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code patnav vacuum}: forgets old snapshots and deletes the table files only they read. */
@Command(name = "vacuum", mixinStandardHelpOptions = true,
        header = "Removes all but the N latest snapshots and the table files no kept snapshot reads.",
        description = {
            "Takes the warehouse's writer lock, removes the records of the older snapshots (no job can ask for",
            "them any more), then runs Delta's VACUUM on every table with a retention reaching back to the",
            "oldest kept snapshot, so every kept snapshot stays fully readable. Prints the bytes before and after."})
final class VacuumCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Option(names = "--keep", required = true, paramLabel = "N", description = "Snapshots to keep (the latest N, at least 1).")
    int keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (keep < 1) {
            throw Checks.error(spec, "--keep must be at least 1 (the latest snapshot is always kept)");
        }
        Checks.warehouse(spec, warehouse);
        PrintWriter out = spec.commandLine().getOut();
        SparkSession session = spark.session("vacuum");
        Warehouse w = new Warehouse(warehouse, session.sparkContext().hadoopConfiguration());
        long before = bytes(w);
        try (Warehouse.WriterLock lock = w.lockForWriting(Warehouse.runId("vacuum", Instant.now()))) {
            int all = w.snapshots().size();
            List<Warehouse.Snapshot> kept = w.forgetAllBut(keep);
            Instant oldest = kept.get(0).created();
            // A file a later commit removed is kept while that commit is younger than the oldest kept snapshot,
            // with a minute to spare for the time between a run's start (the snapshot's time) and its commits.
            double hours = Math.max(0, Duration.between(oldest, Instant.now()).toSeconds() + 60) / 3600.0;
            for (String table : Warehouse.TABLES) {
                if (DeltaTables.exists(w.fileSystem(), w.table(table))) {
                    DeltaTables.vacuum(session, w.table(table), hours);
                }
            }
            long after = bytes(w);
            out.printf(Locale.ROOT, "kept snapshots %d to %d, forgot %d; tables %,.1f MB before, %,.1f MB after%n",
                    kept.get(0).number(), kept.get(kept.size() - 1).number(), all - kept.size(), before / 1e6, after / 1e6);
        }
        out.flush();
        return 0;
    }

    private static long bytes(Warehouse w) throws java.io.IOException {
        long total = 0;
        for (String table : Warehouse.TABLES) {
            Path p = new Path(w.table(table));
            if (w.fileSystem().exists(p)) {
                total += w.fileSystem().getContentSummary(p).getLength();
            }
        }
        return total;
    }
}
