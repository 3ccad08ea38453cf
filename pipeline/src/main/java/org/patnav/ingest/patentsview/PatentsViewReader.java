package org.patnav.ingest.patentsview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * PatentsView bulk download tables ({@code g_patent.tsv}, {@code g_cpc_current.tsv}, ... usually
 * each in its own zip), the tables listed in {@link PatentsViewTable}.
 *
 * <p>A patent is spread over up to nine tables and the big ones hold tens of millions of rows
 * (g_cpc_current about 60 million), so nothing is joined here: every data row becomes one
 * {@link Ingested.TableRow} carrying its release ({@link SourceEntry#setId()}), its table, its
 * {@code patent_id} (null for locations), the {@code location_id} it references or is, and its
 * non-empty values by lower-cased column name. The Spark job joins locations onto assignees and
 * inventors, groups the rows of one patent and hands them to {@link PatentsViewAssembler}.
 *
 * <p>Columns are found by name in the header, so releases that reorder or add columns read the
 * same. A record that cannot be parsed, has a different number of values than the header, or has
 * no join key is a reject ({@code line N}, the line the record starts on) and reading goes on.
 */
public final class PatentsViewReader implements SourceReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.PATENTSVIEW_TSV;
    }

    @Override
    public boolean recognises(Head head) {
        String first = head.firstLine();
        return first.indexOf('\t') > 0 && PatentsViewTable.identify(headerNames(first)).isPresent();
    }

    /** The column names of a tab-separated header line. */
    static List<String> headerNames(String line) {
        return Head.columnNames(List.of(line.split("\t", -1)));
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(entry.requireStream(), StandardCharsets.UTF_8),
                1 << 16);
        TsvRecords records = new TsvRecords(in);
        TsvRecords.Raw header = records.next();
        if (header == null) {
            throw new IOException(entry.name() + ": empty file");
        }
        List<String> names = headerNames(header.text());
        Optional<PatentsViewTable> table = PatentsViewTable.identify(names);
        if (table.isEmpty()) {
            throw new IOException(entry.name() + ": the header is not one of a PatentsView table PatNav reads");
        }
        return new Rows(entry, in, records, table.get(), names);
    }

    private static final class Rows extends LookaheadRecordStream {
        private final String file;
        private final String setId;
        private final BufferedReader in;
        private final TsvRecords records;
        private final PatentsViewTable table;
        private final List<String> columns;
        private final int keyColumn;
        private final int locationColumn;
        private boolean broken;

        Rows(SourceEntry entry, BufferedReader in, TsvRecords records, PatentsViewTable table, List<String> columns) {
            this.file = entry.name();
            this.setId = entry.setId();
            this.in = in;
            this.records = records;
            this.table = table;
            this.columns = columns;
            this.keyColumn = columns.indexOf(table.key().column());
            this.locationColumn = columns.indexOf(PatentsViewTable.Key.LOCATION.column());
        }



        @Override
        protected Ingested readNext() {
            if (broken) {
                return null;
            }
            TsvRecords.Raw raw;
            try {
                raw = records.next();
            } catch (IOException e) {
                // a truncated archive keeps failing: what was read stands, the rest is this one reject
                broken = true;
                return new Ingested.Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV, file, "after line "
                        + records.linesRead(), Reject.TABLE_PATENTS, RejectReason.TRUNCATED,
                        "input ends in error: " + e.getMessage(), null));
            }
            if (raw == null) {
                return null;
            }
            if (raw.problem() != null) {
                return reject(raw, RejectReason.MALFORMED_RECORD, table.id() + ": " + raw.problem());
            }
            TsvRecords.Parsed parsed = TsvRecords.parse(raw.text());
            String problem = parsed.problem() != null ? parsed.problem()
                    : parsed.values().size() != columns.size() ? "the record has " + parsed.values().size()
                    + " values, the header " + columns.size() + " columns" : null;
            if (problem != null) {
                return malformed(raw, problem);
            }
            List<String> values = parsed.values();
            String key = values.get(keyColumn).strip();
            if (key.isEmpty()) {
                return reject(raw, RejectReason.MISSING_FIELD, table.id() + ": no " + table.key().column());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isBlank()) {
                    fields.put(columns.get(i), values.get(i));
                }
            }
            String location = locationColumn < 0 ? null : blankToNull(values.get(locationColumn));
            boolean byPatent = table.key() == PatentsViewTable.Key.PATENT;
            return new Ingested.TableRow(new SourceRef(SourceFormat.PATENTSVIEW_TSV, file, "line " + raw.line()),
                    setId, table.id(), byPatent ? key : null, location, fields, Reject.excerpt(raw.text()));
        }

        private static String blankToNull(String s) {
            return s.isBlank() ? null : s.strip();
        }

        /**
         * A bad record of several lines is most likely a stray quote that ran on into the rows
         * after it: only its first line is rejected and the others are read again.
         */
        private Ingested malformed(TsvRecords.Raw raw, String problem) {
            if (raw.lineCount() == 1) {
                return reject(raw, RejectReason.MALFORMED_RECORD, table.id() + ": " + problem);
            }
            records.rereadAfterFirstLine();
            String firstLine = raw.text().substring(0, raw.text().indexOf('\n'));
            return reject(new TsvRecords.Raw(raw.line(), 1, firstLine, null), RejectReason.MALFORMED_RECORD,
                    table.id() + ": a quoted value opened on line " + raw.line() + " runs to line "
                            + (raw.line() + raw.lineCount() - 1) + " and the record does not parse (" + problem
                            + "); reading goes on from line " + (raw.line() + 1));
        }

        private Ingested reject(TsvRecords.Raw raw, RejectReason reason, String message) {
            return new Ingested.Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV, file, "line " + raw.line(),
                    Reject.TABLE_PATENTS, reason, message, Reject.excerpt(raw.text())));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
