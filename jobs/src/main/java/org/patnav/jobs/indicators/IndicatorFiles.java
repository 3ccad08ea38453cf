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
import org.patnav.report.CsvCells;
import org.patnav.report.OutputFolder;
import org.patnav.report.Report;
import org.patnav.report.ReportFiles;

/**
 * Writes the indicators' folder: {@code patents.csv}, every valid domestic invention patent of the region on
 * the as-of date with the criteria it meets, then the dashboard's files ({@code report.html},
 * {@code report.xlsx}, {@code data/}, {@code report.json}, as every PatNav report). {@link IndicatorsJob#run}
 * calls it while the judged patents are cached.
 */
final class IndicatorFiles {

    static final String PATENTS_CSV = "patents.csv";

    private IndicatorFiles() {
    }

    /** The files written, relative to {@code out}: {@code patents.csv} first, {@code report.json} last. */
    static List<String> write(IndicatorsJob.Figures figures, Dataset<Row> patents, Report report, Path out) throws IOException {
        return OutputFolder.replace(out, dir -> {
            List<String> files = new ArrayList<>();
            files.add(patentsCsv(figures, patents, dir.resolve(PATENTS_CSV)));
            files.addAll(ReportFiles.write(report, dir));
            return files;
        });
    }

    /** Streams the region's counted patents on the as-of date, high-value first; the driver holds one partition at a time. */
    private static String patentsCsv(IndicatorsJob.Figures figures, Dataset<Row> patents, Path file) throws IOException {
        Dataset<Row> rows = IndicatorReport.counted(patents, figures.asOf(), figures.focus(), false)
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
