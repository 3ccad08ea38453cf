package org.patnav.navigate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.patnav.index.IndexFields;
import org.patnav.index.PatentAnalyzers;
import org.patnav.index.PatentQueryParser;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.ClassificationCodes;

/**
 * A sector definition turned into Lucene queries: one per include clause (each already excluding the
 * exclude clauses), so a match can say which clauses put a publication in the sector.
 */
public final class CompiledSector {

    private static final List<String> DEFAULT_KEYWORD_FIELDS = List.of(IndexFields.TITLE, IndexFields.ABSTRACT);

    private final SectorDefinition definition;
    private final Map<String, Query> includeClauses;
    private final Map<String, Query> includeAlone;
    private final Map<String, Query> excludeClauses;
    private final Query exclusions;

    private CompiledSector(SectorDefinition definition, Map<String, Query> includeClauses,
                           Map<String, Query> includeAlone, Map<String, Query> excludeClauses, Query exclusions) {
        this.definition = definition;
        this.includeClauses = includeClauses;
        this.includeAlone = includeAlone;
        this.excludeClauses = excludeClauses;
        this.exclusions = exclusions;
    }

    public static CompiledSector compile(SectorDefinition d) {
        QueryBuilder text = new QueryBuilder(PatentAnalyzers.text());
        PatentQueryParser parser = new PatentQueryParser(ApplicantNames.defaults());
        BooleanQuery.Builder excl = new BooleanQuery.Builder();
        Map<String, Query> exclude = new LinkedHashMap<>();
        for (SectorDefinition.Clause c : d.exclude()) {
            Query q = clause(c, text, parser, d.id());
            exclude.put(c.id(), q);
            excl.add(q, Occur.SHOULD);
        }
        Query exclusions = d.exclude().isEmpty() ? null : excl.build();
        Map<String, Query> include = new LinkedHashMap<>();
        Map<String, Query> alone = new LinkedHashMap<>();
        for (SectorDefinition.Clause c : d.include()) {
            Query q = clause(c, text, parser, d.id());
            alone.put(c.id(), q);
            if (exclusions != null) {
                q = new BooleanQuery.Builder().add(q, Occur.MUST).add(exclusions, Occur.MUST_NOT).build();
            }
            include.put(c.id(), q);
        }
        return new CompiledSector(d, include, alone, exclude, exclusions);
    }

    static Query clause(SectorDefinition.Clause c, QueryBuilder text, PatentQueryParser parser, String sector) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (!c.ipc().isEmpty()) {
            all.add(codes(IndexFields.IPC, c.ipc()), Occur.MUST);
        }
        if (!c.cpc().isEmpty()) {
            all.add(codes(IndexFields.CPC, c.cpc()), Occur.MUST);
        }
        if (!c.keywords().isEmpty()) {
            List<String> fields = c.fields().isEmpty() ? DEFAULT_KEYWORD_FIELDS : c.fields();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (List<String> words : c.keywords().values()) {
                for (String w : words) {
                    for (String f : fields) {
                        Query phrase = text.createPhraseQuery(f, w);
                        if (phrase != null) {
                            any.add(phrase, Occur.SHOULD);
                        }
                    }
                }
            }
            all.add(any.build(), Occur.MUST);
        }
        if (c.query() != null && !c.query().isBlank()) {
            try {
                all.add(parser.parseUserQuery(c.query()), Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("sector " + sector + ", clause " + c.id() + ": cannot parse query: "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return all.build();
    }

    /** Any of the symbols; each is a term at its own level, or a prefix when it ends in {@code *}. */
    private static Query codes(String field, List<String> codes) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String code : codes) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            if (c.endsWith("*")) {
                any.add(new PrefixQuery(new Term(field, c.substring(0, c.length() - 1))), Occur.SHOULD);
            } else {
                String symbol = c.contains("/") ? ClassificationCodes.normalise(c).toOptional().orElse(c) : c;
                any.add(new TermQuery(new Term(field, symbol)), Occur.SHOULD);
            }
        }
        return codes.isEmpty() ? new MatchNoDocsQuery() : any.build();
    }

    public SectorDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    /** Include clause id → its query (exclusions applied). */
    public Map<String, Query> includeClauses() {
        return includeClauses;
    }

    /** The whole sector as one query. */
    public Query query() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        includeClauses.values().forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /**
     * The include clauses by id without the exclusions (for explanations): an excluded publication
     * still shows the include clause it met, beside the exclude clause that kept it out.
     */
    public Map<String, Query> includeClausesAlone() {
        return includeAlone;
    }

    /** The exclude clauses by id, without the include side (for explanations). */
    public Map<String, Query> excludeClauses() {
        return excludeClauses;
    }

    public List<String> clauseIds() {
        return new ArrayList<>(includeClauses.keySet());
    }

    public boolean hasExclusions() {
        return exclusions != null;
    }
}
