package org.patnav.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code _index.json}, written by the index job and read by search and navigate. */
class IndexManifestTest {

    private static final IndexManifest MANIFEST = new IndexManifest("snap-20261124-0001", "2026-11-24T21:58:09Z",
            PatentAnalyzers.TEXT_ANALYZER, "10.5.0", 6,
            List.of(new IndexManifest.Shard("shard-00000", 3), new IndexManifest.Shard("shard-00001", 3)));

    @Test
    void roundTripKeepsEveryField() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MANIFEST.write(out);
        assertThat(IndexManifest.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(MANIFEST);
    }

    @Test
    void fieldsAreNamedInSnakeCase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MANIFEST.write(out);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.properties()).extracting(e -> e.getKey())
                .containsExactly("snapshot_id", "built", "text_analyzer", "lucene_version", "documents", "shards");
        assertThat(json.get("snapshot_id").asText()).isEqualTo("snap-20261124-0001");
        assertThat(json.get("text_analyzer").asText()).isEqualTo("icu-bigram");
        assertThat(json.get("documents").asLong()).isEqualTo(6);
        assertThat(json.get("shards").get(1).get("name").asText()).isEqualTo("shard-00001");
        assertThat(json.get("shards").get(1).get("documents").asLong()).isEqualTo(3);
    }

    @Test
    void readsAManifestAsTheJobWritesIt() throws Exception {
        String text = """
                {
                  "snapshot_id" : "s1",
                  "built" : "2026-11-24T21:58:09Z",
                  "text_analyzer" : "icu-bigram",
                  "lucene_version" : "10.5.0",
                  "documents" : 2,
                  "shards" : [ { "name" : "shard-00000", "documents" : 2 } ]
                }
                """;
        assertThat(IndexManifest.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new IndexManifest("s1", "2026-11-24T21:58:09Z", "icu-bigram", "10.5.0", 2,
                        List.of(new IndexManifest.Shard("shard-00000", 2))));
    }
}
