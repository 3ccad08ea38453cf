package org.patnav.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report table: every chart is drawn from one, and every one is written to {@code data/<id>.csv},
 * {@code data/<id>.json}, a sheet of the workbook and a table under its chart in the HTML.
 * Cells are {@code null}, {@code String}, {@code Long}, {@code Integer} (years), {@code Double} or
 * {@code LocalDate}, as the column's type says; a {@code Double} is finite.
 */
public record Table(String id, String title, List<Column> columns, List<List<Object>> rows, String note) {

    public Table {
        Objects.requireNonNull(id);
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                check(id, columns.get(i), row.get(i));
            }
        }
    }

    private static void check(String table, Column c, Object v) {
        if (v == null) {
            return;
        }
        boolean ok = switch (c.type()) {
            case TEXT -> v instanceof String;
            case INTEGER -> v instanceof Long;
            // NaN and infinity have no CSV, JSON or spreadsheet form: a share the data cannot give is null.
            case DECIMAL, PERCENT -> v instanceof Double d && Double.isFinite(d);
            case YEAR -> v instanceof Integer;
            case DATE -> v instanceof LocalDate;
        };
        if (!ok) {
            throw new IllegalArgumentException("table " + table + ", column " + c.id() + " (" + c.type() + "): "
                    + v.getClass().getSimpleName() + " " + v);
        }
    }

    public int columnIndex(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column " + columnId);
    }

    /** A table is built row by row. */
    public static Builder builder(String id, String title, Column... columns) {
        return new Builder(id, title, List.of(columns));
    }

    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private String note;

        private Builder(String id, String title, List<Column> columns) {
            this.id = id;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** The rows added so far. */
        public int size() {
            return rows.size();
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Table build() {
            return new Table(id, title, columns, rows, note);
        }
    }
}
