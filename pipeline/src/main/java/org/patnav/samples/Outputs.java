package org.patnav.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The output directory: opens files under it, counts the records written to each (by path relative
 * to it, '/'-separated) and collects the records deliberately written broken. Archives get fixed
 * timestamps so a seed always gives the same bytes: gzip's header time is 0 in Java's writer, and
 * zip entries take {@link #ARCHIVE_TIME}.
 */
final class Outputs {

    /** The time stamped on archive members: the world's "as of" day. */
    static final LocalDateTime ARCHIVE_TIME = World.AS_OF.atStartOfDay();

    /**
     * A record written broken on purpose, and what a reader should say about it.
     *
     * @param reasonCode a {@link org.patnav.model.RejectReason} name
     */
    record Planted(String file, String locator, String reasonCode, String note) {
    }

    private final Path root;
    private final SortedMap<String, Long> counts = new TreeMap<>();
    private final List<Planted> planted = new ArrayList<>();

    Outputs(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    OutputStream create(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        counts.putIfAbsent(relative, 0L);
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    OutputStream createGzip(String relative) throws IOException {
        return new GZIPOutputStream(create(relative), 1 << 16);
    }

    /** A zip archive holding one member, written as a stream. */
    ZipOutputStream createZip(String relative, String member) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(create(relative));
        ZipEntry entry = new ZipEntry(member);
        entry.setTimeLocal(ARCHIVE_TIME);
        zip.putNextEntry(entry);
        return zip;
    }

    void count(String relative, long records) {
        counts.merge(relative, records, Long::sum);
    }

    void plant(String file, String locator, String reasonCode, String note) {
        planted.add(new Planted(file, locator, reasonCode, note));
    }

    SortedMap<String, Long> counts() {
        return counts;
    }

    List<Planted> planted() {
        return planted;
    }
}
