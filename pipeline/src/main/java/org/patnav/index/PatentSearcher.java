package org.patnav.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.patnav.normalize.ApplicantNames;

/**
 * Searches the shards of an index together, as one: scores use the statistics of all shards, facet
 * counts span them, total hit counts are exact.
 */
public final class PatentSearcher implements Closeable {

    private static final int SNIPPET_CHARS = 160;
    /**
     * Private-use characters mark the matches until the snippet is chosen and cut, then become
     * brackets: abstracts have brackets of their own (式[I], 2-[4-(...)phenyl]), which must not pass
     * for a match.
     */
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";

    private final List<DirectoryReader> shards;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final PatentQueryParser parser;
    private SortedSetDocValuesReaderState facetState;

    private PatentSearcher(List<DirectoryReader> shards, ApplicantNames names) throws IOException {
        this.shards = shards;
        this.reader = shards.size() == 1 ? shards.get(0)
                : new MultiReader(shards.toArray(new IndexReader[0]), false);
        this.searcher = new IndexSearcher(reader);
        this.parser = new PatentQueryParser(names);
    }

    /** Opens local shard directories (the index job's shard-NNNNN folders). */
    public static PatentSearcher open(List<Path> shardDirectories, ApplicantNames names) throws IOException {
        List<DirectoryReader> readers = new ArrayList<>();
        try {
            for (Path p : shardDirectories) {
                readers.add(DirectoryReader.open(FSDirectory.open(p)));
            }
        } catch (IOException | RuntimeException e) {
            for (DirectoryReader r : readers) {
                r.close();
            }
            throw e;
        }
        return new PatentSearcher(readers, names);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public Query parse(String query) throws ParseException {
        return parser.parseUserQuery(query);
    }

    public SearchResult search(String query, int limit, List<String> facetDims) throws ParseException, IOException {
        Query q = parse(query);
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, q, Math.max(1, limit),
                new FacetsCollectorManager());
        TopDocs top = found.topDocs();
        long total = searcher.count(q);
        List<SearchResult.Hit> hits = new ArrayList<>();
        String[] snippets = snippets(q, top);
        for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = searcher.storedFields().document(sd.doc);
            hits.add(new SearchResult.Hit(d.get(IndexFields.PUB_ID), d.get(IndexFields.APPLICATION_ID),
                    displayTitle(d.get(IndexFields.TITLE)), d.get(IndexFields.FIRST_APPLICANT),
                    d.get(IndexFields.FILING_DATE), sd.score, snippets[i]));
        }
        return new SearchResult(query, total, hits, facets(found.facetsCollector(), facetDims));
    }

    private String[] snippets(Query q, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, PatentAnalyzers.perField())
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, " … ", false))
                .withMaxLength(1_000_000)
                // Terms of the "text" or "title" query highlight wherever they occur in the abstract;
                // terms are highlighted one by one, since a conjunction with an ipc or date clause
                // never matches inside the abstract alone.
                .withFieldMatcher(field -> true)
                .withWeightMatches(false)
                .build();
        String[] fromAbstract = highlighter.highlight(IndexFields.ABSTRACT, q, top, 1);
        String[] fromTitle = highlighter.highlight(IndexFields.TITLE, q, top, 1);
        String[] out = new String[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            String s = fromAbstract[i] != null && fromAbstract[i].contains(MARK_START) ? fromAbstract[i] : fromTitle[i];
            out[i] = s == null ? null
                    : shorten(s.replace('\n', ' ')).replace(MARK_START, "[").replace(MARK_END, "]");
        }
        return out;
    }

    /** Keeps the first highlighted term in view within the snippet length. */
    private static String shorten(String s) {
        if (s.length() <= SNIPPET_CHARS) {
            return s;
        }
        int mark = Math.max(0, s.indexOf(MARK_START) - 40);
        int end = Math.min(s.length(), mark + SNIPPET_CHARS);
        return (mark > 0 ? "…" : "") + s.substring(mark, end) + (end < s.length() ? "…" : "");
    }

    private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector collector, List<String> dims)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (dims.isEmpty()) {
            return out;
        }
        // An index without documents (an empty warehouse builds one empty shard) has no facet field,
        // which the facet reader state refuses: every dimension is then empty.
        boolean indexed = FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        if (facetState == null && indexed) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, PatentDocuments.facetsConfig());
        }
        Facets facets = indexed ? new SortedSetDocValuesFacetCounts(facetState, collector) : null;
        for (String dim : dims) {
            if (!IndexFields.FACETS.contains(dim)) {
                throw new IllegalArgumentException("unknown facet '" + dim + "' (facets: "
                        + String.join(", ", IndexFields.FACETS) + ")");
            }
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            boolean years = dim.equals(IndexFields.FACET_YEAR);
            FacetResult r = facets == null ? null : facets.getTopChildren(years ? 200 : 10, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            if (years) {
                counts.sort(java.util.Comparator.comparing(SearchResult.FacetCount::value));
            }
            out.put(dim, counts);
        }
        return out;
    }

    /** The first line of the stored title: Chinese where there is one. */
    static String displayTitle(String title) {
        if (title == null) {
            return null;
        }
        int nl = title.indexOf('\n');
        return nl < 0 ? title : title.substring(0, nl);
    }

    public long documents() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        if (reader != shards.get(0)) {
            reader.close();
        }
        for (DirectoryReader r : shards) {
            r.close();
        }
    }
}
