package org.patnav.ingest;

import java.util.Map;
import org.patnav.model.LegalEvent;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;

/** What a reader yields for each source record: exactly one of these. */
public sealed interface Ingested {

    SourceFormat format();

    record PatentRecord(Publication publication) implements Ingested {
        @Override
        public SourceFormat format() {
            return publication.source().format();
        }
    }

    record EventRecord(LegalEvent event) implements Ingested {
        @Override
        public SourceFormat format() {
            return event.source().format();
        }
    }

    record TrademarkRecord(Trademark trademark) implements Ingested {
        @Override
        public SourceFormat format() {
            return trademark.source().format();
        }
    }

    record Rejected(Reject reject) implements Ingested {
        @Override
        public SourceFormat format() {
            return reject.format();
        }
    }

    /**
     * One row of a table that becomes a patent only when joined with its sibling tables
     * (PatentsView). Rows join on {@code (setId, joinKey)}; party rows also carry the
     * {@code locationId} they reference.
     *
     * @param setId   the release the table belongs to (the directory or archive it was found in), so
     *                two releases given together do not mix rows
     * @param excerpt the row's raw text as a reject shows it ({@link Reject#excerpt}): a row rejected when
     *                joined shows what the file holds, in the file's order, whatever order the fields took
     */
    record TableRow(SourceRef source, String setId, String table, String joinKey, String locationId,
                    Map<String, String> fields, String excerpt) implements Ingested {

        /** A row whose excerpt is its values, tab-separated, in the fields' order (hand-built rows, tests). */
        public TableRow(SourceRef source, String setId, String table, String joinKey, String locationId,
                        Map<String, String> fields) {
            this(source, setId, table, joinKey, locationId, fields, Reject.excerpt(String.join("\t", fields.values())));
        }

        @Override
        public SourceFormat format() {
            return source.format();
        }
    }

    /** A code an office's code-table file defines (USPTO MaintFeeEventsDesc). */
    record CodeDefinition(SourceRef source, String code, String description) implements Ingested {
        @Override
        public SourceFormat format() {
            return source.format();
        }
    }
}
