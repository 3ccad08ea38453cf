package org.patnav.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

/**
 * Reads one input file end to end: expands archives, detects each entry's format from its content,
 * and streams the records of its reader. Never throws for bad input: a file that cannot be opened,
 * an unrecognised entry, or a reader that fails half-way become {@link Ingested.Rejected} rows
 * naming the file and the cause.
 */
public final class FileIngest implements Iterator<Ingested>, AutoCloseable {

    private final SourceEntries entries;
    private final IngestContext context;
    private RecordStream current;
    private SourceEntry currentEntry;
    private SourceFormat currentFormat;
    private long recordsInEntry;
    private Ingested pending;

    public FileIngest(String fileName, String setId, SourceEntries.Opener opener, IngestContext context) {
        this.entries = new SourceEntries(fileName, setId, opener);
        this.context = context;
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Ingested r = pending;
        pending = null;
        return r;
    }

    private Ingested advance() {
        while (true) {
            if (current != null) {
                try {
                    if (current.hasNext()) {
                        recordsInEntry++;
                        return current.next();
                    }
                } catch (RuntimeException e) {
                    // A reader bug or an I/O failure inside a record: keep what was read, report the rest.
                    Ingested failure = fileReject(currentEntry.name(), currentFormat,
                            "after record " + recordsInEntry, RejectReason.TRUNCATED,
                            "reading stopped: " + SourceEntries.describe(rootCause(e)), null);
                    closeCurrent();
                    return failure;
                }
                closeCurrent();
            }
            if (!entries.hasNext()) {
                return null;
            }
            SourceEntry entry = entries.next();
            if (entry.problem() != null) {
                return fileReject(entry.name(), null, "file", RejectReason.FILE_UNREADABLE,
                        "cannot open " + entry.name() + ": " + entry.problem(), null);
            }
            Optional<SourceReader> reader = Readers.detect(entry.head());
            if (reader.isEmpty()) {
                return unrecognised(entry);
            }
            try {
                current = reader.get().open(entry, context);
                currentEntry = entry;
                currentFormat = reader.get().format();
                recordsInEntry = 0;
            } catch (IOException | RuntimeException e) {
                return fileReject(entry.name(), reader.get().format(), "file", RejectReason.FILE_UNREADABLE,
                        "cannot open " + entry.name() + " as " + reader.get().format().id() + ": "
                                + SourceEntries.describe(e), entry.head().firstLine());
            }
        }
    }

    private Ingested unrecognised(SourceEntry entry) {
        return KnownUnsupportedFormats.match(entry.head())
                .map(sig -> fileReject(entry.name(), null, "file", sig.reason(),
                        entry.name() + ": " + sig.description(), entry.head().firstLine()))
                .orElseGet(() -> fileReject(entry.name(), null, "file", RejectReason.UNRECOGNISED_FORMAT,
                        entry.name() + ": not a format PatNav reads (first line shown)",
                        entry.head().firstLine()));
    }

    private static Ingested fileReject(String file, SourceFormat format, String locator, RejectReason code,
                                       String reason, String excerpt) {
        return new Ingested.Rejected(new Reject(format, file, locator, Reject.TABLE_FILES, code, reason,
                Reject.excerpt(excerpt)));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // the entry was read to the end; a failure to close it loses nothing
            }
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
        entries.close();
    }
}
