package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;

/**
 * Keyword-only sector definitions scored against the CPC labels of 19 real CN G06F publications. Only
 * titles and abstracts are indexed; the labels are the truth. The expected counts are what these
 * definitions measured on this sample, pinned as a regression check: they are not targets, and a
 * change that moves them should say why in its commit.
 */
class G06fKeywordSectorsTest {

    private static List<CpcLabelledAbstracts.Row> rows;

    @BeforeAll
    static void read() throws IOException {
        rows = CpcLabelledAbstracts.read(RealData.path("cn-g06f-abstracts-csv/sample_train.csv"));
    }

    @Test
    void sampleHoldsNineteenLabelledPublications() {
        assertThat(rows).hasSize(19);
        assertThat(rows.getFirst().pubId()).isEqualTo("CN-117151122-A");
        assertThat(rows.getFirst().title()).isEqualTo("一种基于自然语言处理的银行客服会话问答处理方法及系统");
        assertThat(rows.getFirst().labels()).containsExactly("G06F16/3329", "G06F16/35", "G06F40/247",
                "G06F40/253", "G06F40/284", "G06F40/35");
        assertThat(rows.get(2).pubId()).isEqualTo("CN-118395868-A");
        assertThat(rows.get(2).title()).isEqualTo("一种耦合机理模型和深度学习的洪水预报模型和方法");
    }

    @Test
    void naturalLanguageProcessingByKeywords() throws IOException {
        SectorScore score = score("g06f40-nlp.yaml", "G06F40");
        // Measured on the sample, not a target.
        assertThat(score).isEqualTo(new SectorScore("g06f40-nlp", 3, 1, 0));
    }

    @Test
    void patternRecognitionByKeywords() throws IOException {
        SectorScore score = score("g06f18-pattern-recognition.yaml", "G06F18");
        // Measured on the sample, not a target.
        assertThat(score).isEqualTo(new SectorScore("g06f18-pattern-recognition", 3, 6, 1));
    }

    private static SectorScore score(String definition, String cpcPrefix) throws IOException {
        SectorDefinition d;
        try (InputStream in = G06fKeywordSectorsTest.class.getResourceAsStream("g06f/" + definition)) {
            d = SectorDefinition.read(in, definition);
        }
        Set<String> predicted = new HashSet<>();
        try (InMemoryIndex index = InMemoryIndex.of(rows.stream().map(CpcLabelledAbstracts.Row::toPublication).toList())) {
            Iterator<SectorMatcher.Match> matches = SectorMatcher.matches(index.searcher(), List.of(CompiledSector.compile(d)));
            matches.forEachRemaining(m -> predicted.add(m.pubId()));
        }
        Set<String> labelled = rows.stream().filter(r -> r.hasLabelStartingWith(cpcPrefix))
                .map(CpcLabelledAbstracts.Row::pubId).collect(Collectors.toSet());
        Set<String> universe = rows.stream().map(CpcLabelledAbstracts.Row::pubId).collect(Collectors.toSet());
        SectorScore s = SectorScore.of(d.id(), predicted, labelled, universe);
        System.out.printf(Locale.ROOT, "%s vs CPC %s* on %d real CN G06F publications: labelled %d, found %d,"
                        + " tp %d fp %d fn %d, precision %.3f recall %.3f F1 %.3f%n", d.id(), cpcPrefix, universe.size(),
                labelled.size(), predicted.size(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.precision(), s.recall(), s.f1());
        System.out.printf(Locale.ROOT, "  false positives %s, false negatives %s%n",
                predicted.stream().filter(id -> !labelled.contains(id)).sorted().toList(),
                labelled.stream().filter(id -> !predicted.contains(id)).sorted().toList());
        return s;
    }
}
