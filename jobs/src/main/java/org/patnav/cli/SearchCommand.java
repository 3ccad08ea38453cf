package org.patnav.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.lucene.queryparser.classic.ParseException;
import org.patnav.index.PatentSearcher;
import org.patnav.index.SearchResult;
import org.patnav.jobs.warehouse.IndexLocation;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.ApplicantNames;
import org.patnav.report.CsvCells;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patnav search}: Lucene queries over the warehouse index. No Spark: it reads the index directly. */
@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Searches the warehouse index with Lucene query syntax (no Spark).",
        description = {
            "Searches the warehouse index with Lucene query syntax (AND is the default operator).",
            "",
            "Fields:",
            "  title, abstract, claims    texts, Chinese and English (ICU words + CJK bigrams, English stemmed)",
            "  text                       title + abstract + claims (the field of unfielded terms)",
            "  ipc, cpc, ipc_main         symbols at every level: ipc:A61K, ipc:A61K36*, ipc:A61K36/18",
            "  applicant                  exact normalised name: applicant:华为技术有限公司",
            "  applicant_text             words of applicant names: applicant_text:华佗",
            "  inventor                   exact normalised name",
            "  region                     division codes at every level: region:341600, region:341602",
            "  filing_date, publication_date, priority_date, grant_date",
            "                             ranges: filing_date:[2015-01-01 TO 2024-12-31], grant_date:2019",
            "  year                       filing year: year:[2015 TO 2020]",
            "  country, kind, type        CN, B, invention | utility_model | design | plant | reissue",
            "  pub_id, application_id, family_id",
            "",
            "Example: title:中药 AND ipc:A61K36* AND filing_date:[2015-01-01 TO 2024-12-31]"})
final class SearchCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query (quote it in the shell).")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--facets", paramLabel = "DIMS", split = ",",
            description = "Facet counts to show: ipc, applicant, year, region, type, country.")
    List<String> facets = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checks.positive(spec, "--limit", limit);
        Warehouse w = Checks.warehouse(spec, warehouse);
        var manifest = IndexLocation.currentManifest(w);
        SearchResult result;
        try (PatentSearcher searcher = PatentSearcher.open(IndexLocation.localShards(w, manifest),
                ApplicantNames.defaults())) {
            result = searcher.search(query, limit, facets);
        } catch (ParseException e) {
            throw new IllegalArgumentException(syntaxError(query, e), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(out, result);
            case json -> out.println(json(result));
            case csv -> csv(out, result);
        }
        out.flush();
        return 0;
    }

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("column (\\d+)");

    /** "syntax error at column 9" with the query and a caret under the place. */
    static String syntaxError(String query, ParseException e) {
        String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        // The parser reports the column of the token it could not use, in its message.
        java.util.regex.Matcher m = COLUMN.matcher(detail);
        int column = m.find() ? Integer.parseInt(m.group(1)) : -1;
        if (column < 1) {
            return "cannot parse the query: " + detail;
        }
        return "query syntax error at column " + column + ":\n  " + query + "\n  " + " ".repeat(column - 1) + "^\n  "
                + detail;
    }

    private static void table(PrintWriter out, SearchResult r) {
        out.printf(Locale.ROOT, "%,d hits for %s%n", r.total(), r.query());
        int rank = 0;
        for (SearchResult.Hit h : r.hits()) {
            out.printf(Locale.ROOT, "%3d. %-20s %-10s %6.2f  %s%n", ++rank, h.pubId(), h.filingDate(), h.score(),
                    nullToEmpty(h.title()));
            out.printf(Locale.ROOT, "     %s%n", nullToEmpty(h.firstApplicant()));
            if (h.snippet() != null) {
                out.printf(Locale.ROOT, "     %s%n", h.snippet());
            }
        }
        r.facets().forEach((dim, counts) -> {
            out.printf(Locale.ROOT, "%nfacet %s:%n", dim);
            counts.forEach(c -> out.printf(Locale.ROOT, "  %,8d  %s%n", c.count(), c.value()));
        });
    }

    static String json(SearchResult r) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("query", r.query());
        root.put("total", r.total());
        ArrayNode hits = root.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("pub_id", h.pubId());
            n.put("application_id", h.applicationId());
            n.put("title", h.title());
            n.put("applicant", h.firstApplicant());
            n.put("filing_date", h.filingDate());
            n.put("score", h.score());
            n.put("snippet", h.snippet());
        }
        ObjectNode facets = root.putObject("facets");
        r.facets().forEach((dim, counts) -> {
            ArrayNode a = facets.putArray(dim);
            counts.forEach(c -> a.addObject().put("value", c.value()).put("count", c.count()));
        });
        return root.toString();
    }

    private static void csv(PrintWriter out, SearchResult r) throws java.io.IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("pub_id", "application_id", "title", "applicant", "filing_date", "score", "snippet").get());
        for (SearchResult.Hit h : r.hits()) {
            csv.printRecord(CsvCells.safe(h.pubId()), CsvCells.safe(h.applicationId()), CsvCells.safe(h.title()),
                    CsvCells.safe(h.firstApplicant()), h.filingDate(), String.format(Locale.ROOT, "%.4f", h.score()),
                    CsvCells.safe(h.snippet()));
        }
        csv.flush();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
