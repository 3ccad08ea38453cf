package org.patnav.analytics.highvalue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.patnav.normalize.ClassificationCodes;
import org.patnav.normalize.RuleFiles;

/**
 * Strategic emerging industries by IPC, read from a table in the structure of CNIPA's concordance
 * (国知办函规字〔2021〕121号): industry code and name, IPC items joined by {@code 、} with exclusions in
 * {@code （不含…）}, optional keywords. A patent is in an industry when one of its IPC symbols matches an
 * item (and none of that item's exclusions) and, where the row lists keywords, its title or abstract
 * contains one. See {@code sei-ipc-concordance.tsv} for the notation and what the shipped rows are.
 *
 * <p>Serializable: the driver reads the table (shipped or from {@code --sei FILE}) and the Spark tasks get it
 * as a value, so no task opens a local path.
 */
public final class SeiConcordance implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Industry(String code, String name) implements Serializable {
    }

    private record Item(String pattern, List<String> exclusions) implements Serializable {
    }

    private record Row(Industry industry, List<Item> items, List<String> keywords, LocalDate effectiveFrom)
            implements Serializable {
    }

    private static final String RESOURCE = "sei-ipc-concordance.tsv";

    private final List<Row> rows;
    /** {@link #inForce} by date: a run judges every patent on one or a few dates. Each JVM fills its own. */
    private transient volatile Map<LocalDate, InForce> inForceOn;

    private SeiConcordance(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static SeiConcordance defaults() {
        return of(RuleFiles.resourceLines(SeiConcordance.class, RESOURCE, 6));
    }

    /** A concordance file in the shipped layout (the official table, converted, or the bureau's own). */
    public static SeiConcordance read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(RuleFiles.lines(in, file.toString(), 6));
        }
    }

    private static SeiConcordance of(List<RuleFiles.Line> lines) {
        List<Row> rows = new ArrayList<>();
        for (RuleFiles.Line line : lines) {
            List<Item> items = new ArrayList<>();
            for (String item : splitTopLevel(line.cell(2))) {
                items.add(item(line, item));
            }
            if (items.isEmpty()) {
                throw line.error("an industry needs at least one IPC item");
            }
            List<String> keywords = line.cell(3).isBlank() ? List.of()
                    : splitTopLevel(line.cell(3)).stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
            rows.add(new Row(new Industry(line.cell(0), line.cell(1)), items, keywords, line.date(4)));
        }
        return new SeiConcordance(rows);
    }

    /** {@code A61K35（不含A61K35/12、A61K35/74）} → pattern A61K35, exclusions A61K35/12 and A61K35/74. */
    private static Item item(RuleFiles.Line line, String text) {
        String s = text.replace('（', '(').replace('）', ')').strip();
        int open = s.indexOf('(');
        String pattern = (open < 0 ? s : s.substring(0, open)).strip();
        List<String> exclusions = new ArrayList<>();
        if (open >= 0) {
            if (!s.endsWith(")") || !s.substring(open + 1).startsWith("不含")) {
                throw line.error("an exclusion is written （不含A、B） after the item: " + text);
            }
            for (String x : s.substring(open + 3, s.length() - 1).split("[、,，]")) {
                exclusions.add(checked(line, x.strip()));
            }
        }
        return new Item(checked(line, pattern), exclusions);
    }

    private static String checked(RuleFiles.Line line, String pattern) {
        if (!pattern.matches("[A-HY](\\d{2}([A-Z](\\d{1,4}(/\\d{1,6}\\*?)?)?)?)?")) {
            throw line.error("not an IPC pattern: '" + pattern + "'");
        }
        return pattern;
    }

    /** Splits on {@code 、} outside parentheses. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            }
            if (c == '、' && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    /**
     * The industries a patent belongs to on a date, in table order, each once.
     *
     * @param ipcCodes normalised IPC symbols ({@code A61K36/18}, or a bare subclass)
     * @param text     title and abstract, for rows with keywords (may be null)
     */
    public List<Industry> industriesOf(Collection<String> ipcCodes, String text, LocalDate date) {
        InForce rows = inForce(date);
        BitSet classified = new BitSet();
        for (String code : ipcCodes) {
            classified.or(rows.classifying(code));
        }
        String lower = null;
        Set<Industry> out = new LinkedHashSet<>();
        for (int i = classified.nextSetBit(0); i >= 0; i = classified.nextSetBit(i + 1)) {
            Row row = rows.rows().get(i);
            if (out.contains(row.industry())) {
                continue;
            }
            if (!row.keywords().isEmpty() && lower == null) {
                // Lower-cased only for a row that asks for keywords: most patents match none by their classes.
                lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            }
            if (row.keywords().isEmpty() || row.keywords().stream().anyMatch(lower::contains)) {
                out.add(row.industry());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The rows in force on one date, and for each IPC symbol met so far the rows whose items cover it (as
     * row numbers). A run judges many patents on one date and their symbols repeat, so each symbol is
     * normalised and held against the items and exclusions once (that was most of the classifier's time).
     */
    private record InForce(List<Row> rows, Map<String, BitSet> bySymbol) {

        BitSet classifying(String symbol) {
            return bySymbol.computeIfAbsent(symbol, s -> {
                String code = normalised(s);
                BitSet covering = new BitSet(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).items().stream().anyMatch(item -> matches(item, code))) {
                        covering.set(i);
                    }
                }
                return covering;
            });
        }
    }

    /**
     * Rows in force on the date: of each industry code, those with the latest effective date not after
     * it; before an industry's first rows, those (statistics apply the concordance back to their baseline).
     */
    private InForce inForce(LocalDate date) {
        Map<LocalDate, InForce> memo = inForceOn;
        if (memo == null) {
            memo = new ConcurrentHashMap<>();
            inForceOn = memo;
        }
        return memo.computeIfAbsent(date, d -> new InForce(rowsInForce(d), new ConcurrentHashMap<>()));
    }

    private List<Row> rowsInForce(LocalDate date) {
        Map<String, LocalDate> latest = new LinkedHashMap<>();
        for (Row r : rows) {
            LocalDate from = r.effectiveFrom();
            latest.merge(r.industry().code(), from, (a, b) -> {
                boolean aInForce = !a.isAfter(date);
                boolean bInForce = !b.isAfter(date);
                if (aInForce != bInForce) {
                    return aInForce ? a : b;
                }
                return aInForce == a.isAfter(b) ? a : b;
            });
        }
        return rows.stream().filter(r -> r.effectiveFrom().equals(latest.get(r.industry().code()))).toList();
    }

    /** Whether the item covers {@code code} (normalised) and none of its exclusions does. */
    private static boolean matches(Item item, String code) {
        return coversNormalised(item.pattern(), code)
                && item.exclusions().stream().noneMatch(x -> coversNormalised(x, code));
    }

    private static String normalised(String code) {
        return ClassificationCodes.normalise(code).toOptional().orElse(code);
    }

    /**
     * The sector definitions' notation: a class or subclass covers every symbol under it, a main group
     * ({@code A61K36}) its subgroups, {@code G05B19/4*} the subgroups starting with 4, a full symbol itself.
     */
    static boolean covers(String pattern, String code) {
        return coversNormalised(pattern, normalised(code));
    }

    private static boolean coversNormalised(String pattern, String c) {
        if (pattern.endsWith("*")) {
            return c.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        if (pattern.contains("/")) {
            return c.equals(pattern);
        }
        if (pattern.length() <= 4) {
            return c.startsWith(pattern);
        }
        return c.equals(pattern) || c.startsWith(pattern + "/");
    }
}
