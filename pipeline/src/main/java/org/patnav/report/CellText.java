package org.patnav.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How a cell or a KPI value reads in a report a person looks at (HTML): counts with thousands separators,
 * decimals with two places, shares as a percentage with one, years and dates as written (a year is never
 * "2,024"). Separators follow the report's locale; for {@code zh} and {@code en} both are {@code 1,234.5}.
 */
public final class CellText {

    private CellText() {
    }

    /** The text for {@code value} in a column of {@code type}; the empty string for null. */
    public static String of(Column.Type type, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> (String) value;
            case INTEGER -> format("#,##0", locale).format(((Number) value).longValue());
            case DECIMAL -> format("#,##0.00", locale).format(((Number) value).doubleValue());
            case PERCENT -> format("#,##0.0%", locale).format(((Number) value).doubleValue());
            case YEAR -> Integer.toString((Integer) value);
            case DATE -> ((LocalDate) value).toString();
        };
    }

    /** True for the types whose cells are numbers: right-aligned in tables, drawable in charts. */
    public static boolean numeric(Column.Type type) {
        return switch (type) {
            case INTEGER, DECIMAL, PERCENT, YEAR -> true;
            case TEXT, DATE -> false;
        };
    }

    // DecimalFormat is not thread-safe, so one per call; reports format a few thousand cells at most.
    private static DecimalFormat format(String pattern, Locale locale) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        // Half away from zero on the exact value of the double, as JavaScript's Intl.NumberFormat rounds the
        // chart tooltips, so a table and the tooltip above it never differ in the last digit: 0.0625 is 6.3%
        // (DecimalFormat's default, half-even, would write 6.2%), and 0.4815, stored as 0.48149999..., is 48.1%.
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
