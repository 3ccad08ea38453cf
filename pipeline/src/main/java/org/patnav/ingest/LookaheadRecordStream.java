package org.patnav.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The iterator half of a {@link RecordStream}: subclasses say how to read the next record
 * ({@link #readNext()}, null at the end) and this class answers {@code hasNext}/{@code next}
 * with one record of lookahead. An {@link IOException} ends the stream and surfaces as an
 * {@link UncheckedIOException}, which {@link FileIngest} reports as a reject naming the file.
 */
public abstract class LookaheadRecordStream implements RecordStream {

    private Ingested pending;
    private boolean done;

    /** The next record or reject, or null when the entry is exhausted. */
    protected abstract Ingested readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (pending == null && !done) {
            try {
                pending = readNext();
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException(e);
            }
            done = pending == null;
        }
        return pending != null;
    }

    @Override
    public final Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Ingested r = pending;
        pending = null;
        return r;
    }
}
