package org.patnav.ingest.patentsview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a PatentsView TSV, one at a time, each with the line it starts on.
 *
 * <p>PatentsView writes tab-separated values with {@code "} quotes and {@code ""} for a quote inside
 * a quoted value; a quoted value may hold line breaks (abstracts do). One commons-csv parser over
 * the whole file would stop at the first bad quote, so records are first cut from physical lines
 * by following the quoting the same way the parser does (a quote opens a value only where a value
 * starts), then each record is parsed on its own. A quote that is never closed would swallow the
 * rest of the file: after {@link #MAX_RECORD_CHARS} characters (or at the end of the input) the
 * opening line alone is given back as unparseable and reading restarts on the line after it. A
 * record of several lines that the caller finds bad is treated the same way
 * ({@link #rereadAfterFirstLine()}), so a stray quote costs one line, not the rows after it.
 */
final class TsvRecords {

    /** Far above any real record (the longest abstracts are a few tens of thousands of characters). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter('\t')
            .setQuote('"')
            .setRecordSeparator("\n")
            .setIgnoreEmptyLines(false)
            .get();

    /**
     * One record's text, from {@code line} over {@code lineCount} lines; {@code problem} is set when
     * it could not be cut out of the lines (its text is then the first line alone).
     */
    record Raw(long line, int lineCount, String text, String problem) {
    }

    /** A record's values, or why commons-csv refused it. */
    record Parsed(List<String> values, String problem) {
    }

    private record Line(long number, String text) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final BufferedReader in;
    private final Deque<Line> replay = new ArrayDeque<>();
    private long lastLine;
    private List<Line> continuation = List.of();

    TsvRecords(BufferedReader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are not records. */
    Raw next() throws IOException {
        Line first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (first.text().isBlank());
        continuation = List.of();
        State state = scan(first.text(), State.FIELD_START);
        if (state != State.QUOTED) {
            return new Raw(first.number(), 1, first.text(), null);
        }
        List<Line> taken = new ArrayList<>();
        StringBuilder text = new StringBuilder(first.text());
        while (state == State.QUOTED) {
            boolean tooLong = text.length() > MAX_RECORD_CHARS;
            Line more = tooLong ? null : nextLine();
            if (more == null) {
                continuation = taken;
                rereadAfterFirstLine();
                return new Raw(first.number(), 1, first.text(), "quoted value opened on line " + first.number()
                        + " is not closed " + (tooLong ? "within " + MAX_RECORD_CHARS + " characters"
                        : "before the end of the input"));
            }
            taken.add(more);
            text.append('\n').append(more.text());
            state = scan(more.text(), State.QUOTED);
        }
        continuation = taken;
        return new Raw(first.number(), taken.size() + 1, text.toString(), null);
    }

    /** Gives the lines after the first of the last record back, to be read again as new records. */
    void rereadAfterFirstLine() {
        for (int i = continuation.size() - 1; i >= 0; i--) {
            replay.push(continuation.get(i));
        }
        continuation = List.of();
    }

    /** Physical lines read so far. */
    long linesRead() {
        return lastLine;
    }

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pop();
        }
        String s = in.readLine();
        if (s == null) {
            return null;
        }
        lastLine++;
        if (lastLine == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return new Line(lastLine, s);
    }

    /** The quoting state at the end of a line, as commons-csv's lexer would have it. */
    private static State scan(String line, State start) {
        State s = start;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            s = switch (s) {
                case FIELD_START -> c == '"' ? State.QUOTED : c == '\t' ? State.FIELD_START : State.UNQUOTED;
                case UNQUOTED -> c == '\t' ? State.FIELD_START : State.UNQUOTED;
                case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                // "" is a quote inside the value; anything else closes it (junk before the tab is the
                // parser's to report)
                case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == '\t' ? State.FIELD_START : State.UNQUOTED;
            };
        }
        return s;
    }

    /** The values of one record's text, or the parser's reason for refusing it. */
    static Parsed parse(String text) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return new Parsed(null, "text splits into " + records.size() + " records");
            }
            return new Parsed(records.get(0).toList(), null);
        } catch (IOException | UncheckedIOException e) {
            return new Parsed(null, "cannot parse: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed quoting";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
