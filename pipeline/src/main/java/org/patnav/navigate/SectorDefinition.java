package org.patnav.navigate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.classic.ParseException;
import org.patnav.index.PatentQueryParser;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.ClassificationCodes;

/**
 * A technology sector as an analyst defines it: a YAML file with a name, a version, where its patterns
 * come from, and clauses. A publication is in the sector when any include clause matches and no
 * exclude clause does. Within a clause every criterion given must hold (IPC and keywords, say), and
 * within a criterion any value will do.
 *
 * <pre>
 * id: tcm
 * version: "2026.1"
 * name: {zh: 中医药, en: Traditional Chinese medicine}
 * sources: |
 *   IPC 2024.01 A61K36, ...
 * include:
 *   - id: herbal-preparations
 *     ipc: [A61K36]
 *   - id: tcm-keywords-with-therapy
 *     ipc: [A61P]
 *     keywords: {zh: [中药, 中草药], en: [herbal]}
 * exclude:
 *   - id: veterinary
 *     ipc: [A61D]
 * </pre>
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SectorDefinition(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty(value = "name", required = true) Map<String, String> name,
        @JsonProperty("sources") String sources,
        @JsonProperty("notes") String notes,
        @JsonProperty(value = "include", required = true) List<Clause> include,
        @JsonProperty("exclude") List<Clause> exclude) implements Serializable {

    /**
     * One clause.
     *
     * @param ipc      IPC symbols at any level ({@code A61K36}, {@code B25J}, {@code H01M10/0525}); a
     *                 trailing {@code *} matches every symbol that starts so ({@code A61K35/6*})
     * @param keywords words or phrases per language, matched as phrases in {@code fields}; in the file's
     *                 order, so a compiled query and its explanations read the same on every run
     * @param fields   where keywords are looked for: title, abstract, claims (default title and abstract)
     * @param query    a raw query in PatNav's Lucene syntax, for what the other criteria cannot say
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Clause(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty("description") String description,
            @JsonProperty("ipc") List<String> ipc,
            @JsonProperty("cpc") List<String> cpc,
            @JsonProperty("keywords") Map<String, List<String>> keywords,
            @JsonProperty("fields") List<String> fields,
            @JsonProperty("query") String query) implements Serializable {

        public Clause {
            ipc = ipc == null ? List.of() : List.copyOf(ipc);
            cpc = cpc == null ? List.of() : List.copyOf(cpc);
            keywords = keywords == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        boolean isEmpty() {
            return ipc.isEmpty() && cpc.isEmpty() && keywords.isEmpty() && (query == null || query.isBlank());
        }
    }

    private static final Set<String> KEYWORD_FIELDS = Set.of("title", "abstract", "claims");

    public SectorDefinition {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        include = include == null ? List.of() : List.copyOf(include);
    }

    /** Reads and checks one definition; the message of a failure names the file and the problem. */
    public static SectorDefinition read(InputStream in, String file) throws IOException {
        SectorDefinition d = NavigationFiles.readYaml(in, SectorDefinition.class, "sector definition", "definition", file);
        d.check(file);
        return d;
    }

    private void check(String file) {
        String where = "sector definition " + file;
        if (!id.matches(NavigationFiles.ID)) {
            NavigationFiles.fail(where, "id '" + id + "' must be lower-case letters, digits and dashes");
        }
        if (include.isEmpty()) {
            NavigationFiles.fail(where, "no include clauses");
        }
        checkClauses(include, exclude, where);
    }

    /**
     * The checks of a definition's clauses, shared with the branches of an industry chain (which are
     * queries of the same kind); {@code where} opens every message, so it names the file and the part.
     */
    static void checkClauses(List<Clause> include, List<Clause> exclude, String where) {
        PatentQueryParser parser = null;
        Set<String> ids = new HashSet<>();
        for (Clause c : Stream.concat(include.stream(), exclude.stream()).toList()) {
            if (!ids.add(c.id())) {
                NavigationFiles.fail(where, "clause id '" + c.id() + "' is used twice");
            }
            if (c.isEmpty()) {
                NavigationFiles.fail(where, "clause '" + c.id() + "' has no ipc, cpc, keywords or query");
            }
            for (String code : concat(c.ipc(), c.cpc())) {
                String bare = code.endsWith("*") ? code.substring(0, code.length() - 1) : code;
                if (!bare.matches("[A-HY](\\d{2}([A-Z](\\d{1,4}(/\\d{0,6})?)?)?)?")) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': '" + code + "' is not an IPC/CPC symbol or prefix");
                }
                if (!code.endsWith("*") && bare.contains("/") && ClassificationCodes.normalise(bare).isInvalid()) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': '" + code + "' is not a valid symbol");
                }
            }
            for (String f : c.fields()) {
                if (!KEYWORD_FIELDS.contains(f)) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': keywords can be looked for in title, abstract or claims, not " + f);
                }
            }
            // Parsed here as well as when compiled, so a syntax error is reported with the file it is in.
            if (c.query() != null && !c.query().isBlank()) {
                parser = parser == null ? new PatentQueryParser(ApplicantNames.defaults()) : parser;
                try {
                    parser.parseUserQuery(c.query());
                } catch (ParseException e) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': cannot parse query: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            for (Map.Entry<String, List<String>> words : c.keywords().entrySet()) {
                String lang = words.getKey();
                if (!lang.matches("[a-z]{2}")) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': keywords are grouped by two-letter language code, not " + lang);
                }
                // An empty list would compile to a clause that silently matches nothing.
                if (words.getValue() == null || words.getValue().isEmpty()) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': no keywords listed for " + lang);
                }
                if (words.getValue().stream().anyMatch(w -> w == null || w.isBlank())) {
                    NavigationFiles.fail(where, "clause '" + c.id() + "': a blank keyword in " + lang);
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

}
