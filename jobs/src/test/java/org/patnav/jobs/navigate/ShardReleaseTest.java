package org.patnav.jobs.navigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shard's reader and local copy are released once, by the exhausted matches or by the task's end. */
class ShardReleaseTest {

    @Test
    void releasingTwiceClosesTheReaderAndDeletesTheCopyOnce(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("patnav-shard-0");
        Path shard = copy.resolve("shard-0");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(shard), new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("pub_id", "CN-1-A", Field.Store.YES));
            writer.addDocument(d);
        }
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(shard));
        NavigateJob.ShardRelease release = new NavigateJob.ShardRelease("shard-0", reader, copy);

        release.run();
        assertThat(reader.getRefCount()).isZero();
        assertThat(Files.exists(copy)).isFalse();
        // The task's completion listener runs after the matches ran out: nothing left to do, no error.
        release.run();
        assertThat(reader.getRefCount()).isZero();
    }
}
