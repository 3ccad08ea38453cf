package org.patnav.ingest.cnexport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.patnav.ingest.Head;

/** The rows of one export file after its header, CSV or XLSX alike. */
public interface ExportRows extends Closeable {

    /** The header row, when one was found. */
    Optional<ExportHeader> header();

    /** Why no header was found; only asked when {@link #header()} is empty. */
    String noHeaderReason();

    /** The next non-blank data row, or null at the end. Throws when the rest cannot be read. */
    ExportRow next() throws IOException;

    /** Where reading stands, for the message when {@link #next()} fails. */
    String position();

    /**
     * A zipped Office document. Its sheets are compressed, so the head cannot tell a patent from a
     * trademark export: the header row found on opening decides.
     */
    static boolean isWorkbook(Head head) {
        if (!head.startsWith((byte) 'P', (byte) 'K')) {
            return false;
        }
        String latin = new String(head.bytes(), StandardCharsets.ISO_8859_1);
        return latin.contains("[Content_Types].xml") || latin.contains("xl/");
    }

    /** Whether the head is delimited text with a header row of this map among its first 20 lines. */
    static boolean hasCsvHeader(Head head, CnExportHeaders headers) {
        return !isWorkbook(head) && CsvExportRows.delimiter(head, headers).isPresent();
    }

    /** A CSV export read with one header map. */
    static ExportRows csv(Head head, InputStream in, CnExportHeaders headers) throws IOException {
        return new CsvExportRows(head, in, headers);
    }

    /** A workbook whose header row is the first row any of the maps accepts, tried in order. */
    static ExportRows workbook(InputStream in, List<CnExportHeaders> candidates) throws IOException {
        return new XlsxExportRows(in, candidates);
    }
}
