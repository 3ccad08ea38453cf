package org.patnav.report;

/**
 * CSV cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first,
 * or a tab / carriage return) get a leading apostrophe: text from patent data never executes when an
 * analyst opens the file (OWASP "CSV injection"). The one implementation for every CSV PatNav writes:
 * search results and report data files.
 *
 * <p>Apply it to free text only. Numbers and dates are written by the program, not taken from patent
 * data, and a negative count must stay {@code -3} for a notebook to read it as a number.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code cell} as written to a CSV file; null and the empty string are returned as they are. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
