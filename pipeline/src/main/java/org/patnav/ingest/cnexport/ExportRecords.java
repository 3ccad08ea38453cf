package org.patnav.ingest.cnexport;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.RecordStream;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

/**
 * The records of one export file, patent or trademark: each data row goes through the format's row
 * mapper (one row may give several records, or one reject). A file without a header row is one
 * {@code files} reject; a file that cannot be read further ends with one reject for the format's table.
 */
public final class ExportRecords implements RecordStream {

    private final String file;
    private final ExportRows rows;
    private final SourceFormat format;
    private final String table;
    private final Function<ExportRow, List<Ingested>> mapper;
    private final Deque<Ingested> pending = new ArrayDeque<>();
    private boolean done;

    /**
     * @param mappers the row mapper for the header found (not called when there is none)
     * @param table   the table the rows are meant for, named by the reject when reading stops
     */
    public ExportRecords(String file, ExportRows rows, SourceFormat format, String table,
                         Function<ExportHeader, Function<ExportRow, List<Ingested>>> mappers) {
        this.file = file;
        this.rows = rows;
        this.format = format;
        this.table = table;
        this.mapper = rows.header().map(mappers).orElse(null);
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
            pending.add(reject(rows.position(), table,
                    message.contains("EOF") ? RejectReason.TRUNCATED : RejectReason.MALFORMED_RECORD,
                    "reading stopped: " + message));
            done = true;
            return;
        }
        if (row == null) {
            done = true;
        } else {
            pending.addAll(mapper.apply(row));
        }
    }

    private Ingested reject(String locator, String rejectTable, RejectReason reason, String message) {
        return new Ingested.Rejected(new Reject(format, file, locator, rejectTable, reason, message, null));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
