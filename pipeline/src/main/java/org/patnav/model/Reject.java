package org.patnav.model;

/**
 * A record (or file) that could not be used: a row of the {@code rejects} table.
 *
 * @param format  the format the input was read as; null when it was not recognised
 * @param table   the table the record was meant for ({@code patents}, {@code events}, {@code trademarks}), or
 *                {@code files} for a whole file that could not be read
 * @param excerpt a short excerpt of the raw input, control characters removed
 */
public record Reject(SourceFormat format, String file, String locator, String table,
                     RejectReason reasonCode, String reason, String excerpt) {

    public static final int EXCERPT_LENGTH = 200;

    public static final String TABLE_PATENTS = "patents";
    public static final String TABLE_EVENTS = "events";
    public static final String TABLE_TRADEMARKS = "trademarks";
    public static final String TABLE_FILES = "files";

    /** Shortens raw input to a one-line excerpt that is safe to print and store. */
    public static String excerpt(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), EXCERPT_LENGTH));
        boolean lastSpace = false;
        for (int i = 0; i < raw.length() && sb.length() < EXCERPT_LENGTH; i++) {
            char c = raw.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isISOControl(c);
            if (space) {
                if (!lastSpace && sb.length() > 0) {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
            lastSpace = space;
        }
        return sb.toString().strip();
    }
}
