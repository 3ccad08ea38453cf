package org.patnav.ingest;

import java.io.IOException;
import java.util.Iterator;

/**
 * A lazy stream of records from one source entry. Malformed records come out as
 * {@link Ingested.Rejected}; {@code next()} does not throw for bad input.
 */
public interface RecordStream extends Iterator<Ingested>, AutoCloseable {

    @Override
    void close() throws IOException;
}
