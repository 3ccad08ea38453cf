package org.patnav.jobs.indicators;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.spark.Progress;
import org.patnav.report.CsvCells;
import org.patnav.report.Report;
import org.patnav.report.ReportFiles;

/**
 * Runs the indicators and writes their folder: the dashboard ({@code report.html}, {@code report.xlsx},
 * {@code data/}, {@code report.json}, as every PatNav report) and {@code patents.csv}, every valid
 * domestic invention patent of the region on the as-of date with the criteria it meets. What
 * {@code patnav indicators} and {@code patnav demo} share.
 */
public final class Indicators {

    static final String PATENTS_CSV = "patents.csv";

    public record Written(IndicatorsJob.Result result, Report report, List<String> files) {
    }

    private Indicators() {
    }

    public static Written write(SparkSession spark, IndicatorsJob.Options options, String lang, Path out, Progress progress)
            throws IOException {
        IndicatorsJob job = new IndicatorsJob(spark, options, progress);
        IndicatorsJob.Result result = job.run();
        try {
            progress.stage("writing the dashboard, workbook and tables");
            Report report = new IndicatorReport(options, result, job.inputsManifest(), lang).build();
            Files.createDirectories(out);
            List<String> files = new ArrayList<>();
            files.add(patentsCsv(result, out.resolve(PATENTS_CSV)));
            files.addAll(ReportFiles.write(report, out));
            return new Written(result, report, files);
        } finally {
            result.patents().unpersist();
        }
    }

    /** Streams the region's counted patents on the as-of date, high-value first; the driver holds one partition at a time. */
    private static String patentsCsv(IndicatorsJob.Result result, Path file) throws IOException {
        Dataset<Row> rows = IndicatorReport.counted(result.patents(), result.asOf(), result.focus(), false)
                .select(col("pub_id"), col("subject").as("application_id"), col("high_value"),
                        array_join(col("criteria"), ";").as("criteria"), array_join(col("industries"), ";").as("industries"),
                        col("fee_status"), col("region_code"), col("owner"), col("title"), col("filing_date"), col("grant_date"))
                .orderBy(col("high_value").desc(), col("pub_id"));
        List<String> header = List.of("pub_id", "application_id", "high_value", "criteria", "industries", "fee_status",
                "region_code", "owner", "title", "filing_date", "grant_date");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // Excel reads the file as UTF-8 only with the byte order mark
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext(); ) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>(header.size());
                    for (int i = 0; i < header.size(); i++) {
                        Object v = r.get(i);
                        cells.add(v == null ? "" : v instanceof String s ? CsvCells.safe(s) : v.toString());
                    }
                    p.printRecord(cells);
                }
            }
        }
        return PATENTS_CSV;
    }
}
