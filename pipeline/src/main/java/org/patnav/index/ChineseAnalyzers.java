package org.patnav.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The two real Chinese analyzers PatNav compared on real CN abstracts (see
 * {@code org.patnav.bench.ChineseAnalyzerComparison} and the README): smartcn's dictionary word
 * segmentation, and ICU word breaking with overlapping CJK bigrams. Both stem English words (patent
 * records mix both languages: Chinese abstracts quote English terms, Google adds English titles).
 */
public final class ChineseAnalyzers {

    private ChineseAnalyzers() {
    }

    /** Lucene's smartcn (HMM word segmentation with its dictionary, English Porter-stemmed). */
    public static Analyzer smartcn() {
        return new SmartChineseAnalyzer();
    }

    /**
     * ICU tokenizer with Han, Hiragana, Katakana and Hangul left as single characters, then
     * overlapping bigrams ({@code 中草药} → 中草, 草药): every two-character substring of a text is a term,
     * so a query matches wherever its characters appear in sequence, word boundaries or not. Latin
     * words are lower-cased and Porter-stemmed; CJK tokens are marked so the stemmer leaves them alone.
     */
    public static Analyzer icuBigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream s = new CJKWidthFilter(tokenizer);
                s = new LowerCaseFilter(s);
                s = new CJKBigramFilter(s);
                s = new EnglishPossessiveFilter(s);
                s = new KeywordMarkerFilter(s) {
                    private final TypeAttribute type = addAttribute(TypeAttribute.class);

                    @Override
                    protected boolean isKeyword() {
                        String t = type.type();
                        return t.equals(CJKBigramFilter.DOUBLE_TYPE) || t.equals(CJKBigramFilter.SINGLE_TYPE)
                                || t.equals("<IDEOGRAPHIC>");
                    }
                };
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(s));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }
        };
    }
}
