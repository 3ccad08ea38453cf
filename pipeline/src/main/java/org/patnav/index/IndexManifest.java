package org.patnav.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code W/index/_index.json}: which warehouse snapshot the index was built from, how texts were
 * analysed, and its shards. Search compares the snapshot with the warehouse's and refuses a stale index.
 */
public record IndexManifest(
        @JsonProperty("snapshot_id") String snapshotId,
        @JsonProperty("built") String built,
        @JsonProperty("text_analyzer") String textAnalyzer,
        @JsonProperty("lucene_version") String luceneVersion,
        @JsonProperty("documents") long documents,
        @JsonProperty("shards") List<Shard> shards) {

    public static final String FILE = "_index.json";

    public record Shard(@JsonProperty("name") String name, @JsonProperty("documents") long documents) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    public static IndexManifest read(InputStream in) throws IOException {
        return JSON.readValue(in, IndexManifest.class);
    }
}
