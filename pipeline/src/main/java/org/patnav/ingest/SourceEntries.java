package org.patnav.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Expands one input file into the entries it holds: {@code .gz} and {@code .bz2} are decompressed
 * (multi-member gzip included), {@code .zip} and {@code .tar} archives are walked member by member,
 * recursively ({@code .tar.gz}, a zip inside a zip). Everything is recognised by magic bytes, not by
 * name; an XLSX workbook is a zip but is an entry, not an archive. Streaming throughout: nothing is
 * unpacked to disk or held in memory beyond a 64 KiB head.
 */
public final class SourceEntries implements Iterator<SourceEntry>, Closeable {

    /** Opens the outer file. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private interface Frame extends Closeable {
    }

    private static final class SingleFrame implements Frame {
        final String name;
        final InputStream in;
        boolean consumed;

        SingleFrame(String name, InputStream in) {
            this.name = name;
            this.in = in;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class ArchiveFrame implements Frame {
        final String name;
        final ArchiveInputStream<?> archive;

        ArchiveFrame(String name, ArchiveInputStream<?> archive) {
            this.name = name;
            this.archive = archive;
        }

        @Override
        public void close() throws IOException {
            archive.close();
        }
    }

    private static final int GZIP_BUFFER = 64 * 1024;

    /**
     * Passes each read of a decompressor straight through and reports nothing available, so the
     * BufferedInputStream above returns what one read gave instead of reading again within the
     * same call: when that further read fails (a .gz cut short), the bytes of the first are not
     * thrown away with it. Only the decompressed side is wrapped: GZIPInputStream before JDK 23
     * looks for a further member only when its own input reports bytes available.
     */
    private static final class OneReadPerCall extends FilterInputStream {
        OneReadPerCall(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    private final String setId;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private SourceEntry pending;
    private InputStream outer;

    public SourceEntries(String name, String setId, Opener opener) {
        this.setId = setId;
        try {
            outer = opener.open();
            frames.push(new SingleFrame(name, outer));
        } catch (IOException | RuntimeException e) {
            pending = SourceEntry.unreadable(name, setId, describe(e));
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public SourceEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceEntry e = pending;
        pending = null;
        return e;
    }

    private SourceEntry advance() {
        while (!frames.isEmpty()) {
            Frame top = frames.peek();
            if (top instanceof SingleFrame single) {
                if (single.consumed) {
                    frames.pop();
                    continue;
                }
                single.consumed = true;
                SourceEntry entry = classify(single.name, single.in);
                if (entry != null) {
                    return entry;
                }
            } else {
                ArchiveFrame archive = (ArchiveFrame) top;
                ArchiveEntry member;
                try {
                    member = archive.archive.getNextEntry();
                } catch (IOException | RuntimeException e) {
                    frames.pop();
                    return SourceEntry.unreadable(archive.name, setId, "archive cannot be read further: " + describe(e));
                }
                if (member == null) {
                    frames.pop();
                    continue;
                }
                if (member.isDirectory()) {
                    continue;
                }
                SourceEntry entry = classify(archive.name + "!/" + member.getName(), archive.archive);
                if (entry != null) {
                    return entry;
                }
            }
        }
        return null;
    }

    /** Returns an entry, or null after pushing a decompression or archive frame to walk next. */
    private SourceEntry classify(String name, InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, Head.SIZE * 2);
        Head head;
        try {
            head = readHead(name, in);
        } catch (IOException | RuntimeException e) {
            return SourceEntry.unreadable(name, setId, describe(e));
        }
        try {
            if (head.startsWith((byte) 0x1f, (byte) 0x8b)) {
                // The JDK's reader returns each chunk as soon as it is inflated, so a cut .gz still
                // yields everything before the cut; commons-compress fills the whole requested
                // length first and loses it when the input ends. Both read concatenated members.
                frames.push(new SingleFrame(name,
                        new OneReadPerCall(new GZIPInputStream(in, GZIP_BUFFER))));
                return null;
            }
            if (head.startsWith((byte) 'B', (byte) 'Z', (byte) 'h')) {
                frames.push(new SingleFrame(name, new BZip2CompressorInputStream(in, true)));
                return null;
            }
            if (head.startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4) && !isOfficeDocument(head)) {
                frames.push(new ArchiveFrame(name, new ZipArchiveInputStream(in, "UTF-8", true, true)));
                return null;
            }
            if (isTar(head)) {
                frames.push(new ArchiveFrame(name, new TarArchiveInputStream(in)));
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return SourceEntry.unreadable(name, setId, "cannot decompress: " + describe(e));
        }
        return SourceEntry.readable(name, setId, head, in);
    }

    private static Head readHead(String name, BufferedInputStream in) throws IOException {
        in.mark(Head.SIZE + 1);
        byte[] buf = new byte[Head.SIZE];
        int n = 0;
        try {
            while (n < buf.length) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            // A stream cut short within its first 64 KiB: what came before the cut can still be
            // read, and the reader meets the same error, as a reject, where the bytes end.
            if (n == 0) {
                throw e;
            }
        }
        in.reset();
        return new Head(name, Arrays.copyOf(buf, n));
    }

    /** XLSX/DOCX are zips whose first member is [Content_Types].xml (or that hold xl/ parts). */
    private static boolean isOfficeDocument(Head head) {
        String latin = new String(head.bytes(), 0, Math.min(head.bytes().length, 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return latin.contains("[Content_Types].xml") || latin.contains("xl/workbook.xml")
                || latin.contains("xl/_rels");
    }

    private static boolean isTar(Head head) {
        byte[] b = head.bytes();
        return b.length > 262 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a'
                && b[261] == 'r';
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        while (!frames.isEmpty()) {
            try {
                frames.pop().close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (outer != null) {
            outer.close();
        }
        if (first != null) {
            throw first;
        }
    }
}
