package org.patnav.ingest.trademark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * The USPTO Trademark Case Files Dataset (Office of the Chief Economist): comma-separated tables with a
 * header line, one file per table, the tables listed in {@link CaseFileTable}. As with PatentsView, a
 * mark is spread over several files, so nothing is joined here: every data row becomes one
 * {@link Ingested.TableRow} with its dataset ({@link SourceEntry#setId()}, the directory or archive the
 * files sit in), its table, its {@code serial_no} and its non-empty values by lower-cased column name.
 * The ingest job groups the rows of one serial number and hands them to {@link CaseFileAssembler}.
 *
 * <p>Columns are found by name, in any order, extra columns ignored. A record with a different number of
 * values than the header ({@code MALFORMED_RECORD}) or without a serial number ({@code MISSING_FIELD}) is
 * a reject for the {@code trademarks} table ({@code line N}) and reading goes on; quoting that cannot be
 * parsed stops the file with one reject.
 */
public final class CaseFileReader implements SourceReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    @Override
    public SourceFormat format() {
        return SourceFormat.USPTO_TM_CASEFILES;
    }

    @Override
    public boolean recognises(Head head) {
        String first = head.firstLine();
        return first.indexOf(',') > 0 && CaseFileTable.identify(Head.columnNames(List.of(first.split(",", -1)))).isPresent();
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        InputStream in = entry.requireStream();
        // The dataset is ASCII with a few Latin letters in names; bad bytes become U+FFFD, not a failure.
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        CSVParser parser = FORMAT.parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            throw new IOException(entry.name() + ": empty file");
        }
        List<String> columns = Head.columnNames(records.next().toList());
        Optional<CaseFileTable> table = CaseFileTable.identify(columns);
        if (table.isEmpty()) {
            parser.close();
            throw new IOException(entry.name() + ": the header is not one of a Case Files table PatNav reads");
        }
        return new Rows(entry, parser, records, table.get(), columns);
    }

    private static final class Rows extends LookaheadRecordStream {
        private final String file;
        private final String setId;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final CaseFileTable table;
        private final List<String> columns;
        private final int serialColumn;
        private long linesRead = 1;
        private boolean broken;

        Rows(SourceEntry entry, CSVParser parser, Iterator<CSVRecord> records, CaseFileTable table,
             List<String> columns) {
            this.file = entry.name();
            this.setId = entry.setId();
            this.parser = parser;
            this.records = records;
            this.table = table;
            this.columns = columns;
            this.serialColumn = columns.indexOf("serial_no");
        }

        @Override
        protected Ingested readNext() {
            if (broken) {
                return null;
            }
            CSVRecord record;
            long line = linesRead + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
                linesRead = parser.getCurrentLineNumber();
            } catch (UncheckedIOException e) {
                broken = true;
                String message = String.valueOf(e.getCause().getMessage());
                return new Ingested.Rejected(new Reject(SourceFormat.USPTO_TM_CASEFILES, file, "after line " + linesRead,
                        Reject.TABLE_TRADEMARKS, message.contains("EOF") ? RejectReason.TRUNCATED
                        : RejectReason.MALFORMED_RECORD, table.id() + ": reading stopped: " + message, null));
            }
            List<String> values = record.toList();
            String raw = String.join(",", values);
            if (values.size() != columns.size()) {
                return reject(line, raw, RejectReason.MALFORMED_RECORD, table.id() + ": the record has "
                        + values.size() + " values, the header " + columns.size() + " columns");
            }
            String serial = values.get(serialColumn).strip();
            if (serial.isEmpty()) {
                return reject(line, raw, RejectReason.MISSING_FIELD, table.id() + ": no serial_no");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isBlank()) {
                    fields.put(columns.get(i), values.get(i).strip());
                }
            }
            return new Ingested.TableRow(new SourceRef(SourceFormat.USPTO_TM_CASEFILES, file, "line " + line), setId,
                    table.id(), serial, null, fields, Reject.excerpt(raw));
        }

        private Ingested reject(long line, String raw, RejectReason reason, String message) {
            return new Ingested.Rejected(new Reject(SourceFormat.USPTO_TM_CASEFILES, file, "line " + line,
                    Reject.TABLE_TRADEMARKS, reason, message, Reject.excerpt(raw)));
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
