package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.navigate.EffectMatcher.Part;
import org.patnav.navigate.EffectMatcher.StatedEffect;

/**
 * The effect rule of {@link EffectMatcher} (phrase containment after the index's text analysis, with
 * negation) over the shipped {@code effects.tsv}, on hand-written abstracts and first claims. The
 * effects are the examples of issue 13 (提高产率, 降低成本, 提高稳定性, 节能 ...).
 */
class EffectMatcherTest {

    private static final TechnicalEffects EFFECTS = TechnicalEffects.shipped();
    private static final EffectMatcher TCM = new EffectMatcher(EFFECTS.forSector("tcm"));
    private static final EffectMatcher ALL = new EffectMatcher(EFFECTS.all());

    private static List<String> effects(EffectMatcher matcher, String abstractText) {
        return matcher.stated(abstractText, null).stream().map(StatedEffect::effect).toList();
    }

    @Test
    void findsChinesePhrasesInTableOrderEachOnce() {
        assertThat(TCM.stated("本发明降低了成本，显著提高了收率，收率高达95%。", null)).containsExactly(
                new StatedEffect("higher-yield", "提高…收率", Part.ABSTRACT),
                new StatedEffect("lower-cost", "降低…成本", Part.ABSTRACT));
    }

    /** The index's analysis stems English, so an inflected statement is found by the table's phrase. */
    @Test
    void findsEnglishPhrasesWhateverTheirInflection() {
        assertThat(ALL.stated("The process reduces the costs and increases the yield of astragaloside.", null))
                .containsExactly(
                        new StatedEffect("higher-yield", "increase…yield", Part.ABSTRACT),
                        new StatedEffect("lower-cost", "reduce the cost", Part.ABSTRACT));
    }

    @Test
    void foldsFullWidthLettersAsTheIndexDoes() {
        assertThat(effects(ALL, "Ｔｈｅ ｄｅｖｉｃｅ ｈａｓ ｌｏｗ ｅｎｅｒｇｙ ｃｏｎｓｕｍｐｔｉｏｎ．"))
                .containsExactly("energy-saving");
    }

    @Test
    void aChineseNegationBeforeThePhraseStatesNoEffect() {
        assertThat(effects(TCM, "本方法不会降低成本。")).isEmpty();
        assertThat(effects(TCM, "现有工艺难以提高产率。")).isEmpty();
        assertThat(effects(TCM, "该辅料并不能显著提高稳定性。")).isEmpty();
        assertThat(effects(TCM, "该方法未能提高生物利用度。")).isEmpty();
    }

    @Test
    void anEnglishNegationBeforeThePhraseStatesNoEffect() {
        assertThat(effects(ALL, "The coating is applied without reducing the cost of the cell.")).isEmpty();
        assertThat(effects(ALL, "The additive does not improve the stability of the electrolyte.")).isEmpty();
        assertThat(effects(ALL, "Prior designs can't extend the service life of the reducer.")).isEmpty();
    }

    /** 不仅, 不断 and "not only" begin with a negation and do not negate. */
    @Test
    void wordsThatBeginLikeANegationDoNotNegate() {
        assertThat(effects(TCM, "本发明不仅提高了产率，而且降低了成本。")).containsExactly("higher-yield", "lower-cost");
        assertThat(effects(TCM, "通过工艺优化不断提高产率。")).containsExactly("higher-yield");
        assertThat(effects(ALL, "The method not only improves the yield but also reduces the cost."))
                .containsExactly("higher-yield", "lower-cost");
    }

    /** A negation governs its own clause: punctuation and conjunctions end its reach. */
    @Test
    void aNegationDoesNotReachPastItsClauseOrAConjunction() {
        assertThat(effects(ALL, "现有方法收率不高；本方法成本低。")).containsExactly("lower-cost");
        assertThat(effects(ALL, "生产过程无污染且成本低。")).containsExactly("lower-cost", "environment-friendly");
        assertThat(effects(ALL, "The process produces no pollution and has a low cost."))
                .containsExactly("lower-cost", "environment-friendly");
        assertThat(effects(ALL, "在不降低收率的前提下提高了稳定性。")).containsExactly("higher-stability");
    }

    @Test
    void oneUnNegatedMentionIsEnoughAndTheAbstractComesFirst() {
        assertThat(TCM.stated("该方法不能提高产率。", "1.一种黄芪甲苷的提取方法，其特征在于，采用大孔树脂纯化，从而提高产率。"))
                .containsExactly(new StatedEffect("higher-yield", "提高产率", Part.FIRST_CLAIM));
        assertThat(TCM.stated("本发明提高了产率。", "1.一种方法，提高收率。"))
                .containsExactly(new StatedEffect("higher-yield", "提高…产率", Part.ABSTRACT));
        assertThat(TCM.stated(null, null)).isEmpty();
    }

    /** A phrase written with … finds its parts a few words apart in one clause, and no further. */
    @Test
    void findsThePartsOfAGappedPhraseUpToEightTermsApartInOneClause() {
        assertThat(ALL.stated("本系统提高了茶叶的采摘效率。", null))
                .containsExactly(new StatedEffect("higher-efficiency", "提高…效率", Part.ABSTRACT));
        assertThat(ALL.stated("The scheduler improves the overall working efficiency of the line.", null))
                .containsExactly(new StatedEffect("higher-efficiency", "improve…efficiency", Part.ABSTRACT));
        // 提高 and 效率 with seven characters between them (eight terms), then with eight.
        assertThat(effects(ALL, "提高一二三四五六七效率")).containsExactly("higher-efficiency");
        assertThat(effects(ALL, "提高一二三四五六七八效率")).isEmpty();
        // Not across a clause.
        assertThat(effects(ALL, "提高温度，反应效率")).isEmpty();
        // A negation before the first part still negates the phrase.
        assertThat(effects(ALL, "该方法不能降低设备的制造成本。")).isEmpty();
    }

    /** The phrases the table leaves out for their word-boundary readings (effects.tsv header). */
    @Test
    void charactersAcrossAWordBoundaryAreNotAnEffect() {
        assertThat(effects(ALL, "本装置的调节能力强。")).isEmpty();
        assertThat(effects(ALL, "采用高效液相色谱法测定黄芪甲苷的含量。")).isEmpty();
        assertThat(effects(TCM, "以减毒活疫苗为对照。")).isEmpty();
    }

    /** A sector's matrix shows its effects and the general ones, not another sector's. */
    @Test
    void aSectorsMatcherFindsOnlyTheEffectsInItsScope() {
        String text = "本发明改善口感，提高了能量密度，提高了安全性。";
        assertThat(effects(TCM, text)).containsExactly("higher-safety", "better-taste");
        assertThat(effects(new EffectMatcher(EFFECTS.forSector("new-energy")), text))
                .containsExactly("higher-safety", "higher-energy-density");
    }

    @Test
    void findsTheIssuesExamplesInChinese() {
        assertThat(effects(ALL, "本发明降低毒副作用，提高生物利用度，改善口感，节约能源，能量密度高，延长使用寿命，安全性高。"))
                .containsExactly("higher-safety", "longer-life", "energy-saving", "lower-toxicity",
                        "higher-bioavailability", "better-taste", "higher-energy-density");
    }
}
