package org.patnav.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One readable stream found in the input: a plain file, or a decompressed member of an archive.
 * Archive members share the archive's stream, so an entry must be read to the end (or abandoned)
 * before the next one is requested, and closing an entry never closes the archive.
 *
 * @see SourceEntries
 */
public final class SourceEntry {

    private final String name;
    private final String setId;
    private final Head head;
    private final InputStream stream;
    private final String problem;

    private SourceEntry(String name, String setId, Head head, InputStream stream, String problem) {
        this.name = name;
        this.setId = setId;
        this.head = head;
        this.stream = stream;
        this.problem = problem;
    }

    static SourceEntry readable(String name, String setId, Head head, InputStream stream) {
        return new SourceEntry(name, setId, head, new CloseShield(stream), null);
    }

    static SourceEntry unreadable(String name, String setId, String problem) {
        return new SourceEntry(name, setId, null, null, problem);
    }

    /** The file path, with {@code !/member} for each archive level ({@code w.zip!/ipg240102.xml}). */
    public String name() {
        return name;
    }

    /** The directory or archive the outer file sits in: tables of one release share it. */
    public String setId() {
        return setId;
    }

    /** The first bytes, for format detection; null when unreadable. */
    public Head head() {
        return head;
    }

    /** The decompressed content from its first byte; null when unreadable. */
    public InputStream stream() {
        return stream;
    }

    /** Why the entry could not be opened, or null. */
    public String problem() {
        return problem;
    }

    private static final class CloseShield extends FilterInputStream {
        CloseShield(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner of the underlying stream (SourceEntries) closes it
        }
    }

    /** For readers that want to assert they were given a readable entry. */
    public InputStream requireStream() throws IOException {
        if (stream == null) {
            throw new IOException(name + ": " + problem);
        }
        return stream;
    }
}
