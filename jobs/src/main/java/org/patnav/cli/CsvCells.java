package org.patnav.cli;

/**
 * CSV cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first,
 * or a tab / carriage return) get a leading apostrophe: text from patent data never executes when an
 * analyst opens the file (OWASP "CSV injection").
 */
final class CsvCells {

    private CsvCells() {
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
