package org.patnav.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every table of a report as {@code data/<table id>.csv} and {@code data/<table id>.json}: the numbers
 * behind each chart, for a notebook or a spreadsheet.
 *
 * <p><b>CSV</b>: RFC 4180 (comma, {@code "} quoting only where needed, CRLF), UTF-8 with a byte-order
 * mark, a header row of column ids (the stable machine names, not the labels of one language). Numbers
 * are plain ({@code 1234}, {@code -3}, {@code 0.1234}: no separators, no exponent, never the platform
 * locale), dates ISO ({@code 2021-03-04}), null an empty field. Text goes through {@link CsvCells#safe}.
 *
 * <p><b>JSON</b>: {@code {"id", "title", "columns": [{"id", "label", "type"}], "rows": [{column id:
 * value}], "note"}} with {@code type} the lower-case {@link Column.Type} name, numbers as JSON numbers,
 * dates as ISO strings and missing values as null.
 */
public final class DataFilesWriter {

    /** The folder, under the report's output folder, that holds the data files. */
    public static final String DATA_DIR = "data";

    /** Table ids become file names (and sheet names): letters, digits, {@code _} and {@code -}. */
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static final CSVFormat CSV = CSVFormat.RFC4180;

    /**
     * Writes {@code data/<id>.csv} and {@code data/<id>.json} for every table of {@code report}, in report
     * order, under {@code outDir} (created if missing; files of tables no longer in the report are not
     * removed).
     *
     * @return the files written, relative to {@code outDir} with {@code /} separators
     *         ({@code data/trend.csv}, {@code data/trend.json}, ...), as {@link ManifestWriter} lists them
     * @throws IllegalArgumentException when a table id is not a safe file name or two tables share one
     *                                  (ignoring case: {@code Trend.csv} and {@code trend.csv} are one file on
     *                                  Windows and macOS)
     */
    public List<String> write(Report report, Path outDir) throws IOException {
        checkIds(report.tables());
        Path dir = Files.createDirectories(outDir.resolve(DATA_DIR));
        List<String> written = new ArrayList<>();
        for (Table t : report.tables()) {
            writeCsv(t, dir.resolve(t.id() + ".csv"));
            writeJson(t, dir.resolve(t.id() + ".json"));
            written.add(DATA_DIR + "/" + t.id() + ".csv");
            written.add(DATA_DIR + "/" + t.id() + ".json");
        }
        return List.copyOf(written);
    }

    /** One table as CSV. */
    public void writeCsv(Table table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeCsv(table, out);
        }
    }

    /** One table as CSV, to a stream left open. */
    public void writeCsv(Table table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
        // Excel opens a .csv in the system's ANSI code page (GBK on a Chinese Windows, cp1252 elsewhere)
        // unless the file starts with a UTF-8 byte-order mark: without it every Chinese applicant name
        // turns into mojibake on a double-click. pandas (encoding="utf-8-sig") and R read the mark too.
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSV);
        csv.printRecord(table.columns().stream().map(Column::id));
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(csvCell(table.columns().get(i).type(), row.get(i)));
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /** One table as JSON. */
    public void writeJson(Table table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeJson(table, out);
        }
    }

    /** One table as JSON, to a stream left open. */
    public void writeJson(Table table, OutputStream out) throws IOException {
        JsonGenerator g = JsonValues.open(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("id", table.id());
        g.writeStringField("title", table.title());
        g.writeArrayFieldStart("columns");
        for (Column c : table.columns()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("label", c.label());
            g.writeStringField("type", c.type().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (List<Object> row : table.rows()) {
            g.writeStartObject();
            for (int i = 0; i < row.size(); i++) {
                g.writeFieldName(table.columns().get(i).id());
                JsonValues.write(g, row.get(i));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("note", table.note());
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    /** A cell as CSV text: null for a missing value (an empty field). */
    static String csvCell(Column.Type type, Object v) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            // Only text can come from patent data; a number keeps its sign (-3 stays a number).
            case TEXT -> CsvCells.safe((String) v);
            case INTEGER, YEAR -> v.toString();
            // The shortest decimal that reads back as the same double, without Double.toString's exponent
            // (1.0E-4 -> 0.0001) or a trailing ".0" (3.0 -> 3).
            case DECIMAL, PERCENT -> BigDecimal.valueOf((Double) v).stripTrailingZeros().toPlainString();
            case DATE -> v.toString();
        };
    }

    static void checkIds(List<Table> tables) {
        Map<String, String> seen = new HashMap<>();
        for (Table t : tables) {
            if (!FILE_ID.matcher(t.id()).matches()) {
                throw new IllegalArgumentException("table id '" + t.id() + "' is not a file name: use letters, "
                        + "digits, _ and -");
            }
            String other = seen.put(t.id().toLowerCase(Locale.ROOT), t.id());
            if (other != null) {
                throw new IllegalArgumentException("tables '" + other + "' and '" + t.id() + "' would write "
                        + "the same data file");
            }
        }
    }
}
