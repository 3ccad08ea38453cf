package org.patnav.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.patnav.model.Publication;

/**
 * Builds one index shard in a local directory from a stream of publications, with one writer on one
 * thread: the Spark index job runs one of these per partition, so shards build in parallel across
 * executors. The shard is merged to a single segment at the end, since it is written once and then
 * only read.
 */
public final class ShardWriter {

    private static final double RAM_BUFFER_MB = 256;

    private ShardWriter() {
    }

    /** @return the number of documents written */
    public static long write(Iterator<Publication> publications, Path directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(PatentAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false);
        long docs = 0;
        try (FSDirectory dir = FSDirectory.open(directory); IndexWriter writer = new IndexWriter(dir, config)) {
            while (publications.hasNext()) {
                writer.addDocument(PatentDocuments.toDocument(publications.next()));
                docs++;
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return docs;
    }
}
