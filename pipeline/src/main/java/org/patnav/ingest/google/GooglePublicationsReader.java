package org.patnav.ingest.google;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.LookaheadRecordStream;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * Google Patents Public Data {@code publications} rows, in three layouts:
 * <ul>
 *   <li>newline-delimited JSON, BigQuery's export format: one row per line, located by line;</li>
 *   <li>a JSON array of rows, located by row;</li>
 *   <li>the sample layout (Spider2 / Snowflake samples): an object of table metadata whose
 *       {@code sample_rows} array holds the rows, located by row. Pretty-printed rows written one
 *       after another ({@code jq '.[]'}) read the same way.</li>
 * </ul>
 * Everything is streamed with Jackson's parser, one row at a time. A line that is not JSON is a
 * reject and reading goes on with the next line; in the other layouts a JSON error leaves no way
 * to find the next row, so it ends the entry with one reject saying where reading stopped. An I/O
 * failure (a truncated gzip) is not bad JSON: it is thrown as {@link UncheckedIOException} for
 * {@code FileIngest} to report.
 */
public final class GooglePublicationsReader implements SourceReader {

    /** The sample layout's rows key, as a key (a row's text would escape the quotes). */
    private static final Pattern SAMPLE_ROWS_KEY = Pattern.compile("(?<!\\\\)\"" + GoogleRow.SAMPLE_ROWS + "\"\\s*:");

    @Override
    public SourceFormat format() {
        return SourceFormat.GOOGLE_JSON;
    }

    @Override
    public boolean recognises(Head head) {
        // Both keys: Google's other tables (the research table's abs_and_emb, disclosures) also key
        // rows by publication_number, but only the publications table has publication_date.
        char first = head.firstSignificantChar();
        String text = head.text();
        return (first == '{' || first == '[') && text.contains("\"publication_number\"")
                && text.contains("\"publication_date\"");
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        InputStream in = entry.requireStream();
        GoogleRowMapper mapper = new GoogleRowMapper(context.parties());
        if (isLineDelimited(entry.head())) {
            return new Lines(entry.name(), in, mapper);
        }
        return new Document(entry.name(), GoogleRow.JSON.createParser(in), mapper);
    }

    /**
     * One row per line unless the content starts like a single JSON document: an array, the
     * sample wrapper, or a pretty-printed object whose first line is a lone brace. A first line
     * that is itself broken JSON still reads as lines, so the rest of the file is not lost.
     */
    static boolean isLineDelimited(Head head) {
        if (head.firstSignificantChar() == '[' || SAMPLE_ROWS_KEY.matcher(head.text()).find()) {
            return false;
        }
        return !head.firstLine().strip().equals("{");
    }

    /** Shared by both layouts: a row to a record, a bad row to a reject. */
    private abstract static class Rows extends LookaheadRecordStream {
        final String file;
        final GoogleRowMapper mapper;

        Rows(String file, GoogleRowMapper mapper) {
            this.file = file;
            this.mapper = mapper;
        }




        Ingested record(GoogleRow row, String locator, String raw) {
            try {
                var b = mapper.map(row);
                b.source = new SourceRef(SourceFormat.GOOGLE_JSON, file, locator);
                return new Ingested.PatentRecord(b.build());
            } catch (GoogleRowMapper.Invalid e) {
                return reject(locator, e.reason, e.getMessage(), raw);
            } catch (GoogleRow.BadNestedJson e) {
                return reject(locator, RejectReason.MALFORMED_RECORD,
                        row.text("publication_number") + ": " + e.getMessage(), raw);
            }
        }

        Ingested reject(String locator, RejectReason reason, String message, String raw) {
            return new Ingested.Rejected(new Reject(SourceFormat.GOOGLE_JSON, file, locator,
                    Reject.TABLE_PATENTS, reason, message, Reject.excerpt(raw)));
        }
    }

    /** Newline-delimited JSON: each line is parsed on its own, so a broken line costs one row. */
    private static final class Lines extends Rows {
        private final BufferedReader reader;
        private long line;

        Lines(String file, InputStream in, GoogleRowMapper mapper) {
            super(file, mapper);
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        @Override
        protected Ingested readNext() throws IOException {
            String text;
            do {
                text = reader.readLine();
                if (text == null) {
                    return null;
                }
                line++;
            } while (text.isBlank());
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String locator = "line " + line;
            GoogleRow row = new GoogleRow();
            try (JsonParser p = GoogleRow.JSON.createParser(text)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return reject(locator, RejectReason.MALFORMED_RECORD, "line is not a JSON object", text);
                }
                row.readObject(p, false);
                if (p.nextToken() != null) {
                    return reject(locator, RejectReason.MALFORMED_RECORD,
                            "text after the JSON object at column " + p.currentLocation().getColumnNr(), text);
                }
            } catch (JsonProcessingException e) {
                return reject(locator, RejectReason.MALFORMED_RECORD, "not valid JSON: " + e.getOriginalMessage(), text);
            }
            return record(row, locator, text);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /**
     * One JSON document (or several written one after another): root arrays hold rows, a root
     * object is the sample wrapper when it has a {@code sample_rows} array and a row otherwise.
     */
    private static final class Document extends Rows {
        private final JsonParser parser;
        private boolean inArray;
        private boolean inWrapper;
        private boolean inRow;
        private boolean stopped;
        private int rows;
        private GoogleRow current;

        Document(String file, JsonParser parser, GoogleRowMapper mapper) {
            super(file, mapper);
            this.parser = parser;
        }

        @Override
        protected Ingested readNext() throws IOException {
            if (stopped) {
                return null;
            }
            try {
                return nextRow();
            } catch (JsonProcessingException e) {
                int at = inRow ? rows : rows + 1;
                boolean truncated = e instanceof JsonEOFException;
                String message = (truncated ? "input ends inside the JSON" : "malformed JSON")
                        + at(e.getLocation()) + ": " + e.getOriginalMessage() + "; reading stopped at row " + at;
                String raw = inRow && current != null ? current.excerpt() : null;
                stopped = true;
                return reject("row " + at, truncated ? RejectReason.TRUNCATED : RejectReason.MALFORMED_RECORD,
                        message, raw);
            }
        }

        private Ingested nextRow() throws IOException {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return null;
                }
                if (inArray && t == JsonToken.END_ARRAY) {
                    inArray = false;
                    if (inWrapper) {
                        skipRestOfObject();
                        inWrapper = false;
                    }
                    continue;
                }
                if (!inArray && t == JsonToken.START_ARRAY) {
                    inArray = true;
                    continue;
                }
                rows++;
                String locator = "row " + rows;
                if (t != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    return reject(locator, RejectReason.MALFORMED_RECORD, "row is not a JSON object but " + t, null);
                }
                inRow = true;
                current = new GoogleRow();
                boolean wrapper = current.readObject(parser, !inArray);
                inRow = false;
                if (wrapper) {
                    rows--;
                    inArray = true;
                    inWrapper = true;
                    continue;
                }
                return record(current, locator, current.excerpt());
            }
        }

        private void skipRestOfObject() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
                parser.skipChildren();
            }
        }

        private static String at(JsonLocation location) {
            return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
