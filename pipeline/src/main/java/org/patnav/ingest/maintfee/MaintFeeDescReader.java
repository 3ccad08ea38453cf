package org.patnav.ingest.maintfee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The code table that ships beside the events file ({@code MaintFeeEventsDesc_yyyymmdd.txt}): per
 * the USPTO documentation (April 2025) the event code in positions 1-5 with trailing spaces, a space,
 * and the description from position 7. Each line is one {@link Ingested.CodeDefinition}; the job uses
 * them to describe events and to warn about codes PatNav's own table lacks.
 */
public final class MaintFeeDescReader implements SourceReader {

    private static final int CODE_WIDTH = 5;
    private static final int DESCRIPTION = CODE_WIDTH + 1;

    /** Letters and digits, and the period that is part of codes such as {@code EXP.} and {@code BIG.}. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.]{0,4}");

    /** How many of the first lines must all be definitions for the head to count as this format. */
    private static final int LINES_TO_RECOGNISE = 5;

    @Override
    public SourceFormat format() {
        return SourceFormat.USPTO_MAINTFEE;
    }

    @Override
    public boolean recognises(Head head) {
        String[] lines = head.text().split("\r?\n|\r", -1);
        // The last piece of a full head may be a line cut short.
        int complete = head.bytes().length < Head.SIZE ? lines.length : lines.length - 1;
        int seen = 0;
        for (int i = 0; i < complete && seen < LINES_TO_RECOGNISE; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (definition(lines[i]) == null || EventsLayout.detect(lines[i]).isPresent()) {
                return false;
            }
            seen++;
        }
        return seen > 0;
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        // Documented as ASCII; read UTF-8 when it is that, else Latin-1, which never fails on a byte.
        Charset charset = entry.head().looksLikeUtf8() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        return new Definitions(entry.name(), entry.requireStream(), charset);
    }

    private static final class Definitions extends LineRecords {

        Definitions(String file, InputStream in, Charset charset) {
            super(file, in, charset);
        }

        @Override
        Ingested parse(String line, SourceRef source) {
            Definition definition = definition(line);
            if (definition == null) {
                return reject(source, RejectReason.MALFORMED_RECORD,
                        "not a code definition (code in positions 1-5, description from position 7)", line);
            }
            return new Ingested.CodeDefinition(source, definition.code(), definition.description());
        }
    }

    /** The code and the description of a definition line, or null when the line is not one. */
    private static Definition definition(String line) {
        String s = line.stripTrailing();
        if (s.length() <= DESCRIPTION || s.charAt(CODE_WIDTH) != ' ' || Character.isWhitespace(s.charAt(DESCRIPTION))) {
            return null;
        }
        String code = s.substring(0, CODE_WIDTH).stripTrailing();
        return CODE.matcher(code).matches() ? new Definition(code, s.substring(DESCRIPTION)) : null;
    }

    private record Definition(String code, String description) {
    }
}
