package org.patnav.jobs.watchlist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.patnav.report.Report;

/** Runs a watchlist and writes its files: what {@code patnav watchlist} and {@code patnav demo} share. */
public final class Watchlists {

    /** The job's result, its summary and the files written (relative to the output folder). */
    public record Written(WatchlistJob.Result result, Report summary, List<String> files) {
    }

    private Watchlists() {
    }

    public static Written write(SparkSession spark, WatchlistJob.Options options, String lang, Path out,
                                org.patnav.jobs.spark.Progress progress) throws IOException {
        WatchlistJob.Result result = new WatchlistJob(spark, options, progress).run();
        try {
            progress.stage("writing the ledger, summary, calendar and letters");
            Report summary = new WatchlistReport(spark, options, result, lang).build();
            List<String> files = new WatchlistFiles(spark, lang, options.asOf()).write(result, summary, out);
            return new Written(result, summary, files);
        } finally {
            result.rows().unpersist();
        }
    }
}
