package org.patnav.ingest.maintfee;

import java.util.List;
import java.util.Optional;

/**
 * The fixed columns of one generation of the maintenance-fee events file. Every generation has the
 * same fields, each followed by one space, and differs only in the width of the patent number that
 * leads the line: 13 characters since the 8-digit patent numbers (USPTO documentation, April 2025:
 * positions 1-13, then application number 15-22, entity flag 24, filing date 26-33, grant date 35-42,
 * event entry date 44-51, event code 53-57), 7 or 8 characters in older files. So every column
 * position is the patent width plus a constant.
 *
 * @param patentWidth the width of the patent-number field
 */
record EventsLayout(int patentWidth) {

    /** Widths seen in published files, current first. */
    static final List<EventsLayout> SUPPORTED = List.of(new EventsLayout(13), new EventsLayout(8),
            new EventsLayout(7));

    private static final int APPLICATION = 1;
    private static final int FLAG = 10;
    private static final int FILING = 12;
    private static final int GRANT = 21;
    private static final int EVENT_DATE = 30;
    private static final int CODE = 39;
    private static final int CODE_WIDTH = 5;
    private static final int[] SEPARATORS = {0, 9, 11, 20, 29, 38};

    /** The layout the line is written in, judged strictly enough to tell this file from any other text. */
    static Optional<EventsLayout> detect(String line) {
        return SUPPORTED.stream().filter(layout -> layout.looksLikeEvent(line)).findFirst();
    }

    /** The line length with the event code's trailing spaces and the CRLF. */
    int length() {
        return patentWidth + CODE + CODE_WIDTH;
    }

    /**
     * True when the separators sit where this layout puts them and the line runs at least through the
     * event date and no further than the code: the fields may still hold bad values.
     */
    boolean fits(String line) {
        String s = line.stripTrailing();
        if (s.length() < patentWidth + CODE - 1 || s.length() > length()) {
            return false;
        }
        for (int separator : SEPARATORS) {
            if (charAt(s, patentWidth + separator) != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean looksLikeEvent(String line) {
        return fits(line)
                && !patent(line).isBlank()
                && isEightDigits(application(line))
                && isEightDigits(eventDate(line))
                && (isEightDigits(filingDate(line)) || filingDate(line).isBlank())
                && (isEightDigits(grantDate(line)) || grantDate(line).isBlank())
                && !code(line).isEmpty();
    }

    String patent(String line) {
        return field(line, 0, patentWidth);
    }

    String application(String line) {
        return field(line, patentWidth + APPLICATION, 8);
    }

    char entityFlag(String line) {
        return charAt(line, patentWidth + FLAG);
    }

    String filingDate(String line) {
        return field(line, patentWidth + FILING, 8);
    }

    String grantDate(String line) {
        return field(line, patentWidth + GRANT, 8);
    }

    String eventDate(String line) {
        return field(line, patentWidth + EVENT_DATE, 8);
    }

    /** The event code without its trailing spaces; a period is part of the code ({@code EXP.}). */
    String code(String line) {
        return field(line, patentWidth + CODE, CODE_WIDTH).strip();
    }

    private static String field(String line, int start, int width) {
        if (start >= line.length()) {
            return "";
        }
        return line.substring(start, Math.min(line.length(), start + width));
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    static boolean isEightDigits(String s) {
        if (s.length() != 8) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
