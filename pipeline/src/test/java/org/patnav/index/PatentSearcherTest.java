package org.patnav.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.patnav.index.SearchResult.FacetCount;
import org.patnav.index.SearchResult.Hit;
import org.patnav.model.Publication;

/**
 * Search over the six {@link TestPatents}, written as one shard and as the same documents split over
 * two: every expectation below holds for both layouts, since totals, facets and scores are computed
 * across all shards as if they were one index.
 */
class PatentSearcherTest {

    enum Layout {
        ONE_SHARD, TWO_SHARDS
    }

    @TempDir
    Path dir;

    private PatentSearcher open(Layout layout) throws IOException {
        List<Path> shards = switch (layout) {
            case ONE_SHARD -> List.of(TestPatents.shard(dir.resolve("shard-00000"), TestPatents.ALL));
            case TWO_SHARDS -> List.of(
                    TestPatents.shard(dir.resolve("shard-00000"), List.of(TestPatents.TCM_SLICES,
                            TestPatents.BATTERY_MANAGEMENT, TestPatents.SLICING_DEVICE)),
                    TestPatents.shard(dir.resolve("shard-00001"), List.of(TestPatents.TCM_COMPOSITION,
                            TestPatents.BATTERY_POLE_PIECE, TestPatents.US_SILICON_ANODE)));
        };
        return PatentSearcher.open(shards, TestPatents.NAMES);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void totalsAreExact(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            assertThat(s.documents()).isEqualTo(6);
            assertThat(s.search("中药", 10, List.of()).total()).isEqualTo(2);
            assertThat(s.search("电池", 10, List.of()).total()).isEqualTo(2);
            assertThat(s.search("battery", 10, List.of()).total()).isEqualTo(2);
            assertThat(s.search("applicant:华为技术有限公司", 10, List.of()).total()).isEqualTo(3);
            assertThat(s.search("*:*", 10, List.of()).total()).isEqualTo(6);
            assertThat(s.search("中药 AND country:us", 10, List.of()).total()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void hitsComeInScoreOrderWithWhatTheyShow(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            SearchResult r = s.search("title:饮片", 10, List.of());
            // Both titles hold 饮片 once; BM25 ranks the shorter title (饮片切片机, 4 bigrams) above
            // the longer one (中药材饮片的炮制方法, 9 bigrams). The order does not depend on which
            // shard a document sits in, because the statistics are those of all shards.
            assertThat(r.hits()).extracting(Hit::pubId).containsExactly("CN-105000006-A", "CN-102000002-B");
            assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
            Hit top = r.hits().get(0);
            assertThat(top.applicationId()).isEqualTo("CN-201610000006");
            assertThat(top.title()).isEqualTo("饮片切片机");
            assertThat(top.firstApplicant()).isEqualTo("李四");
            assertThat(top.filingDate()).isEqualTo("2016-02-29");
            assertThat(top.snippet()).isEqualTo("一种[饮片]切片机，包括机架、刀盘和输送带，切片厚度可调。");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void displayTitleIsTheChineseOneAndOwnerTheAssignee(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            Hit cn = s.search("pub_id:CN-101000001-A", 10, List.of()).hits().get(0);
            assertThat(cn.title()).isEqualTo("一种中药组合物");
            Hit us = s.search("pub_id:US-10000005-B2", 10, List.of()).hits().get(0);
            assertThat(us.title()).isEqualTo("Lithium-ion batteries with silicon anodes");
            assertThat(us.firstApplicant()).isEqualTo(TestPatents.HUAWEI);
            assertThat(us.filingDate()).isEqualTo("2014-12-31");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void snippetMarksTheQueryTermsInBrackets(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            assertThat(s.search("中药 AND ipc:A61K36/185", 10, List.of()).hits()).extracting(Hit::snippet)
                    .containsExactly("本发明公开了一种[中药]组合物，由黄芪和当归制成，用于治疗糖尿病。");
            // A three-character word is two overlapping bigrams; it is still one marked passage.
            assertThat(s.search("组合物", 10, List.of()).hits()).extracting(Hit::snippet)
                    .containsExactly("本发明公开了一种中药[组合物]，由黄芪和当归制成，用于治疗糖尿病。");
            // English words are marked in their inflected form, found through the stem.
            assertThat(s.search("pub_id:US-10000005-B2 AND batteries", 10, List.of()).hits())
                    .extracting(Hit::snippet)
                    .containsExactly("A lithium-ion [battery] has an anode of silicon particles in a carbon matrix.");
            // Nothing of the query in the abstract: the title is shown, marked.
            assertThat(s.search("title:\"pole piece\"", 10, List.of()).hits()).extracting(Hit::snippet)
                    .containsExactly("锂离子电池极片 Lithium-ion battery [pole] [piece]");
        }
    }

    @Test
    void bracketsOfTheAbstractItselfAreNotMatches() throws Exception {
        Publication.Builder formula = TestPatents.TCM_COMPOSITION.toBuilder();
        formula.abstractText.put("zh", "本发明涉及式[I]所示的化合物及其制备方法。");
        Publication.Builder longer = TestPatents.TCM_SLICES.toBuilder();
        longer.abstractText.put("zh", "式[II]化合物" + "的制备".repeat(30) + "，用于中药饮片的炮制" + "和干燥".repeat(40) + "。");
        Path shard = TestPatents.shard(dir.resolve("shard-00000"), List.of(formula.build(), longer.build()));
        try (PatentSearcher s = PatentSearcher.open(List.of(shard), TestPatents.NAMES)) {
            // 中药 is in the title only: the title is shown with the match, not the abstract's [I].
            assertThat(s.search("中药 AND ipc:A61K36/185", 10, List.of()).hits()).extracting(Hit::snippet)
                    .containsExactly("一种[中药]组合物 Traditional Chinese medicine composition");
            // A long abstract is cut to 160 characters from 40 before its first match, not before its
            // first bracket.
            assertThat(s.search("饮片 AND ipc:A61K36/18", 10, List.of()).hits()).extracting(Hit::snippet)
                    .containsExactly("…" + "的制备".repeat(30).substring(55) + "，用于中药[饮片]的炮制"
                            + "和干燥".repeat(40).substring(0, 113) + "…");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void facetsCountEveryMatchingDocument(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            SearchResult r = s.search("*:*", 10, IndexFields.FACETS);
            Map<String, List<FacetCount>> f = r.facets();
            assertThat(f.keySet()).containsExactly("ipc", "applicant", "year", "region", "type", "country");
            // Ties are listed in label order.
            assertThat(f.get("ipc")).containsExactly(new FacetCount("H01M", 3), new FacetCount("A61K", 2),
                    new FacetCount("A61P", 1), new FacetCount("B26D", 1), new FacetCount("H02J", 1));
            assertThat(f.get("applicant")).containsExactly(new FacetCount(TestPatents.HUAWEI, 3),
                    new FacetCount("亳州市华佗中药有限公司", 1), new FacetCount("安徽某某药业有限公司", 1),
                    new FacetCount("李四", 1));
            // Years in calendar order, not by count.
            assertThat(f.get("year")).containsExactly(new FacetCount("2014", 1), new FacetCount("2015", 2),
                    new FacetCount("2016", 2), new FacetCount("2019", 1));
            assertThat(f.get("region")).containsExactly(new FacetCount("440307", 2), new FacetCount("340100", 1),
                    new FacetCount("341602", 1));
            assertThat(f.get("type")).containsExactly(new FacetCount("invention", 5),
                    new FacetCount("utility_model", 1));
            assertThat(f.get("country")).containsExactly(new FacetCount("CN", 5), new FacetCount("US", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void facetsCountOnlyTheMatches(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            SearchResult r = s.search("battery OR 电池", 10, List.of("applicant", "year", "ipc"));
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.facets().get("applicant")).containsExactly(new FacetCount(TestPatents.HUAWEI, 3));
            assertThat(r.facets().get("year")).containsExactly(new FacetCount("2014", 1),
                    new FacetCount("2016", 1), new FacetCount("2019", 1));
            assertThat(r.facets().get("ipc")).containsExactly(new FacetCount("H01M", 3), new FacetCount("H02J", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void limitZeroStillCountsAndFacets(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            SearchResult r = s.search("country:cn", 0, List.of("type"));
            assertThat(r.total()).isEqualTo(5);
            assertThat(r.hits()).isEmpty();
            assertThat(r.facets().get("type")).containsExactly(new FacetCount("invention", 4),
                    new FacetCount("utility_model", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void limitCutsHitsNotTotal(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            SearchResult r = s.search("country:cn", 2, List.of());
            assertThat(r.total()).isEqualTo(5);
            assertThat(r.hits()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void noMatchGivesEmptyFacets(Layout layout) throws Exception {
        try (PatentSearcher s = open(layout)) {
            SearchResult r = s.search("title:不存在", 10, List.of("ipc", "year"));
            assertThat(r.total()).isZero();
            assertThat(r.hits()).isEmpty();
            assertThat(r.facets()).containsExactly(Map.entry("ipc", List.of()), Map.entry("year", List.of()));
        }
    }

    @Test
    void unknownFacetNamesTheKnownOnes() throws Exception {
        try (PatentSearcher s = open(Layout.ONE_SHARD)) {
            assertThatThrownBy(() -> s.search("中药", 10, List.of("ipc", "inventor")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown facet 'inventor' (facets: ipc, applicant, year, region, type, country)");
        }
    }

    @Test
    void facetThatNoDocumentHasIsEmpty() throws Exception {
        // A US-only index has no region codes at all; region is still a facet an analyst may ask for.
        Path shard = TestPatents.shard(dir.resolve("shard-00000"), List.of(TestPatents.US_SILICON_ANODE,
                TestPatents.SLICING_DEVICE));
        try (PatentSearcher s = PatentSearcher.open(List.of(shard), TestPatents.NAMES)) {
            SearchResult r = s.search("*:*", 10, List.of("region", "country"));
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.facets().get("region")).isEmpty();
            assertThat(r.facets().get("country")).containsExactly(new FacetCount("CN", 1), new FacetCount("US", 1));
        }
    }

    @Test
    void indexWithoutDocumentsFindsNothing() throws Exception {
        // An empty warehouse gives one empty shard; a shard can also be empty beside full ones.
        Path empty = TestPatents.shard(dir.resolve("shard-00000"), List.of());
        try (PatentSearcher s = PatentSearcher.open(List.of(empty), TestPatents.NAMES)) {
            SearchResult r = s.search("*:*", 10, List.of("ipc", "year"));
            assertThat(s.documents()).isZero();
            assertThat(r.total()).isZero();
            assertThat(r.hits()).isEmpty();
            assertThat(r.facets()).containsExactly(Map.entry("ipc", List.of()), Map.entry("year", List.of()));
        }
        Path full = TestPatents.shard(dir.resolve("shard-00001"), TestPatents.ALL);
        try (PatentSearcher s = PatentSearcher.open(List.of(empty, full), TestPatents.NAMES)) {
            SearchResult r = s.search("*:*", 10, List.of("type"));
            assertThat(r.total()).isEqualTo(6);
            assertThat(r.facets().get("type")).containsExactly(new FacetCount("invention", 5),
                    new FacetCount("utility_model", 1));
        }
    }

    @Test
    void oneAndTwoShardsGiveTheSameResult() throws Exception {
        SearchResult one;
        try (PatentSearcher s = PatentSearcher.open(List.of(TestPatents.shard(dir.resolve("one"),
                TestPatents.ALL)), TestPatents.NAMES)) {
            one = s.search("电池 OR battery OR 中药", 10, IndexFields.FACETS);
        }
        SearchResult two;
        try (PatentSearcher s = PatentSearcher.open(List.of(
                TestPatents.shard(dir.resolve("a"), TestPatents.ALL.subList(0, 3)),
                TestPatents.shard(dir.resolve("b"), TestPatents.ALL.subList(3, 6))), TestPatents.NAMES)) {
            two = s.search("电池 OR battery OR 中药", 10, IndexFields.FACETS);
        }
        assertThat(two.total()).isEqualTo(one.total()).isEqualTo(5);
        assertThat(two.facets()).isEqualTo(one.facets());
        assertThat(two.hits().get(0)).isEqualTo(one.hits().get(0));
        assertThat(two.hits()).extracting(Hit::score).isEqualTo(one.hits().stream().map(Hit::score).toList());
    }
}
