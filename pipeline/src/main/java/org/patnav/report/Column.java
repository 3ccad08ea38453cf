package org.patnav.report;

/**
 * One column of a report table. {@code id} is the stable machine name (CSV and JSON headers, notebook
 * code); {@code label} the header a reader sees, in the report's language; {@code type} decides how a
 * cell is written: a number in the workbook, thousands separators in HTML, an ISO date in CSV.
 */
public record Column(String id, String label, Type type) {

    public enum Type {
        /** Free text (names, titles): always escaped in HTML, neutralised in CSV. */
        TEXT,
        /** A count or other whole number ({@code Long}). */
        INTEGER,
        /** A measure with decimals ({@code Double}), shown with two. */
        DECIMAL,
        /** A share between 0 and 1 ({@code Double}), shown as a percentage with one decimal. */
        PERCENT,
        /** A calendar year ({@code Integer}): a number, but never written with a thousands separator. */
        YEAR,
        /** A {@code java.time.LocalDate}. */
        DATE
    }

    public static Column text(String id, String label) {
        return new Column(id, label, Type.TEXT);
    }

    public static Column integer(String id, String label) {
        return new Column(id, label, Type.INTEGER);
    }

    public static Column decimal(String id, String label) {
        return new Column(id, label, Type.DECIMAL);
    }

    public static Column percent(String id, String label) {
        return new Column(id, label, Type.PERCENT);
    }

    public static Column year(String id, String label) {
        return new Column(id, label, Type.YEAR);
    }

    public static Column date(String id, String label) {
        return new Column(id, label, Type.DATE);
    }
}
