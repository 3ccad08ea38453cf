package org.patnav.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.patnav.index.ChineseAnalyzers;
import org.patnav.navigate.CpcLabelledAbstracts;

/**
 * Compares the two Chinese analyzers on real CN abstracts (the G06F sample: title, keywords and
 * abstract per publication) by what an analyst experiences:
 * <ul>
 *   <li><b>term recall / precision</b>: every Chinese word of the titles, and every two-character part
 *       of a longer one ({@code 数据} inside {@code 大数据}), searched as a phrase in the abstracts; the
 *       relevant documents are those whose abstract contains the characters. Analysts search for parts of
 *       compounds all the time (中药 in 中药材, 电池 in 锂电池).</li>
 *   <li><b>known-item MRR</b>: each title as an OR query against the abstracts; its own abstract should
 *       rank first.</li>
 *   <li>distinct terms (index vocabulary) and analysis speed.</li>
 * </ul>
 * Usage: {@code ChineseAnalyzerComparison sample_train.csv} (bench/chinese-analyzers.sh).
 */
public final class ChineseAnalyzerComparison {

    /** The figures of one analyzer. */
    public record Figures(String analyzer, int queries, double recall, double precision, double mrr,
                          int vocabulary, double charsPerSecond) {
    }

    private ChineseAnalyzerComparison() {
    }

    public static void main(String[] args) throws Exception {
        List<CpcLabelledAbstracts.Row> docs = CpcLabelledAbstracts.read(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "%d real CN publications (G06F): %s%n%n", docs.size(), args[0]);
        System.out.printf(Locale.ROOT, "%-12s %8s %8s %10s %8s %11s %12s%n", "analyzer", "queries", "recall",
                "precision", "MRR", "vocabulary", "chars/s");
        for (Figures f : compare(docs)) {
            System.out.printf(Locale.ROOT, "%-12s %8d %8.3f %10.3f %8.3f %11d %,12.0f%n", f.analyzer(), f.queries(),
                    f.recall(), f.precision(), f.mrr(), f.vocabulary(), f.charsPerSecond());
        }
    }

    public static List<Figures> compare(List<CpcLabelledAbstracts.Row> docs) throws IOException {
        // Query words: smartcn's segmentation of the titles is what a person would type; the analyzers
        // are then judged on finding those words, and their two-character parts, in the abstracts.
        Set<String> queries = new LinkedHashSet<>();
        try (Analyzer words = ChineseAnalyzers.smartcn()) {
            for (CpcLabelledAbstracts.Row d : docs) {
                for (String w : terms(words, d.title())) {
                    if (w.length() >= 2 && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN)) {
                        queries.add(w);
                        for (int i = 0; i + 2 <= w.length() && w.length() > 2; i++) {
                            queries.add(w.substring(i, i + 2));
                        }
                    }
                }
            }
        }
        List<Figures> out = new ArrayList<>();
        out.add(measure("smartcn", ChineseAnalyzers.smartcn(), docs, queries));
        out.add(measure("icu-bigram", ChineseAnalyzers.icuBigrams(), docs, queries));
        return out;
    }

    private static Figures measure(String name, Analyzer analyzer, List<CpcLabelledAbstracts.Row> docs, Set<String> queries)
            throws IOException {
        try (analyzer; Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (CpcLabelledAbstracts.Row d : docs) {
                    Document doc = new Document();
                    doc.add(new Field("id", d.pubId(), StringField.TYPE_STORED));
                    doc.add(new TextField("abstract", d.abstractText(), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser("abstract", analyzer);
                long relevantFound = 0;
                long relevant = 0;
                long retrieved = 0;
                for (String q : queries) {
                    Set<String> truth = new LinkedHashSet<>();
                    for (CpcLabelledAbstracts.Row d : docs) {
                        if (d.abstractText().contains(q)) {
                            truth.add(d.pubId());
                        }
                    }
                    Query query = parser.createPhraseQuery("abstract", q);
                    Set<String> hits = new LinkedHashSet<>();
                    if (query != null) {
                        for (ScoreDoc sd : searcher.search(query, docs.size()).scoreDocs) {
                            hits.add(searcher.storedFields().document(sd.doc).get("id"));
                        }
                    }
                    relevant += truth.size();
                    retrieved += hits.size();
                    relevantFound += hits.stream().filter(truth::contains).count();
                }
                double mrr = 0;
                for (CpcLabelledAbstracts.Row d : docs) {
                    Query query = parser.parse(QueryParser.escape(d.title()));
                    ScoreDoc[] top = searcher.search(query, 10).scoreDocs;
                    for (int rank = 0; rank < top.length; rank++) {
                        if (searcher.storedFields().document(top[rank].doc).get("id").equals(d.pubId())) {
                            mrr += 1.0 / (rank + 1);
                            break;
                        }
                    }
                }
                int vocabulary = 0;
                var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, "abstract");
                var it = terms.iterator();
                while (it.next() != null) {
                    vocabulary++;
                }
                long chars = 0;
                long t0 = System.nanoTime();
                for (int round = 0; round < 20; round++) {
                    for (CpcLabelledAbstracts.Row d : docs) {
                        terms(analyzer, d.abstractText());
                        chars += d.abstractText().length();
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                return new Figures(name, queries.size(), relevantFound / (double) relevant,
                        relevantFound / (double) Math.max(1, retrieved), mrr / docs.size(), vocabulary,
                        chars / seconds);
            } catch (org.apache.lucene.queryparser.classic.ParseException e) {
                throw new IllegalStateException("an escaped title did not parse", e);
            }
        }
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("abstract", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
