package org.patnav.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Exact token streams of the two Chinese analyzers. The ICU one is what every text field of the
 * index uses ({@link PatentAnalyzers#text()}), so these lists are the terms a query has to meet.
 */
class ChineseAnalyzersTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void icuBigramsOverlapEveryTwoHanCharacters() throws IOException {
        assertThat(tokens(ChineseAnalyzers.icuBigrams(), "一种中草药组合物"))
                .containsExactly("一种", "种中", "中草", "草药", "药组", "组合", "合物");
    }

    @Test
    void icuBigramsStemEnglishAndLeaveChineseAlone() throws IOException {
        // The hyphen splits "lithium-ion" (UAX #29 word breaks); Porter turns batteries into batteri,
        // the same stem as battery, so the singular and plural meet.
        assertThat(tokens(ChineseAnalyzers.icuBigrams(), "锂离子电池 lithium-ion batteries"))
                .containsExactly("锂离", "离子", "子电", "电池", "lithium", "ion", "batteri");
        assertThat(tokens(ChineseAnalyzers.icuBigrams(), "battery")).containsExactly("batteri");
    }

    @Test
    void icuBigramsFoldFullWidthLatin() throws IOException {
        assertThat(tokens(ChineseAnalyzers.icuBigrams(), "Ｌｉｔｈｉｕｍ电池"))
                .containsExactly("lithium", "电池");
    }

    @Test
    void smartcnSegmentsWordsFromItsDictionary() throws IOException {
        // Whole dictionary words, punctuation dropped as a stop word: 中草药 stays one term, which is
        // why a query for 中药 would not find it under smartcn.
        assertThat(tokens(ChineseAnalyzers.smartcn(), "我购买了道具和服装。"))
                .containsExactly("我", "购买", "了", "道具", "和", "服装");
    }
}
