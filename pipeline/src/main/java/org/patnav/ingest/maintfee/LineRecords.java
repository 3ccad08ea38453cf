package org.patnav.ingest.maintfee;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.LookaheadRecordStream;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The records of a line-per-record text file, read one line at a time (the weekly events file is
 * 850 MB uncompressed). Blank lines carry no record and are passed over; every other line becomes
 * exactly one record or reject, located as {@code line N} (1-based, blank lines counted).
 */
abstract class LineRecords extends LookaheadRecordStream {

    private final String file;
    private final BufferedReader reader;
    private long lineNo;
    private boolean failed;

    LineRecords(String file, InputStream in, Charset charset) {
        this.file = file;
        this.reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    /** One record or reject for a non-blank line, without its line terminator. */
    abstract Ingested parse(String line, SourceRef source);

    @Override
    protected Ingested readNext() {
        while (!failed) {
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                // A truncated or corrupt compressed stream: what was read stands, the rest is reported.
                failed = true;
                return reject(locator(lineNo + 1), RejectReason.TRUNCATED, "input ends in error: " + e.getMessage(),
                        null);
            }
            if (line == null) {
                return null;
            }
            lineNo++;
            if (!line.isBlank()) {
                return parse(line, new SourceRef(SourceFormat.USPTO_MAINTFEE, file, locator(lineNo)));
            }
        }
        return null;
    }

    static Ingested reject(SourceRef source, RejectReason reason, String message, String line) {
        return new Ingested.Rejected(new Reject(SourceFormat.USPTO_MAINTFEE, source.file(), source.locator(),
                Reject.TABLE_EVENTS, reason, message, Reject.excerpt(line)));
    }

    private Ingested reject(String locator, RejectReason reason, String message, String line) {
        return reject(new SourceRef(SourceFormat.USPTO_MAINTFEE, file, locator), reason, message, line);
    }

    private static String locator(long line) {
        return "line " + line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
