package org.patnav.normalize;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file the bureau supplies (population, targets, input values, registers, fee reductions): UTF-8 with or without
 * BOM, a header naming the columns, any order. A missing column or a bad cell is an error naming the
 * file, the line and the cell: these files are small and hand-kept, and a wrong figure must not pass.
 */
public final class InputTable {

    /** One data line: its cells by column name. */
    public record Row(String file, long line, Map<String, String> cells) {

        /** The cell of a required column, trimmed; an error when empty. */
        public String get(String column) {
            String v = optional(column);
            if (v == null) {
                throw error("empty " + column);
            }
            return v;
        }

        /** The cell, trimmed, or null when the column is absent or the cell empty. */
        public String optional(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The cell as a GB/T 2260 division code ({@link RegionCode}), or null when empty; an error saying why it is none. */
        public String regionCode(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            try {
                return RegionCode.parse(v).code();
            } catch (IllegalArgumentException e) {
                throw error(column + " " + e.getMessage());
            }
        }

        public LocalDate date(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw error(column + " '" + v + "' is not a date (YYYY-MM-DD)");
            }
        }

        public BigDecimal decimal(String column) {
            String v = get(column);
            try {
                return new BigDecimal(v.replace(",", ""));
            } catch (NumberFormatException e) {
                throw error(column + " '" + v + "' is not a number");
            }
        }

        public int integer(String column) {
            String v = get(column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(column + " '" + v + "' is not a whole number");
            }
        }

        public IllegalArgumentException error(String what) {
            return new IllegalArgumentException(file + " line " + line + ": " + what);
        }
    }

    private InputTable() {
    }

    /** The data lines; an error when a required column is missing from the header. */
    public static List<Row> read(Path file, List<String> required) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in, required);
        }
    }

    static List<Row> read(String name, Reader reader, List<String> required) throws IOException {
        List<Row> out = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(name + ": the header lacks the column(s) " + missing
                        + " (it has " + header + ")");
            }
            for (CSVRecord r : csv) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                out.add(new Row(name, r.getRecordNumber() + 1, cells));
            }
        }
        return out;
    }
}
