package org.patnav.ingest.trademark;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * USPTO trademark status XML as TSDR serves it (one mark per document, WIPO ST.66 or ST.96; see
 * {@link TsdrDocument}). A document that cannot be used is one reject for the {@code trademarks} table.
 */
public final class TsdrXmlReader implements SourceReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.USPTO_TSDR;
    }

    @Override
    public boolean recognises(Head head) {
        return TsdrDocument.recognises(head.text());
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        InputStream in = entry.requireStream();
        SourceRef source = new SourceRef(SourceFormat.USPTO_TSDR, entry.name(), "document");
        Ingested record;
        try {
            record = new Ingested.TrademarkRecord(TsdrDocument.parse(in, source, context.parties(),
                    context.trademarkRules()));
        } catch (TsdrDocument.Unusable e) {
            record = new Ingested.Rejected(new Reject(SourceFormat.USPTO_TSDR, entry.name(), "document",
                    Reject.TABLE_TRADEMARKS, e.getMessage().startsWith("malformed") ? RejectReason.MALFORMED_RECORD
                    : RejectReason.MISSING_FIELD, e.getMessage(), Reject.excerpt(entry.head().text())));
        }
        return single(record, in);
    }

    /** A stream of exactly one record. */
    private static RecordStream single(Ingested record, InputStream in) {
        return new RecordStream() {
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Ingested next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                done = true;
                return record;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
