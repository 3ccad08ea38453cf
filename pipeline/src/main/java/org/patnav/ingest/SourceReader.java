package org.patnav.ingest;

import java.io.IOException;
import org.patnav.model.SourceFormat;

/**
 * One bulk format. A reader recognises its format from the first bytes of a (decompressed) stream
 * and turns the stream into canonical records. Variants of a format (DTD versions, encodings, CSV
 * or XLSX) are handled inside the reader. New formats drop in by implementing this and being
 * listed in {@link Readers}.
 */
public interface SourceReader {

    SourceFormat format();

    /** True when the head of a stream is this format. Must not consume the stream. */
    boolean recognises(Head head);

    /**
     * Opens the records of one entry. Throws only when the entry cannot be read at all; record-level
     * problems are rejects in the stream.
     */
    RecordStream open(SourceEntry entry, IngestContext context) throws IOException;
}
