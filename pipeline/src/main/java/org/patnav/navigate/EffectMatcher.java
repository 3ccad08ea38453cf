package org.patnav.navigate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.patnav.index.IndexFields;
import org.patnav.index.PatentAnalyzers;
import org.patnav.normalize.ChineseText;

/**
 * The technical effects an abstract and a first claim state, by one rule:
 *
 * <ol>
 *   <li>The text is folded to half-width ({@link ChineseText#toHalfWidth}) and cut into clauses at
 *       {@code , . ; : ! ? 。 、} and line breaks: a negation governs the clause it stands in, and a
 *       phrase does not run across a clause.</li>
 *   <li>Each clause and each phrase is analysed as the index analyses texts ({@link PatentAnalyzers#text}:
 *       lower case, English Porter-stemmed, Chinese as overlapping character pairs). A phrase is found
 *       where its terms follow one another in the clause's terms: the containment a sector keyword's
 *       phrase query has, so "reduces the costs" is found by "reduce the cost". A phrase written with
 *       {@code …} ({@code 提高…效率}, "improve…efficiency") is found where its parts follow one another in
 *       the clause, each part's terms in a row and at most {@value #MAX_TERMS_BETWEEN} terms between two
 *       parts (some seven Chinese characters or eight English words): 提高了采摘效率, "improves the
 *       working efficiency".</li>
 *   <li>A found phrase is not an effect when the clause right before it negates it: in Chinese, when the
 *       four characters before it (after the last conjunction 且 并 而 和 及 同时) hold 不, 未, 没, 无, 非,
 *       勿, 莫 or 难以, once the words that begin with those characters but do not negate (不仅, 不断, 无论,
 *       无机 ...) are taken out; in English, when the four words before it (after the last and, or, but,
 *       while, thereby, thus) hold not, no, never, without, cannot, nor, neither, hardly, fail(s/ed) or a
 *       word ending in n't, except not followed by only. So 不会降低成本 and "without reducing the cost"
 *       state no effect, and 不仅提高了产率 and "not only improves the yield" do.</li>
 *   <li>An application states an effect when one of its phrases is found un-negated in the abstract or
 *       the first claim; one un-negated mention is enough whatever other mentions say.</li>
 * </ol>
 *
 * <p>What the rule does not see: a negation after the phrase (提高产率不明显), and an effect the text
 * names as the prior art's aim rather than its own. Both are rare in abstracts, which state the
 * invention's effects; the matrix counts applications, so a rare miss moves a cell by one.
 */
public final class EffectMatcher {

    /** Where in an application an effect was stated. */
    public enum Part {
        ABSTRACT, FIRST_CLAIM
    }

    /** An effect an application states: the phrase (as the table writes it) that was found, and where. */
    public record StatedEffect(String effect, String phrase, Part part) {
    }

    /** How far apart the parts of a phrase written with … may stand, in the index's terms. */
    private static final int MAX_TERMS_BETWEEN = 8;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;:!?。、\\r\\n]+");
    private static final int ZH_WINDOW_CHARACTERS = 4;
    private static final int EN_WINDOW_WORDS = 4;
    private static final Pattern ZH_CONJUNCTION = Pattern.compile("同时|[且并而和及]");
    private static final Pattern ZH_NEGATION = Pattern.compile("难以|[不未没无非勿莫]");
    /** Words that begin with a negation character and do not negate what follows. */
    private static final Pattern ZH_NOT_NEGATING = Pattern.compile(
            "不仅|不但|不断|不只|不光|不同|不少|非常|无论|无机|无菌|无水|无级");
    private static final Pattern EN_WORD = Pattern.compile("[^a-z']+");
    private static final Set<String> EN_CONJUNCTIONS = Set.of("and", "or", "but", "while", "whilst", "thereby", "thus");
    private static final Set<String> EN_NEGATIONS = Set.of("not", "no", "never", "without", "cannot", "nor", "neither",
            "hardly", "fail", "fails", "failed");

    /** A phrase of the table, analysed: its parts (one unless written with …), each its terms in order. */
    private record Phrase(TechnicalEffect effect, String written, List<List<String>> parts) {
    }

    /** A term of an analysed clause, with its position and where it starts in the clause. */
    private record Term(String text, int position, int start) {
    }

    private final Analyzer analyzer = PatentAnalyzers.text();
    private final List<TechnicalEffect> effects;
    /** Phrases by their first term: a clause's terms are each looked up once. */
    private final Map<String, List<Phrase>> byFirstTerm = new HashMap<>();

    /** Matches the effects given (a sector's, as {@link TechnicalEffects#forSector} lists them). */
    public EffectMatcher(List<TechnicalEffect> effects) {
        this.effects = List.copyOf(effects);
        for (TechnicalEffect e : this.effects) {
            for (String written : concat(e.zh(), e.en())) {
                List<List<String>> parts = new ArrayList<>();
                for (String part : written.split(TechnicalEffects.GAP, -1)) {
                    List<String> terms = terms(ChineseText.toHalfWidth(part)).stream().map(Term::text).toList();
                    if (terms.isEmpty()) {
                        throw new IllegalArgumentException("effect '" + e.id() + "': the phrase '" + written
                                + "' has a part with no words to look for");
                    }
                    parts.add(terms);
                }
                byFirstTerm.computeIfAbsent(parts.getFirst().getFirst(), t -> new ArrayList<>())
                        .add(new Phrase(e, written, parts));
            }
        }
    }

    /**
     * The effects stated, each once, in the table's order: the abstract's mention if it has one, else the
     * first claim's. Either text may be null (a design has no claims, some records no abstract).
     */
    public List<StatedEffect> stated(String abstractText, String firstClaim) {
        Map<String, StatedEffect> found = new HashMap<>();
        find(abstractText, Part.ABSTRACT, found);
        find(firstClaim, Part.FIRST_CLAIM, found);
        List<StatedEffect> out = new ArrayList<>();
        for (TechnicalEffect e : effects) {
            if (found.containsKey(e.id())) {
                out.add(found.get(e.id()));
            }
        }
        return out;
    }

    private void find(String text, Part part, Map<String, StatedEffect> found) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String clause : CLAUSE_BREAK.split(ChineseText.toHalfWidth(text))) {
            List<Term> terms = terms(clause);
            for (int i = 0; i < terms.size(); i++) {
                for (Phrase p : byFirstTerm.getOrDefault(terms.get(i).text(), List.of())) {
                    if (!found.containsKey(p.effect().id()) && occursAt(p, terms, i)
                            && !negated(clause.substring(0, terms.get(i).start()))) {
                        found.put(p.effect().id(), new StatedEffect(p.effect().id(), p.written(), part));
                    }
                }
            }
        }
    }

    /** Whether the phrase's first part starts at term {@code from} and each further part follows near enough. */
    private static boolean occursAt(Phrase phrase, List<Term> terms, int from) {
        if (!partAt(phrase.parts().getFirst(), terms, from)) {
            return false;
        }
        int next = from + phrase.parts().getFirst().size();
        for (List<String> part : phrase.parts().subList(1, phrase.parts().size())) {
            int at = -1;
            for (int j = next; j <= next + MAX_TERMS_BETWEEN && at < 0; j++) {
                if (partAt(part, terms, j)) {
                    at = j;
                }
            }
            if (at < 0) {
                return false;
            }
            next = at + part.size();
        }
        return true;
    }

    /** Whether the part's terms stand at {@code from} and after it, in consecutive positions. */
    private static boolean partAt(List<String> part, List<Term> terms, int from) {
        if (from + part.size() > terms.size()) {
            return false;
        }
        int position = terms.get(from).position();
        for (int k = 0; k < part.size(); k++) {
            Term t = terms.get(from + k);
            if (t.position() != position + k || !t.text().equals(part.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause text before a phrase negates it (rule 3 of the class comment). */
    private static boolean negated(String before) {
        return negatedInChinese(before) || negatedInEnglish(before);
    }

    private static boolean negatedInChinese(String before) {
        String window = before.strip();
        window = window.substring(window.offsetByCodePoints(window.length(),
                -Math.min(ZH_WINDOW_CHARACTERS, window.codePointCount(0, window.length()))));
        var conjunction = ZH_CONJUNCTION.matcher(window);
        int afterLast = 0;
        while (conjunction.find()) {
            afterLast = conjunction.end();
        }
        window = ZH_NOT_NEGATING.matcher(window.substring(afterLast)).replaceAll(" ");
        return ZH_NEGATION.matcher(window).find();
    }

    private static boolean negatedInEnglish(String before) {
        String[] words = EN_WORD.split(before.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        int from = Math.max(0, words.length - EN_WINDOW_WORDS);
        for (int i = words.length - 1; i >= from; i--) {
            if (EN_CONJUNCTIONS.contains(words[i])) {
                from = i + 1;
                break;
            }
        }
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            boolean notOnly = w.equals("not") && i + 1 < words.length && words[i + 1].equals("only");
            if (!notOnly && (EN_NEGATIONS.contains(w) || w.endsWith("n't"))) {
                return true;
            }
        }
        return false;
    }

    private List<Term> terms(String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.ABSTRACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Term(term.toString(), position, offset.startOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text for effects", e);
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
