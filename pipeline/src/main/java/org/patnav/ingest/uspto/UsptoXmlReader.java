package org.patnav.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.LookaheadRecordStream;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * USPTO full-text XML, grants ({@code us-patent-grant}) and pre-grant publications
 * ({@code us-patent-application}), DTD v4.0 (2005) to v4.7: single documents and the weekly
 * concatenated bulk files. Streaming: one StAX parser per document over a bounded window.
 * Each document is one record; a malformed or truncated document, or one that is not a patent
 * (the sequence listings weekly files carry), is a reject and reading goes on with the next.
 */
public final class UsptoXmlReader implements SourceReader {

    private static final int EXCERPT_BYTES = 1024;

    @Override
    public SourceFormat format() {
        return SourceFormat.USPTO_XML;
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        String start = text.length() > 8192 ? text.substring(0, 8192) : text;
        return start.contains("<us-patent-grant") || start.contains("<us-patent-application")
                || start.contains("<!DOCTYPE us-patent-grant") || start.contains("<!DOCTYPE us-patent-application");
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        return new Documents(entry.name(), entry.requireStream(), context);
    }

    private static final class Documents extends LookaheadRecordStream {
        private final String file;
        private final InputStream raw;
        private final ConcatenatedXml split;
        private final IngestContext context;

        Documents(String file, InputStream raw, IngestContext context) {
            this.file = file;
            this.raw = raw;
            this.split = new ConcatenatedXml(raw);
            this.context = context;
        }



        @Override
        protected Ingested readNext() {
            try {
                if (!split.nextDocument()) {
                    return null;
                }
            } catch (IOException e) {
                return reject(RejectReason.TRUNCATED, "input ends in error after this document: "
                        + describe(e), null);
            }
            HeadKeepingStream doc = new HeadKeepingStream(split.document(), EXCERPT_BYTES);
            XMLStreamReader xml = null;
            try {
                xml = SafeXml.factory().createXMLStreamReader(doc);
                String root = UsptoDocumentParser.root(xml);
                if (root == null) {
                    return reject(RejectReason.TRUNCATED, "empty document", doc.excerpt());
                }
                if (!root.equals("us-patent-grant") && !root.equals("us-patent-application")) {
                    return reject(RejectReason.NOT_A_PATENT_DOCUMENT,
                            "document <" + root + "> is not a patent grant or application", doc.excerpt());
                }
                var builder = new UsptoDocumentParser(xml, context.parties()).parse();
                builder.source = new SourceRef(SourceFormat.USPTO_XML, file, locator());
                return new Ingested.PatentRecord(builder.build());
            } catch (XMLStreamException e) {
                if (e.getNestedException() instanceof IOException io) {
                    return reject(RejectReason.TRUNCATED, "input ends in error inside this document: "
                            + describe(io), doc.excerpt());
                }
                boolean truncated = e.getMessage() != null && e.getMessage().contains("Unexpected EOF");
                return reject(truncated ? RejectReason.TRUNCATED : RejectReason.MALFORMED_RECORD,
                        "malformed XML" + at(e.getLocation()) + ": " + firstLine(e.getMessage()), doc.excerpt());
            } catch (UsptoDocumentParser.Invalid e) {
                return reject(e.reason, e.getMessage(), doc.excerpt());
            } finally {
                close(xml);
            }
        }

        private String at(Location location) {
            if (location == null) {
                return "";
            }
            return " at line " + (split.documentLine() + location.getLineNumber() - 1)
                    + ", column " + location.getColumnNumber();
        }

        private static String describe(IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "";
            }
            int nl = message.indexOf('\n');
            return nl < 0 ? message : message.substring(0, nl);
        }

        private String locator() {
            return "doc " + split.documentIndex() + ", line " + split.documentLine() + ", byte "
                    + split.documentOffset();
        }

        private Ingested reject(RejectReason reason, String message, String excerpt) {
            return new Ingested.Rejected(new Reject(SourceFormat.USPTO_XML, file, locator(),
                    Reject.TABLE_PATENTS, reason, message, Reject.excerpt(excerpt)));
        }

        private static void close(XMLStreamReader xml) {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing a StAX reader releases buffers only; the document is already read
                }
            }
        }

        @Override
        public void close() throws IOException {
            raw.close();
        }
    }

    /** Keeps the first bytes of a document (past the declaration and DOCTYPE) for reject excerpts. */
    private static final class HeadKeepingStream extends InputStream {
        private final InputStream in;
        private final byte[] head;
        private int kept;

        HeadKeepingStream(InputStream in, int size) {
            this.in = in;
            this.head = new byte[size];
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && kept < head.length) {
                head[kept++] = (byte) b;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && kept < head.length) {
                int copy = Math.min(n, head.length - kept);
                System.arraycopy(b, off, head, kept, copy);
                kept += copy;
            }
            return n;
        }

        String excerpt() {
            String s = new String(head, 0, kept, StandardCharsets.UTF_8);
            int root = s.indexOf("<us-");
            if (root < 0) {
                int doctype = s.indexOf("]>");
                root = doctype < 0 ? 0 : doctype + 2;
            }
            return s.substring(root);
        }
    }
}
