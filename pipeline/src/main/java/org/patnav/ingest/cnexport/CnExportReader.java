package org.patnav.ingest.cnexport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

/**
 * Exports of the Chinese patent search platforms (CNIPA 专利检索及分析, incoPat, PatSnap 智慧芽,
 * innojoy, SooPAT, Baiten): one row per document, in CSV (UTF-8 with or without BOM, or
 * GBK/GB18030; comma or tab separated; quoted multi-line cells) or XLSX. Each platform names its
 * columns its own way; {@code cn-export-headers.tsv} maps every known variant to a PatNav field,
 * and the header row, wherever it sits in the first 20 rows, decides which column is which.
 *
 * <p>Publications of a row:
 * <ul>
 *   <li>a {@code 公开（公告）号} column gives one publication, dated by {@code 公开（公告）日};
 *   <li>separate {@code 公开号} and {@code 公告号} columns (the CNIPA layout that lists an
 *       application once) give one publication per non-empty number: the application publication
 *       (A) dated by the publication date, the grant (B/C/U/Y/S/D) dated by the grant date. Both
 *       share the application and every other field of the row.
 * </ul>
 * A CN publication needs a valid application number (check character verified); foreign documents
 * that platforms mix into exports take {@code CC-digits} as application id. The patent type comes
 * from {@code 专利类型}, else the application number's type digit, else the kind code.
 *
 * <p>Legal status is kept as the source wrote it. A status part that {@code cn-legal-status.tsv}
 * names ({@code 未缴年费专利权终止}) and whose date column is filled also becomes a legal event, attached
 * to the row's latest publication and emitted after the row's publications. Only CN documents get
 * events: the rules are CNIPA's wording.
 *
 * <p>Rejects are per row (table {@code patents}, the cells joined with " | " as excerpt, locator
 * {@code record N, line L} or {@code sheet NAME row R}); a workbook with no header row on any sheet
 * is one {@code files} reject.
 */
public final class CnExportReader implements SourceReader {

    /** Recognition sees only the head, not the run's context: it uses the shipped header map. */
    private static final CnExportHeaders SHIPPED_HEADERS = CnExportHeaders.defaults();

    @Override
    public SourceFormat format() {
        return SourceFormat.CN_EXPORT;
    }

    @Override
    public boolean recognises(Head head) {
        return isWorkbook(head) || CsvExportRows.delimiter(head, SHIPPED_HEADERS).isPresent();
    }

    /**
     * A zipped Office document. Any workbook is taken: the header is looked for when it is opened,
     * and a workbook without one is reported there, more usefully than "unrecognised".
     */
    static boolean isWorkbook(Head head) {
        if (!head.startsWith((byte) 'P', (byte) 'K')) {
            return false;
        }
        String latin = new String(head.bytes(), StandardCharsets.ISO_8859_1);
        return latin.contains("[Content_Types].xml") || latin.contains("xl/");
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        InputStream in = entry.requireStream();
        ExportRows rows = isWorkbook(entry.head())
                ? new XlsxExportRows(in, context.cnHeaders())
                : new CsvExportRows(entry.head(), in, context.cnHeaders());
        return new Records(entry.name(), rows, context);
    }

    private static final class Records implements RecordStream {
        private final String file;
        private final ExportRows rows;
        private final CnExportRowMapper mapper;
        private final Deque<Ingested> pending = new ArrayDeque<>();
        private boolean done;

        Records(String file, ExportRows rows, IngestContext context) {
            this.file = file;
            this.rows = rows;
            this.mapper = rows.header().map(h -> new CnExportRowMapper(file, h, context)).orElse(null);
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !done) {
                readRow();
            }
            return !pending.isEmpty();
        }

        @Override
        public Ingested next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void readRow() {
            if (mapper == null) {
                pending.add(reject("file", Reject.TABLE_FILES, RejectReason.UNRECOGNISED_FORMAT,
                        file + ": " + rows.noHeaderReason()));
                done = true;
                return;
            }
            ExportRow row;
            try {
                row = rows.next();
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage());
                // commons-csv reports a quoted cell still open at the end of input as "EOF reached ...".
                pending.add(reject(rows.position(), Reject.TABLE_PATENTS,
                        message.contains("EOF") ? RejectReason.TRUNCATED : RejectReason.MALFORMED_RECORD,
                        "reading stopped: " + message));
                done = true;
                return;
            }
            if (row == null) {
                done = true;
            } else {
                pending.addAll(mapper.map(row));
            }
        }

        private Ingested reject(String locator, String table, RejectReason reason, String message) {
            return new Ingested.Rejected(new Reject(SourceFormat.CN_EXPORT, file, locator, table, reason,
                    message, null));
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
