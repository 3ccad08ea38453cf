package org.patnav.navigate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.patnav.index.IndexFields;

/** Runs compiled sectors over an index: every (publication, sector, clause) that matches, or the reasons for one publication. */
public final class SectorMatcher {

    /** A publication one include clause of a sector matched. */
    public record Match(String pubId, String applicationId, String sector, String clause) {
    }

    /** How one clause fared on one publication, with the terms that matched. */
    public record ClauseResult(String clause, boolean matched, List<String> terms) {
    }

    /**
     * One sector's verdict on one publication: the include clauses that matched and the exclude clauses
     * that did. It is a member when an include clause matched and no exclude clause did.
     */
    public record SectorExplanation(String sector, String version, List<ClauseResult> include,
                                    List<ClauseResult> exclude) {
        public boolean member() {
            return include.stream().anyMatch(ClauseResult::matched) && exclude.stream().noneMatch(ClauseResult::matched);
        }
    }

    private static final Pattern MATCHED_TERM = Pattern.compile("weight\\(([^ ]+(?: [^ ]+)*?) in \\d+\\)");
    private static final Pattern MATCHED_POINT = Pattern.compile("^([a-z_]+):\\[");
    /** A phrase of the text fields as Lucene describes it: {@code title:"的中 中药"}. */
    private static final Pattern PHRASE = Pattern.compile("^([a-z_]+):\"(.*)\"$");

    private SectorMatcher() {
    }

    /**
     * Every match of every include clause of every sector, in (sector, clause, document) order. Lazy:
     * a clause's matches are held as one bit per document, and ids are read as the caller iterates, so
     * a shard of millions of matches needs a few megabytes.
     */
    public static Iterator<Match> matches(IndexSearcher searcher, List<CompiledSector> sectors) {
        IndexReader reader = searcher.getIndexReader();
        List<Map.Entry<String, Map.Entry<String, Query>>> clauses = new ArrayList<>();
        for (CompiledSector sector : sectors) {
            for (var clause : sector.includeClauses().entrySet()) {
                clauses.add(Map.entry(sector.id(), clause));
            }
        }
        return new Iterator<>() {
            private int next;
            private FixedBitSet bits;
            private int doc = -1;
            private String sector;
            private String clause;
            private SortedDocValues pubIds;
            private SortedDocValues applicationIds;
            /** True when {@code doc} is a match not yet returned by next(). */
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (ready) {
                    return true;
                }
                try {
                    while (true) {
                        if (bits != null) {
                            doc = doc + 1 >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(doc + 1);
                            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                                ready = true;
                                return true;
                            }
                            bits = null;
                        }
                        if (next >= clauses.size()) {
                            return false;
                        }
                        var c = clauses.get(next++);
                        sector = c.getKey();
                        clause = c.getValue().getKey();
                        bits = collect(searcher, c.getValue().getValue());
                        pubIds = MultiDocValues.getSortedValues(reader, IndexFields.PUB_ID);
                        applicationIds = MultiDocValues.getSortedValues(reader, IndexFields.APPLICATION_ID);
                        doc = -1;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot run sector " + sector + " clause " + clause, e);
                }
            }

            @Override
            public Match next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                try {
                    if (!pubIds.advanceExact(doc)) {
                        throw new IllegalStateException("indexed publication without a pub_id");
                    }
                    String pubId = pubIds.lookupOrd(pubIds.ordValue()).utf8ToString();
                    String applicationId = applicationIds != null && applicationIds.advanceExact(doc)
                            ? applicationIds.lookupOrd(applicationIds.ordValue()).utf8ToString() : null;
                    return new Match(pubId, applicationId, sector, clause);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the ids of document " + doc, e);
                }
            }
        };
    }

    /** The documents a query matches, as bits over the whole reader. */
    static FixedBitSet collect(IndexSearcher searcher, Query query) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
            @Override
            public SimpleCollector newCollector() {
                return new SimpleCollector() {
                    private int base;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) {
                        base = context.docBase;
                    }

                    @Override
                    public void collect(int doc) {
                        synchronized (bits) {
                            bits.set(base + doc);
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Void reduce(Collection<SimpleCollector> collectors) {
                return null;
            }
        });
        return bits;
    }

    /** Why a publication is, or is not, in each sector. Empty when the index has no such publication. */
    public static List<SectorExplanation> explain(IndexSearcher searcher, List<CompiledSector> sectors, String pubId)
            throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.PUB_ID, pubId.toUpperCase(java.util.Locale.ROOT))), 1);
        if (found.scoreDocs.length == 0) {
            return List.of();
        }
        int doc = found.scoreDocs[0].doc;
        List<SectorExplanation> out = new ArrayList<>();
        for (CompiledSector sector : sectors) {
            List<ClauseResult> include = new ArrayList<>();
            for (var c : sector.includeClausesAlone().entrySet()) {
                include.add(result(searcher, c.getKey(), c.getValue(), doc));
            }
            List<ClauseResult> exclude = new ArrayList<>();
            for (var c : sector.excludeClauses().entrySet()) {
                exclude.add(result(searcher, c.getKey(), c.getValue(), doc));
            }
            out.add(new SectorExplanation(sector.id(), sector.definition().version(), include, exclude));
        }
        return out;
    }

    private static ClauseResult result(IndexSearcher searcher, String clause, Query query, int doc) throws IOException {
        Explanation e = searcher.explain(query, doc);
        List<String> terms = new ArrayList<>();
        if (e.isMatch()) {
            collectTerms(e, terms);
        }
        return new ClauseResult(clause, e.isMatch(), terms);
    }

    /**
     * A keyword as the definition wrote it: Chinese text is indexed as overlapping character pairs, so
     * the keyword 的中药 is the phrase "的中 中药", which an analyst would not recognise. A phrase whose
     * words are chained pairs (each starts with the last character of the one before) is joined back.
     */
    static String asWritten(String term) {
        Matcher m = PHRASE.matcher(term);
        if (!m.matches()) {
            return term;
        }
        String[] words = m.group(2).split(" ");
        StringBuilder joined = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String prev = words[i - 1];
            String w = words[i];
            boolean chained = isCjkPair(prev) && isCjkPair(w) && prev.codePointBefore(prev.length()) == w.codePointAt(0);
            if (!chained) {
                return term;
            }
            joined.appendCodePoint(w.codePointBefore(w.length()));
        }
        return m.group(1) + ":" + joined;
    }

    private static boolean isCjkPair(String word) {
        return word.codePointCount(0, word.length()) == 2 && word.codePoints().allMatch(Character::isIdeographic);
    }

    /** The field:term leaves of a match ("weight(title:中药 in 3)" → title:中药), in order, once each. */
    private static void collectTerms(Explanation e, List<String> into) {
        if (!e.isMatch()) {
            return;
        }
        Matcher m = MATCHED_TERM.matcher(e.getDescription());
        if (m.find()) {
            String term = asWritten(m.group(1));
            if (!into.contains(term)) {
                into.add(term);
            }
            return;
        }
        Matcher p = MATCHED_POINT.matcher(e.getDescription());
        if (e.getDetails().length == 0 && (p.find() || e.getDescription().contains(":"))) {
            String d = e.getDescription();
            if (!into.contains(d)) {
                into.add(d);
            }
        }
        for (Explanation child : e.getDetails()) {
            collectTerms(child, into);
        }
    }
}
