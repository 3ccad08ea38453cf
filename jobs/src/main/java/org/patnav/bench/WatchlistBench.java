package org.patnav.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.SparkSessions;
import org.patnav.jobs.warehouse.FeeSubjectRows;
import org.patnav.jobs.watchlist.WatchlistBenchAccess;
import org.patnav.jobs.watchlist.WatchlistJob;

/**
 * The fee status engine at scale, on an ingested warehouse (bench/watchlist.sh). Measured in one run:
 * <ul>
 *   <li>the baseline: the engine on one thread on the driver, over the same patents read back from
 *       Parquet (what a plain Java program would do);</li>
 *   <li>the Spark assessment: the same engine in every task (all cores), over the same Parquet;</li>
 *   <li>the whole {@code patnav watchlist} run: subjects from the warehouse, assessment, ranking and
 *       every output file (CSV, XLSX, HTML, iCalendar, letters).</li>
 * </ul>
 * Usage: {@code WatchlistBench WAREHOUSE WORK_DIR [AS_OF]}.
 */
public final class WatchlistBench {

    private WatchlistBench() {
    }

    public static void main(String[] args) throws Exception {
        String warehouse = args[0];
        Path work = Path.of(args[1]);
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 11, 24);
        SparkSession spark = SparkSessions.getOrCreate("patnav watchlist bench", "local[*]");
        int threads = spark.sparkContext().defaultParallelism();
        Files.createDirectories(work);
        String subjectsPath = work.resolve("subjects.parquet").toString();

        long t0 = System.nanoTime();
        WatchlistBenchAccess.subjects(spark, warehouse).write().mode("overwrite").parquet(subjectsPath);
        double subjectSeconds = seconds(t0);
        Dataset<Row> subjects = spark.read().parquet(subjectsPath);
        long n = subjects.count();

        // Warm the engine's code paths in this JVM before either timed run.
        FeeStatusEngine engine = FeeStatusEngine.shared(Deadlines.defaults());
        Iterator<Row> warm = subjects.limit(20_000).toLocalIterator();
        while (warm.hasNext()) {
            engine.assess(FeeSubjectRows.subject(warm.next()), asOf, 90);
        }

        t0 = System.nanoTime();
        long baseline = 0;
        for (Iterator<Row> it = subjects.toLocalIterator(); it.hasNext(); ) {
            engine.assess(FeeSubjectRows.subject(it.next()), asOf, 90);
            baseline++;
        }
        double baselineSeconds = seconds(t0);

        t0 = System.nanoTime();
        long assessed = WatchlistBenchAccess.assess(spark.read().parquet(subjectsPath), asOf).count();
        double jobSeconds = seconds(t0);

        t0 = System.nanoTime();
        WatchlistJob.Result written = new WatchlistJob(spark, new WatchlistJob.Options(warehouse, asOf, 90, null, List.of(),
                null, null, null, null, null), Progress.SILENT).run(work.resolve("watchlist"), "zh");
        double fullSeconds = seconds(t0);

        System.out.printf(Locale.ROOT, "%nfee status over %,d patents (%s), as of %s%n", n, warehouse, asOf);
        System.out.printf(Locale.ROOT, "subjects built from the warehouse in %.1f s%n", subjectSeconds);
        System.out.printf(Locale.ROOT, "%-52s %8s %10s %12s %8s%n", "assessment", "threads", "seconds", "patents/s", "ratio");
        System.out.printf(Locale.ROOT, "%-52s %8d %10.1f %,12.0f %8.2f%n", "baseline: the engine on one thread (driver)",
                1, baselineSeconds, baseline / baselineSeconds, 1.0);
        System.out.printf(Locale.ROOT, "%-52s %8d %10.1f %,12.0f %8.2f%n", "PatNav: the engine in Spark tasks (local[" + threads + "])",
                threads, jobSeconds, assessed / jobSeconds, baselineSeconds / jobSeconds);
        System.out.printf(Locale.ROOT, "%nfull patnav watchlist run (subjects, assessment, ranking, all files): %.1f s, %d files%n",
                fullSeconds, written.files().size());
        written.counts().byStatus().forEach((s, c) -> System.out.printf(Locale.ROOT, "  %-10s %,10d%n", s.id(), c));
        spark.stop();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
