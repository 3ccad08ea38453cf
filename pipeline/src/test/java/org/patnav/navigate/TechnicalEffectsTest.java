package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patnav.normalize.RuleFiles;

/** The shipped effects table (effects.tsv) and the checks of its loader: each failure names the file and line. */
class TechnicalEffectsTest {

    private static TechnicalEffects read(String rows) throws IOException {
        return TechnicalEffects.of(RuleFiles.lines(
                new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), "effects.tsv", 5));
    }

    @Test
    void shipsTheIssuesExamples() {
        Map<String, TechnicalEffect> byLabel = new HashMap<>();
        TechnicalEffects.shipped().all().forEach(e -> byLabel.put(e.labelZh(), e));
        assertThat(byLabel).containsKeys("提高产率", "降低成本", "提高稳定性", "降低毒副作用", "提高生物利用度", "改善口感",
                "提高能量密度", "延长寿命", "提高安全性");
        // 节能 is stated as 节约能源, 降低能耗 ...: the bare word is also the middle of 调节能力 (effects.tsv header).
        assertThat(byLabel.get("节约能源").id()).isEqualTo("energy-saving");
        assertThat(byLabel.get("提高产率").labelEn()).isEqualTo("higher yield");
    }

    @Test
    void everySectorsMatrixHasAtLeastADozenEffectsBesideTheGeneralOnes() {
        TechnicalEffects effects = TechnicalEffects.shipped();
        long general = effects.all().stream().filter(e -> e.sectors().isEmpty()).count();
        assertThat(general).isGreaterThanOrEqualTo(10);
        for (String sector : Sectors.SHIPPED) {
            assertThat(effects.forSector(sector)).as(sector).hasSizeGreaterThanOrEqualTo((int) general + 5);
        }
        assertThat(effects.forSector("tcm")).extracting(TechnicalEffect::id)
                .contains("lower-toxicity", "better-taste").doesNotContain("higher-energy-density");
    }

    @Test
    void everyEffectHasBothLanguagesASourceAndPhrasesNoOtherEffectUses() {
        List<TechnicalEffect> effects = TechnicalEffects.shipped().all();
        assertThat(effects).allSatisfy(e -> {
            assertThat(e.zh()).isNotEmpty();
            assertThat(e.en()).isNotEmpty();
            assertThat(e.source()).isNotBlank();
        });
        // A phrase listed for two effects would count one statement twice in the matrix.
        List<String> phrases = effects.stream().flatMap(e -> Stream.concat(e.zh().stream(), e.en().stream())).toList();
        assertThat(phrases).doesNotHaveDuplicates();
        // Every phrase analyses to words the matcher can look for.
        new EffectMatcher(effects);
    }

    @Test
    void readsARowWithAndWithoutSectors() throws IOException {
        TechnicalEffects effects = read("""
                # id	zh	en	sectors	source
                lower-cost	降低成本|成本低	reduce the cost		issue 13
                better-taste	改善口感	improve the taste	tcm	issue 13
                """);
        assertThat(effects.all()).containsExactly(
                new TechnicalEffect("lower-cost", List.of("降低成本", "成本低"), List.of("reduce the cost"), Set.of(), "issue 13"),
                new TechnicalEffect("better-taste", List.of("改善口感"), List.of("improve the taste"), Set.of("tcm"), "issue 13"));
        assertThat(effects.forSector("equipment")).extracting(TechnicalEffect::id).containsExactly("lower-cost");
    }

    @Test
    void rejectsABadRowNamingTheFileAndLine() {
        assertThatThrownBy(() -> read("lower-cost\t降低成本\treduce the cost\t\tissue 13\nlower-cost\t成本低\tlow cost\t\tissue 13\n"))
                .hasMessage("effects.tsv line 2: effect id 'lower-cost' is used twice");
        assertThatThrownBy(() -> read("lower-cost\t降低成本\treduce the cost\tpharma\tissue 13\n"))
                .hasMessage("effects.tsv line 1: effect 'lower-cost': 'pharma' is not a shipped sector [tcm, equipment, new-energy]");
        assertThatThrownBy(() -> read("lower-cost\t降低成本||成本低\treduce the cost\t\tissue 13\n"))
                .hasMessage("effects.tsv line 1: effect 'lower-cost': a blank zh phrase (phrases are joined by |)");
        assertThatThrownBy(() -> read("lower-cost\t降低成本\t\t\tissue 13\n"))
                .hasMessage("effects.tsv line 1: effect 'lower-cost': a blank en phrase (phrases are joined by |)");
        assertThatThrownBy(() -> read("lower-cost\t降低…成本\treduce the cost\t\tissue 13\n"))
                .hasMessage("effects.tsv line 1: effect 'lower-cost': the first zh phrase is the label, written without …");
        assertThatThrownBy(() -> read("lower-cost\t降低成本|降低……成本\treduce the cost\t\tissue 13\n"))
                .hasMessage("effects.tsv line 1: effect 'lower-cost': '降低……成本' has an empty part (… stands between two parts)");
        assertThatThrownBy(() -> read("lower-cost\t降低成本\treduce the cost\t\t\n"))
                .hasMessage("effects.tsv line 1: effect 'lower-cost' cites no source");
        assertThatThrownBy(() -> read("Lower Cost\t降低成本\treduce the cost\t\tissue 13\n"))
                .hasMessage("effects.tsv line 1: effect id 'Lower Cost' must be lower-case letters, digits and dashes");
        assertThatThrownBy(() -> read("lower-cost\t降低成本\treduce the cost\n"))
                .hasMessage("effects.tsv line 1: expected 5 tab-separated columns, found 3");
    }

    @Test
    void rejectsAPhraseWithNothingToLookFor() {
        TechnicalEffect punctuation = new TechnicalEffect("odd", List.of("——"), List.of("cost"), Set.of(), "test");
        assertThatThrownBy(() -> new EffectMatcher(List.of(punctuation)))
                .hasMessage("effect 'odd': the phrase '——' has a part with no words to look for");
    }
}
