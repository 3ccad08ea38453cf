package org.patnav.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream of concatenated XML documents, the layout of the USPTO weekly bulk files
 * ({@code ipgYYMMDD.xml}, {@code ipaYYMMDD.xml}: one {@code <?xml ...?>} declaration per patent,
 * thousands per file, so the file as a whole is not well-formed XML). A document starts at a line
 * that begins with {@code <?xml}; each document is handed out as its own {@link InputStream} that
 * ends where the next one starts, so a fresh StAX parser reads it and nothing is buffered beyond a
 * fixed window. A single-document file is the one-document case.
 */
final class ConcatenatedXml {

    private static final byte[] DECLARATION = {'<', '?', 'x', 'm', 'l'};
    private static final int BUFFER = 1 << 18;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private boolean eof;
    /** Absolute offset of buf[0]. */
    private long base;
    /** Line number (1-based) at buf[pos]. */
    private long line = 1;

    /**
     * The error that ended the input (a cut .gz, a failing disk). The bytes buffered before it are
     * still handed out; the error is raised once, where they end, and the input is over after it.
     */
    private IOException failure;
    private boolean failureRaised;

    private boolean inDocument;
    private int documentIndex;
    private long documentOffset;
    private long documentLine;

    ConcatenatedXml(InputStream in) {
        this.in = in;
    }

    /** Moves to the next document (draining what is left of the current one). False at the end. */
    boolean nextDocument() throws IOException {
        if (inDocument) {
            drainDocument();
        }
        fill(DECLARATION.length + 1);
        if (pos >= lim) {
            raiseFailureOnce();
            return false;
        }
        inDocument = true;
        documentIndex++;
        documentOffset = base + pos;
        documentLine = line;
        return true;
    }

    /** The bytes of the current document; -1 where the next document starts. */
    InputStream document() {
        return documentStream;
    }

    int documentIndex() {
        return documentIndex;
    }

    long documentOffset() {
        return documentOffset;
    }

    long documentLine() {
        return documentLine;
    }

    private void drainDocument() throws IOException {
        byte[] skip = new byte[BUFFER];
        while (readDocument(skip, 0, skip.length) >= 0) {
            // discard
        }
    }

    /** Ensures at least {@code n} bytes from pos are buffered, unless the input ends first. */
    private void fill(int n) throws IOException {
        if (lim - pos >= n || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            base += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim < n || lim < buf.length / 2) {
            int r;
            try {
                r = in.read(buf, lim, buf.length - lim);
            } catch (IOException e) {
                failure = e;
                eof = true;
                return;
            }
            if (r < 0) {
                eof = true;
                return;
            }
            lim += r;
        }
    }

    private int readDocument(byte[] b, int off, int len) throws IOException {
        if (!inDocument) {
            return -1;
        }
        fill(DECLARATION.length + 1);
        if (pos >= lim) {
            inDocument = false;
            raiseFailureOnce();
            return -1;
        }
        int end = Math.min(lim, pos + len);
        // Keep a lookahead of DECLARATION.length bytes after a newline unless the input has ended.
        int safeEnd = eof ? end : Math.min(end, lim - DECLARATION.length);
        if (safeEnd <= pos) {
            safeEnd = Math.min(end, pos + 1);
        }
        // Only a declaration right after a newline starts the next document; this document's own
        // declaration was preceded by the previous document's last newline.
        int i = pos;
        for (; i < safeEnd; i++) {
            if (buf[i] == '\n') {
                line++;
                if (startsDeclaration(i + 1)) {
                    i++;
                    int n = i - pos;
                    System.arraycopy(buf, pos, b, off, n);
                    pos = i;
                    inDocument = false;
                    return n;
                }
            }
        }
        int n = i - pos;
        System.arraycopy(buf, pos, b, off, n);
        pos = i;
        return n;
    }

    /** Where the buffered bytes end: the error that ended the input, the first time only. */
    private void raiseFailureOnce() throws IOException {
        if (failure != null && !failureRaised) {
            failureRaised = true;
            throw failure;
        }
    }

    private boolean startsDeclaration(int at) {
        if (at + DECLARATION.length > lim) {
            return false;
        }
        for (int k = 0; k < DECLARATION.length; k++) {
            if (buf[at + k] != DECLARATION[k]) {
                return false;
            }
        }
        return true;
    }

    private final InputStream documentStream = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            return readDocument(b, off, len);
        }

        @Override
        public void close() {
            // the splitter owns the underlying stream
        }
    };
}
