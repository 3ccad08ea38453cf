package org.patnav.ingest.cnexport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.patnav.ingest.Head;
import org.patnav.model.RejectReason;

/**
 * CSV and tab-separated exports. The charset and the delimiter are decided once from the head:
 * platforms write UTF-8 (often with a BOM, for Excel) or GBK/GB18030, and comma or tab
 * separated text; the header line tells which delimiter it is. Decoding replaces bad bytes with
 * U+FFFD instead of failing, so one damaged row is rejected and the rest of the file is read.
 */
final class CsvExportRows implements ExportRows {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final char REPLACEMENT = '\uFFFD';

    private final Charset charset;
    private final CnExportHeaders headers;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private ExportHeader header;
    private long linesRead;
    private int recordNumber;

    CsvExportRows(Head head, InputStream in, CnExportHeaders headers) throws IOException {
        this.charset = charset(head);
        this.headers = headers;
        if (head.hasUtf8Bom()) {
            in.skipNBytes(3);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char delimiter = delimiter(head, headers).orElse(',');
        // Blank lines are kept as records so line numbers stay true; blank rows are skipped below.
        // Text after a closing quote ("a"b) is kept rather than failing the rest of the file.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        this.parser = format.parse(new BufferedReader(new InputStreamReader(in, decoder)));
        this.records = parser.iterator();
        try {
            findHeader(headers);
        } catch (IOException e) {
            parser.close();
            throw e;
        }
    }

    /**
     * UTF-8 when the head has a BOM or decodes as UTF-8, else GB18030 (the superset of GBK), as
     * {@link Head#text()} decides, with one more case: a head that is UTF-8 but for a few damaged
     * sequences is still UTF-8. Reading it as GB18030 would garble every row without a single
     * U+FFFD to show for it; read as UTF-8, only the damaged rows are rejected.
     */
    static Charset charset(Head head) {
        if (head.hasUtf8Bom() || head.looksLikeUtf8() || mostlyUtf8(head.bytes())) {
            return StandardCharsets.UTF_8;
        }
        return GB18030;
    }

    /** Valid multi-byte UTF-8 sequences outnumber invalid bytes ten to one (GBK text never does). */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int following = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (following == 0) {
                i++;
                continue;
            }
            if (following > 0 && i + following >= bytes.length) {
                break; // a character cut off by the end of the head
            }
            boolean ok = following > 0;
            for (int k = 1; ok && k <= following; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += following + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid > 0 && valid >= 10 * invalid;
    }

    /** The head decoded as the file will be read. */
    static String headText(Head head) {
        byte[] bytes = head.bytes();
        int start = head.hasUtf8Bom() ? 3 : 0;
        return new String(bytes, start, bytes.length - start, charset(head));
    }

    /**
     * The delimiter of the first line among the first 20 that reads as a header with it: tab or
     * comma. Empty when no line is a header.
     */
    static Optional<Character> delimiter(Head head, CnExportHeaders headers) {
        String[] lines = headText(head).split("\r?\n|\r", ExportHeader.MAX_ROWS_BEFORE_DATA + 1);
        int n = Math.min(lines.length, ExportHeader.MAX_ROWS_BEFORE_DATA);
        for (int i = 0; i < n; i++) {
            for (char delimiter : new char[] {'\t', ','}) {
                if (ExportHeader.of(splitLine(lines[i], delimiter), headers).isPresent()) {
                    return Optional.of(delimiter);
                }
            }
        }
        return Optional.empty();
    }

    /** A header line split without a CSV parser: header cells hold no delimiters or line breaks. */
    private static List<String> splitLine(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(String.valueOf(delimiter), -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
            cells.add(c);
        }
        return cells;
    }

    private void findHeader(CnExportHeaders headers) throws IOException {
        for (int i = 0; i < ExportHeader.MAX_ROWS_BEFORE_DATA; i++) {
            CSVRecord record = nextRecord();
            if (record == null) {
                return;
            }
            Optional<ExportHeader> h = ExportHeader.of(record.toList(), headers);
            if (h.isPresent()) {
                header = h.get();
                return;
            }
        }
    }

    private CSVRecord nextRecord() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber();
            return record;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Optional<ExportHeader> header() {
        return Optional.ofNullable(header);
    }

    @Override
    public String noHeaderReason() {
        return "no header row naming " + headers.requirement() + " among the first "
                + ExportHeader.MAX_ROWS_BEFORE_DATA + " records";
    }

    @Override
    public ExportRow next() throws IOException {
        while (true) {
            long startLine = linesRead + 1;
            CSVRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            List<String> cells = record.toList();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            recordNumber++;
            return new ExportRow(cells, "record " + recordNumber + ", line " + startLine, defect(cells));
        }
    }

    private ExportRow.Defect defect(List<String> cells) {
        if (cells.stream().anyMatch(c -> c.indexOf(REPLACEMENT) >= 0)) {
            return new ExportRow.Defect(RejectReason.BAD_ENCODING, "row holds bytes that are not valid "
                    + charset.name() + " (decoded as U+FFFD); its text cannot be trusted");
        }
        int width = header.width();
        if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            return new ExportRow.Defect(RejectReason.MALFORMED_RECORD, "row has " + cells.size()
                    + " cells but the header has " + width + ": an unquoted delimiter shifts the columns");
        }
        return null;
    }

    @Override
    public String position() {
        return "after record " + recordNumber + ", line " + linesRead;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
