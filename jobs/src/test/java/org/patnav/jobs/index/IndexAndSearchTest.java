package org.patnav.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.warehouse.IndexLocation;
import org.patnav.index.IndexManifest;
import org.patnav.index.PatentSearcher;
import org.patnav.index.SearchResult;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.ApplicantNames;

/**
 * The index job and search over the committed sample world: golden hit counts for Chinese and English
 * queries, identical statistics whatever the shard count, and refusal of a stale index.
 */
class IndexAndSearchTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/patnav/jobs/index/search-golden.tsv");

    /** Queries an analyst would type, Chinese and English, over every kind of field. */
    private static final List<String> QUERIES = List.of(
            "中药",
            "title:中药 AND ipc:A61K36*",
            "饮片 OR 炮制",
            "ipc:A61K36/65",
            "ipc:\"A61K 36/65\"",
            "ipc:H01M10*",
            "cpc:H01M*",
            "abstract:\"lithium-ion battery\"",
            "battery",
            "batteries",
            "机器人 AND NOT type:design",
            "robot OR 机器人",
            "region:341600",
            "region:341621 AND type:utility_model",
            "applicant_text:华佗",
            "filing_date:[2015-01-01 TO 2019-12-31] AND type:invention",
            "year:[2020 TO 2025] AND country:US",
            "grant_date:2019",
            "country:cn AND kind:b");

    private static PatentSearcher open(Path warehouse) throws IOException {
        Warehouse w = new Warehouse(warehouse.toString(), new Configuration());
        IndexManifest m = IndexLocation.currentManifest(w);
        return PatentSearcher.open(IndexLocation.localShards(w, m), ApplicantNames.defaults());
    }

    @Test
    void hitCountsMatchTheGoldenFile() throws Exception {
        List<String> lines = new ArrayList<>();
        try (PatentSearcher searcher = open(SampleWarehouse.get().warehouse)) {
            for (String q : QUERIES) {
                SearchResult r = searcher.search(q, 1, List.of());
                lines.add(q + "\t" + r.total() + "\t" + (r.hits().isEmpty() ? "-" : r.hits().get(0).pubId()));
            }
        }
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
        }
        assertThat(lines).isEqualTo(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void everyPublicationIsIndexedOnceAndFacetsSpanTheIndex() throws Exception {
        SampleWarehouse sample = SampleWarehouse.get();
        assertThat(sample.index.documents()).isEqualTo(sample.ingest.patents());
        try (PatentSearcher searcher = open(sample.warehouse)) {
            SearchResult all = searcher.search("country:CN OR country:US OR country:EP OR country:JP OR country:KR", 1,
                    List.of("country", "type"));
            assertThat(all.total()).isEqualTo(sample.ingest.patents());
            assertThat(all.facets().get("country").stream().mapToLong(SearchResult.FacetCount::count).sum())
                    .isEqualTo(sample.ingest.patents());
        }
    }

    @Test
    void rebuildingGivesTheSameDocumentsAndTermStatisticsWhateverTheShards(@TempDir Path tmp) throws Exception {
        SampleWarehouse sample = SampleWarehouse.get();
        Path copy = sample.copy(tmp.resolve("w"));
        IndexJob.Result three = new IndexJob(SharedSpark.get(), new IndexJob.Options(copy.toString(), 3),
                Progress.SILENT).run();
        assertThat(three.shards()).hasSize(3);
        assertThat(three.documents()).isEqualTo(sample.index.documents());
        assertThat(statistics(copy)).isEqualTo(statistics(sample.warehouse));
    }

    @Test
    void aStaleIndexIsRefused(@TempDir Path tmp) throws Exception {
        Path copy = SampleWarehouse.get().copy(tmp.resolve("w"));
        // As a later ingest would have committed it: the same tables under a new snapshot.
        Warehouse w = new Warehouse(copy.toString(), new Configuration());
        com.fasterxml.jackson.databind.node.ObjectNode later =
                (com.fasterxml.jackson.databind.node.ObjectNode) w.snapshot().orElseThrow().deepCopy();
        later.put("number", later.get("number").asLong() + 1).put("snapshot_id", "ingest-later");
        w.commit(later);
        assertThatThrownBy(() -> open(copy)).hasMessageContaining("the index is stale")
                .hasMessageContaining("now at ingest-later").hasMessageContaining("./patnav index --warehouse");
    }

    /** Per field: documents with the field, sum of document frequencies, sum of term frequencies. */
    private static Map<String, List<Long>> statistics(Path warehouse) throws IOException {
        Warehouse w = new Warehouse(warehouse.toString(), new Configuration());
        Map<String, List<Long>> out = new TreeMap<>();
        for (Path shard : IndexLocation.localShards(w, IndexLocation.currentManifest(w))) {
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(shard))) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    FieldInfos infos = leaf.reader().getFieldInfos();
                    for (FieldInfo fi : infos) {
                        Terms terms = leaf.reader().terms(fi.name);
                        if (terms == null) {
                            continue;
                        }
                        List<Long> s = out.computeIfAbsent(fi.name, k -> new ArrayList<>(List.of(0L, 0L, 0L)));
                        s.set(0, s.get(0) + terms.getDocCount());
                        s.set(1, s.get(1) + terms.getSumDocFreq());
                        s.set(2, s.get(2) + terms.getSumTotalTermFreq());
                    }
                }
            }
        }
        return out;
    }
}
