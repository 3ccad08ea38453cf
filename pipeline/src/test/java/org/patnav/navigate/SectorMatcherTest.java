package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.patnav.model.Publication;
import org.patnav.navigate.SectorMatcher.ClauseResult;
import org.patnav.navigate.SectorMatcher.SectorExplanation;

/** The matcher on a two-clause definition with an exclusion, over one-segment and many-segment indexes. */
class SectorMatcherTest {

    private static final String ROBOTS = """
            id: robots
            version: "1"
            name: {en: Robots}
            include:
              - id: manipulators
                ipc: [B25J]
              - id: robot-words
                keywords: {zh: [机器人], en: [robot]}
            exclude:
              - id: toys
                ipc: [A63H]
            """;

    private static final List<Publication> PUBLICATIONS = List.of(
            Pub.of("CN-1-A").ipc("B25J9/16").zh("一种机械臂", "六轴机械臂。").build(),
            Pub.of("CN-2-A").ipc("G06F9/451").en("Robot process automation", "Software robots fill in forms.").build(),
            Pub.of("CN-3-A").ipc("A63H11/00", "B25J11/00").zh("一种玩具机器人", "会走路。").build(),
            Pub.of("CN-4-A").ipc("A01B1/00").zh("一种锄头", "锄地。").build(),
            Pub.of("CN-5-A").ipc("B25J15/08").zh("一种码垛机器人抓手", "抓取纸箱。").build());

    private static CompiledSector robots() throws IOException {
        return CompiledSector.compile(SectorDefinition.read(
                new ByteArrayInputStream(ROBOTS.getBytes(StandardCharsets.UTF_8)), "robots.yaml"));
    }

    @Test
    void findsEveryClauseMatchInClauseThenDocumentOrder() throws IOException {
        try (InMemoryIndex index = InMemoryIndex.of(PUBLICATIONS)) {
            assertThat(index.matches(robots())).containsExactly(
                    "CN-1-A manipulators", "CN-5-A manipulators", "CN-2-A robot-words", "CN-5-A robot-words");
        }
    }

    @Test
    void findsTheSameAcrossSegments() throws IOException {
        try (InMemoryIndex index = InMemoryIndex.segmented(PUBLICATIONS)) {
            assertThat(index.searcher().getIndexReader().leaves()).hasSize(5);
            assertThat(index.matches(robots())).containsExactly(
                    "CN-1-A manipulators", "CN-5-A manipulators", "CN-2-A robot-words", "CN-5-A robot-words");
        }
    }

    @Test
    void anEmptyIndexHasNoMatches() throws IOException {
        try (InMemoryIndex index = InMemoryIndex.of(List.of())) {
            Iterator<SectorMatcher.Match> matches = SectorMatcher.matches(index.searcher(), List.of(robots()));
            assertThat(matches.hasNext()).isFalse();
            assertThatThrownBy(matches::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void explainsAnExcludedPublicationByTheIncludeClausesItMetAndTheExcludeClauseThatKeptItOut() throws IOException {
        try (InMemoryIndex index = InMemoryIndex.segmented(PUBLICATIONS)) {
            SectorExplanation toy = SectorMatcher.explain(index.searcher(), List.of(robots()), "CN-3-A").getFirst();
            assertThat(toy.member()).isFalse();
            assertThat(toy.include()).containsExactly(
                    new ClauseResult("manipulators", true, List.of("ipc:B25J")),
                    new ClauseResult("robot-words", true, List.of("title:机器人")));
            assertThat(toy.exclude()).containsExactly(new ClauseResult("toys", true, List.of("ipc:A63H")));

            SectorExplanation software = SectorMatcher.explain(index.searcher(), List.of(robots()), "CN-2-A").getFirst();
            assertThat(software.member()).isTrue();
            assertThat(software.include()).containsExactly(
                    new ClauseResult("manipulators", false, List.of()),
                    new ClauseResult("robot-words", true, List.of("title:robot", "abstract:robot")));
            assertThat(software.exclude()).containsExactly(new ClauseResult("toys", false, List.of()));
        }
    }

    @Test
    void showsAChineseKeywordAsWrittenNotAsTheCharacterPairsItIsIndexedAs() {
        assertThat(SectorMatcher.asWritten("title:\"的中 中药\"")).isEqualTo("title:的中药");
        assertThat(SectorMatcher.asWritten("abstract:\"锂离 离子 子电 电池\"")).isEqualTo("abstract:锂离子电池");
        // Pairs that do not chain are two words of a phrase, and English words are never joined.
        assertThat(SectorMatcher.asWritten("title:\"中药 电池\"")).isEqualTo("title:\"中药 电池\"");
        assertThat(SectorMatcher.asWritten("abstract:\"go on\"")).isEqualTo("abstract:\"go on\"");
        assertThat(SectorMatcher.asWritten("ipc:A61K36")).isEqualTo("ipc:A61K36");
    }
}
