package org.patnav.navigate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.patnav.index.PatentAnalyzers;
import org.patnav.index.PatentDocuments;
import org.patnav.model.Publication;

/**
 * A PatNav index in memory, built the way {@code ShardWriter} builds a shard (the per-field analyzers,
 * one document per publication from {@link PatentDocuments#toDocument}), so sector tests run the real
 * analysis and queries over a handful of hand-built publications.
 */
final class InMemoryIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private InMemoryIndex(ByteBuffersDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    static InMemoryIndex of(List<Publication> publications) {
        return build(publications, false);
    }

    /** One segment per publication, as an index written in several flushes has: doc ids then need a base. */
    static InMemoryIndex segmented(List<Publication> publications) {
        return build(publications, true);
    }

    private static InMemoryIndex build(List<Publication> publications, boolean segmentPerPublication) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            IndexWriterConfig config = new IndexWriterConfig(PatentAnalyzers.perField())
                    .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Publication p : publications) {
                    writer.addDocument(PatentDocuments.toDocument(p));
                    if (segmentPerPublication) {
                        writer.commit();
                    }
                }
            }
            return new InMemoryIndex(directory, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build an in-memory index", e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** Every match of the sectors as "pub id clause", in the matcher's (sector, clause, document) order. */
    List<String> matches(CompiledSector... sectors) {
        List<String> out = new ArrayList<>();
        SectorMatcher.matches(searcher, List.of(sectors)).forEachRemaining(m -> out.add(m.pubId() + " " + m.clause()));
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
