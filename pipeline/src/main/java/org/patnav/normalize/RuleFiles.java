package org.patnav.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small tab-separated rule tables shipped as resources (or given as files by a user):
 * UTF-8, {@code #} starts a comment line, blank lines ignored, columns split on tabs.
 */
public final class RuleFiles {

    private RuleFiles() {
    }

    public static List<String[]> resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule table missing from the classpath: " + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + name, e);
        }
    }

    public static List<String[]> file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + path, e);
        }
    }

    /** Reads a rule table from any stream (the jobs open user files on the warehouse file system). */
    public static List<String[]> read(InputStream in, String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Line line : scan(in, name)) {
            if (line.cells().length < 2) {
                throw line.error("expected tab-separated columns");
            }
            rows.add(line.cells());
        }
        return rows;
    }

    /**
     * A data line of a rule table with where it stands, so a bad value is reported by file and line.
     * The typed readers throw {@link IllegalStateException} naming both.
     */
    public record Line(String file, int number, String[] cells) {

        public String cell(int i) {
            return cells[i];
        }

        public LocalDate date(int i) {
            try {
                return LocalDate.parse(cells[i]);
            } catch (DateTimeParseException e) {
                throw error("column " + (i + 1) + " is not a date (YYYY-MM-DD): '" + cells[i] + "'");
            }
        }

        public int integer(int i) {
            try {
                return Integer.parseInt(cells[i]);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " is not a whole number: '" + cells[i] + "'");
            }
        }

        public BigDecimal decimal(int i) {
            try {
                return new BigDecimal(cells[i]);
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " is not an amount: '" + cells[i] + "'");
            }
        }

        public IllegalStateException error(String what) {
            return new IllegalStateException(file + " line " + number + ": " + what);
        }
    }

    /** The data lines of a shipped rule table, each with exactly {@code columns} cells. */
    public static List<Line> resourceLines(Class<?> anchor, String name, int columns) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule table missing from the classpath: " + name);
            }
            return lines(in, name, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + name, e);
        }
    }

    /** The data lines of a rule table from any stream, each with exactly {@code columns} cells. */
    public static List<Line> lines(InputStream in, String name, int columns) throws IOException {
        List<Line> lines = scan(in, name);
        for (Line line : lines) {
            if (line.cells().length != columns) {
                throw line.error("expected " + columns + " tab-separated columns, found " + line.cells().length);
            }
        }
        return lines;
    }

    private static List<Line> scan(InputStream in, String name) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            out.add(new Line(name, lineNo, cols));
        }
        return out;
    }
}
