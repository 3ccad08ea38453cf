package org.patnav.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.indicators.IndicatorsBenchAccess;
import org.patnav.jobs.indicators.IndicatorsJob;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.SparkSessions;

/**
 * The indicators' patent judgement at scale, on an ingested warehouse (bench/indicators.sh). Measured in
 * one run over the same CNIPA invention patents read back from Parquet and the same dates (each year-end
 * since 2020 and the as-of date):
 * <ul>
 *   <li>the baseline: fee engine and high-value classifier on one thread on the driver;</li>
 *   <li>PatNav: the same code in Spark tasks (all cores);</li>
 *   <li>the whole {@code patnav indicators} run for one region (judgement, counts, dashboard, files).</li>
 * </ul>
 * Usage: {@code IndicatorsBench WAREHOUSE WORK_DIR [AS_OF] [REGION]}.
 */
public final class IndicatorsBench {

    private IndicatorsBench() {
    }

    public static void main(String[] args) throws Exception {
        String warehouse = args[0];
        Path work = Path.of(args[1]);
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 11, 24);
        String region = args.length > 3 ? args[3] : "341600";
        SparkSession spark = SparkSessions.getOrCreate("patnav indicators bench", "local[*]");
        int threads = spark.sparkContext().defaultParallelism();
        Files.createDirectories(work);
        List<LocalDate> dates = new ArrayList<>();
        for (int y = 2020; y < asOf.getYear(); y++) {
            dates.add(LocalDate.of(y, 12, 31));
        }
        dates.add(asOf);
        String candidatesPath = work.resolve("candidates.parquet").toString();

        long t0 = System.nanoTime();
        IndicatorsBenchAccess.candidates(spark, warehouse).write().mode("overwrite").parquet(candidatesPath);
        double candidateSeconds = seconds(t0);
        Dataset<Row> candidates = spark.read().parquet(candidatesPath);
        long n = candidates.count();
        long pairs = n * dates.size();

        // Warm both code paths in this JVM before either timed run.
        IndicatorsBenchAccess.judgeHere(candidates.limit(20_000).toLocalIterator(), dates);

        t0 = System.nanoTime();
        long[] baseline = IndicatorsBenchAccess.judgeHere(candidates.toLocalIterator(), dates);
        double baselineSeconds = seconds(t0);

        t0 = System.nanoTime();
        Dataset<Row> judged = IndicatorsBenchAccess.assess(spark.read().parquet(candidatesPath), dates);
        Row counts = judged.selectExpr("count(*)", "count_if(high_value)").first();
        double jobSeconds = seconds(t0);
        if (baseline[0] == 0) {
            throw new IllegalStateException("no patent counts as valid and domestic: was " + warehouse
                    + " ingested with --divisions? (owners' regions and countries come from them)");
        }
        if (counts.getLong(0) != baseline[0] || counts.getLong(1) != baseline[1]) {
            throw new IllegalStateException("the two runs disagree: " + counts + " vs " + baseline[0] + "," + baseline[1]);
        }

        t0 = System.nanoTime();
        IndicatorsJob.Result written = new IndicatorsJob(spark, new IndicatorsJob.Options(warehouse, asOf, region, 2020,
                null, null, null, null, null, null, null, null, null, null, null), Progress.SILENT)
                .run(work.resolve("indicators"), "zh");
        double fullSeconds = seconds(t0);

        System.out.printf(Locale.ROOT, "%nindicator judgement of %,d CNIPA invention patents on %d dates (%,d pairs; %s), as of %s%n",
                n, dates.size(), pairs, warehouse, asOf);
        System.out.printf(Locale.ROOT, "candidates built from the warehouse in %.1f s; %,d (patent, date) pairs valid and domestic,"
                + " %,d high-value%n", candidateSeconds, baseline[0], baseline[1]);
        System.out.printf(Locale.ROOT, "%-58s %8s %10s %12s %8s%n", "judgement", "threads", "seconds", "pairs/s", "ratio");
        System.out.printf(Locale.ROOT, "%-58s %8d %10.1f %,12.0f %8.2f%n", "baseline: engine + classifier on one thread (driver)",
                1, baselineSeconds, pairs / baselineSeconds, 1.0);
        System.out.printf(Locale.ROOT, "%-58s %8d %10.1f %,12.0f %8.2f%n", "PatNav: the same in Spark tasks (local[" + threads + "])",
                threads, jobSeconds, pairs / jobSeconds, baselineSeconds / jobSeconds);
        System.out.printf(Locale.ROOT, "%nfull patnav indicators run for %s (judgement, counts, dashboard, files): %.1f s, %d files%n",
                region, fullSeconds, written.files().size());
        spark.stop();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
