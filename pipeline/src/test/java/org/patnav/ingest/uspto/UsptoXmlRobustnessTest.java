package org.patnav.ingest.uspto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.patnav.ingest.uspto.UsptoIngest.patents;
import static org.patnav.ingest.uspto.UsptoIngest.readAll;
import static org.patnav.ingest.uspto.UsptoIngest.rejects;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.ingest.Ingested;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

/**
 * Bad and hostile input on hand-written fixtures in the weekly layout (DTD v4.2, one
 * {@code <?xml ...?>} per grant, about 60 lines each): every bad document is one reject with its
 * locator, the documents around it still parse, nothing is read from outside the file, and
 * compressed or archived copies read the same.
 */
class UsptoXmlRobustnessTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = UsptoXmlRobustnessTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<Ingested> read(String name) throws IOException {
        byte[] bytes = fixture(name);
        return assertTimeoutPreemptively(QUICKLY, () -> readAll(name, () -> new ByteArrayInputStream(bytes)));
    }

    private static List<Ingested> read(Path file) {
        return assertTimeoutPreemptively(QUICKLY, () -> readAll(file));
    }

    private static List<String> pubIds(List<Ingested> records) {
        return patents(records).stream().map(Publication::pubId).toList();
    }

    @Test
    void threeGrants() throws IOException {
        List<Ingested> all = read("three-grants.xml");
        assertThat(pubIds(all)).containsExactly("US-7999901-B2", "US-7999902-B2", "US-7999903-B2");
        assertThat(patents(all)).extracting(p -> p.source().locator()).containsExactly(
                "doc 1, line 1, byte 0", "doc 2, line 63, byte 1976", "doc 3, line 125, byte 3926");
    }

    @Test
    void malformedDocumentInTheMiddleIsOneRejectAndTheNextOneParses() throws IOException {
        List<Ingested> all = read("malformed-middle.xml");
        assertThat(all).hasSize(3);
        assertThat(pubIds(all)).containsExactly("US-7999901-B2", "US-7999903-B2");
        Reject r = rejects(all).get(0);
        assertThat(all.get(1)).isEqualTo(new Ingested.Rejected(r));
        assertThat(r.format()).isEqualTo(SourceFormat.USPTO_XML);
        assertThat(r.file()).isEqualTo("malformed-middle.xml");
        assertThat(r.locator()).isEqualTo("doc 2, line 63, byte 1976");
        assertThat(r.table()).isEqualTo(Reject.TABLE_PATENTS);
        assertThat(r.reasonCode()).isEqualTo(RejectReason.MALFORMED_RECORD);
        // Line 96 of the file: <invention-title id="d0e43">Folding <b>step</i> stool</invention-title>
        assertThat(r.reason()).isEqualTo("malformed XML at line 96, column 46: Unexpected close tag </i>; expected </b>.");
        assertThat(r.excerpt()).startsWith("<us-patent-grant lang=\"EN\" dtd-version=\"v4.2 2006-08-23\" file=\"US07999902-20090106.XML\"");
        assertThat(r.excerpt()).hasSizeLessThanOrEqualTo(Reject.EXCERPT_LENGTH).doesNotContain("\n");
        assertThat(patents(all).get(1).title()).containsEntry("en", "Garden hose reel");
    }

    @Test
    void truncatedLastDocument() throws IOException {
        List<Ingested> all = read("truncated-last.xml");
        assertThat(all).hasSize(2);
        assertThat(pubIds(all)).containsExactly("US-7999901-B2");
        Reject r = rejects(all).get(0);
        assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
        assertThat(r.locator()).isEqualTo("doc 2, line 63, byte 1976");
        assertThat(r.reason()).isEqualTo("malformed XML at line 121, column 21: Unexpected EOF; was expecting a close tag"
                + " for element <claim-text>");
    }

    @Test
    void externalEntityIsNeverResolved() throws IOException {
        List<Ingested> all = read("xxe.xml");
        assertThat(all).hasSize(2);
        Reject r = rejects(all).get(0);
        assertThat(all.get(0)).isEqualTo(new Ingested.Rejected(r));
        assertThat(r.reasonCode()).isEqualTo(RejectReason.MALFORMED_RECORD);
        assertThat(r.locator()).isEqualTo("doc 1, line 1, byte 0");
        assertThat(r.reason()).isEqualTo("malformed XML at line 34, column 40: Undeclared general entity \"xxe\"");
        // The document after it is read as usual.
        assertThat(pubIds(all)).containsExactly("US-7999901-B2");
        // Nothing of /etc/passwd anywhere in what came out.
        String everything = all.toString();
        assertThat(everything).doesNotContain("root:", "/bin/", "nologin");
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            String firstLine = Files.readAllLines(passwd).get(0);
            assertThat(everything).doesNotContain(firstLine);
        }
    }

    @Test
    void entityExpansionBombIsRejectedAtOnce() throws IOException {
        byte[] bytes = fixture("billion-laughs.xml");
        // A hang guard, not a speed claim: an expanding parser would run for minutes and fill the heap.
        List<Ingested> all = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> readAll("billion-laughs.xml", () -> new ByteArrayInputStream(bytes)));
        assertThat(all).hasSize(1);
        Reject r = rejects(all).get(0);
        assertThat(r.reasonCode()).isEqualTo(RejectReason.MALFORMED_RECORD);
        assertThat(r.reason()).isEqualTo("malformed XML at line 45, column 34: Undeclared general entity \"lol9\"");
        assertThat(r.toString()).doesNotContain("lollol");
    }

    @Test
    void htmlEntitiesTheUsptoDtdsDeclareAreResolved() throws IOException {
        Publication p = patents(read("html-entities.xml")).get(0);
        assertThat(p.title()).containsEntry("en", "Tray for \u201Cinstant\u201D ice \u2014 with lid");
        assertThat(p.abstractText()).containsEntry("en", "A tray\u2026 for ice.");
        assertThat(p.claims()).containsEntry("en", "1. A tray\u00A0with a lid.");
    }

    @Test
    void gzipCompressedWeeklyFile(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("ipg090106.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(fixture("three-grants.xml"));
        }
        List<Ingested> all = read(gz);
        assertThat(pubIds(all)).containsExactly("US-7999901-B2", "US-7999902-B2", "US-7999903-B2");
        // Records name the file as the user has it, compressed.
        assertThat(patents(all).get(2).source().file()).isEqualTo("ipg090106.xml.gz");
        assertThat(patents(all).get(2).source().locator()).isEqualTo("doc 3, line 125, byte 3926");
    }

    @Test
    void gzipOfConcatenatedMembers(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("two-members.xml.gz");
        try (OutputStream file = Files.newOutputStream(gz)) {
            for (String name : List.of("three-grants.xml", "html-entities.xml")) {
                GZIPOutputStream member = new GZIPOutputStream(file);
                member.write(fixture(name));
                member.finish();
            }
        }
        assertThat(pubIds(read(gz))).containsExactly("US-7999901-B2", "US-7999902-B2", "US-7999903-B2", "US-7999906-B2");
    }

    @Test
    void tarGzHoldingTwoFiles(@TempDir Path dir) throws IOException {
        Path tgz = dir.resolve("grants.tar.gz");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
            for (String name : List.of("three-grants.xml", "html-entities.xml")) {
                byte[] bytes = fixture(name);
                TarArchiveEntry entry = new TarArchiveEntry("week/" + name);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        List<Ingested> all = read(tgz);
        assertThat(rejects(all)).isEmpty();
        assertThat(patents(all)).extracting(Publication::pubId, p -> p.source().file()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("US-7999901-B2", "grants.tar.gz!/week/three-grants.xml"),
                org.assertj.core.groups.Tuple.tuple("US-7999902-B2", "grants.tar.gz!/week/three-grants.xml"),
                org.assertj.core.groups.Tuple.tuple("US-7999903-B2", "grants.tar.gz!/week/three-grants.xml"),
                org.assertj.core.groups.Tuple.tuple("US-7999906-B2", "grants.tar.gz!/week/html-entities.xml"));
    }

    /**
     * A gzip whose first part is flushed (so it is decodable on its own), followed by a document
     * cut a few bytes into its compressed form, as a download that stopped early leaves it.
     */
    private static byte[] cutGzip(List<byte[]> complete, byte[] partial) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GZIPOutputStream gz = new GZIPOutputStream(bytes, true);
        for (byte[] doc : complete) {
            gz.write(doc);
        }
        gz.flush();
        int flushed = bytes.size();
        gz.write(partial);
        gz.finish();
        return Arrays.copyOf(bytes.toByteArray(), flushed + 40);
    }

    private static byte[] document(byte[] weekly, int index) {
        String text = new String(weekly, StandardCharsets.UTF_8);
        String[] docs = text.split("(?m)^(?=<\\?xml )");
        return docs[index].getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void truncatedGzipGivesTheGrantsBeforeTheCutAndOneReject(@TempDir Path dir) throws IOException {
        byte[] weekly = fixture("three-grants.xml");
        Path gz = dir.resolve("ipg090106.xml.gz");
        Files.write(gz, cutGzip(List.of(document(weekly, 0), document(weekly, 1)), document(weekly, 2)));
        List<Ingested> all = read(gz);
        assertThat(pubIds(all)).containsExactly("US-7999901-B2", "US-7999902-B2");
        assertThat(all).hasSize(3);
        Reject r = rejects(all).get(0);
        assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
        assertThat(r.locator()).isEqualTo("doc 3, line 125, byte 3926");
        assertThat(r.reason()).isEqualTo("input ends in error inside this document: EOFException: Unexpected end of ZLIB input stream");
    }

    @Test
    void truncatedGzipPastTheFirst64KiB(@TempDir Path dir) throws IOException {
        // 60 grants of about 2 KB: the cut falls well after the head the format is detected on.
        byte[] weekly = fixture("three-grants.xml");
        List<byte[]> complete = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int d = 0; d < 3; d++) {
                complete.add(document(weekly, d));
            }
        }
        Path gz = dir.resolve("big.xml.gz");
        // The cut document differs from the others, so its first compressed bytes cannot hold it whole.
        Files.write(gz, cutGzip(complete, fixture("html-entities.xml")));
        List<Ingested> all = read(gz);
        assertThat(patents(all)).hasSize(60);
        assertThat(all).hasSize(61);
        assertThat(rejects(all)).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
            assertThat(r.locator()).startsWith("doc 61, line 3721, ");
        });
    }

    /** Delivers {@code limit} bytes, then fails as a dying disk or network would. */
    private static InputStream failingAfter(byte[] bytes, int limit) {
        return new FilterInputStream(new ByteArrayInputStream(bytes, 0, limit)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c < 0) {
                    throw new IOException("connection reset");
                }
                return c;
            }
        };
    }

    @Test
    void inputFailingInsideADocumentEndsWithOneReject() throws IOException {
        byte[] weekly = fixture("three-grants.xml");
        List<Ingested> all = assertTimeoutPreemptively(QUICKLY,
                () -> readAll("three-grants.xml", () -> failingAfter(weekly, 4000)));
        assertThat(pubIds(all)).containsExactly("US-7999901-B2", "US-7999902-B2");
        assertThat(rejects(all)).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
            assertThat(r.locator()).isEqualTo("doc 3, line 125, byte 3926");
            assertThat(r.reason()).isEqualTo("input ends in error inside this document: IOException: connection reset");
        });
    }

    @Test
    void inputFailingBetweenDocumentsEndsWithOneReject() throws IOException {
        byte[] weekly = fixture("three-grants.xml");
        // The first two documents whole (document 3 starts at byte 3926), then the failure.
        List<Ingested> all = assertTimeoutPreemptively(QUICKLY,
                () -> readAll("three-grants.xml", () -> failingAfter(weekly, 3926)));
        assertThat(pubIds(all)).containsExactly("US-7999901-B2", "US-7999902-B2");
        assertThat(rejects(all)).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
            assertThat(r.locator()).isEqualTo("doc 2, line 63, byte 1976");
            assertThat(r.reason()).isEqualTo("input ends in error after this document: IOException: connection reset");
        });
    }
}
