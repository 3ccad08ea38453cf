package org.patnav.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.patnav.report.CellText;
import org.patnav.report.Column;
import org.patnav.report.CsvCells;

/**
 * Compares every table of a landscape report ({@code data/<table>.csv}, with its column types from
 * {@code data/<table>.json}) with the baseline's {@code <table>.csv} (DuckDbLandscape): the same columns,
 * the same rows in the same order, and every cell the same as the report shows it ({@link CellText}:
 * counts exact, decimals to two places, shares to a tenth of a percent; text as the report's CSV writes
 * it, {@link CsvCells}). Fails on the first difference of each table, naming table, row and column, and
 * on a table either side lacks. Usage: {@code LandscapeTableCheck REPORT_DATA_DIR BASELINE_DIR}; exit 1
 * when any table differs.
 */
public final class LandscapeTableCheck {

    /**
     * Every table of the landscape report without --company (issue 12), with the navigation sections' of a sector
     * placed on an industry chain (issue 13), as the bench's sector is: none may be missing.
     */
    public static final List<String> TABLES = List.of("patent_types", "trend", "life_cycle", "focus_region",
            "provinces", "cities", "countries", "top_applicants", "applicant_types", "new_entrants", "concentration",
            "ipc_subclasses", "ipc_groups", "branch_trends", "hot_spots", "gaps", "most_cited", "largest_families",
            "core_patents", "cnipa_high_value", "legal_status", "free_to_use", "co_applicants", "team_sizes",
            "recommendations", "chain_segments", "chain_branches", "chain_sub_branches", "branch_direction",
            "branch_entrants", "lineages", "roadmap", "position_levels", "positions", "province_positions",
            "local_leaders", "gap_leaders", "top_inventors", "branch_inventors", "region_inventors",
            "recruitment_targets", "inventor_moves", "effect_matrix", "effect_matrix_region", "effect_totals",
            "effect_opportunities", "operation_by_branch", "operation_by_year", "transfer_flows", "transfers",
            "transfer_candidates", "free_in_weak_branches", "cultivate", "attract", "path_talent", "technologies",
            "partners", "high_value_candidates", "risks");

    private LandscapeTableCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args[0]);
        Path baseline = Path.of(args[1]);
        TreeSet<String> ids = new TreeSet<>(TABLES);
        try (Stream<Path> files = Files.list(report)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - 4)));
        }
        int failed = 0;
        int rows = 0;
        for (String id : ids) {
            Path ours = report.resolve(id + ".csv");
            Path theirs = baseline.resolve(id + ".csv");
            Optional<String> difference;
            int tableRows = 0;
            if (!Files.exists(ours)) {
                difference = Optional.of("PatNav wrote no " + ours.getFileName());
            } else if (!Files.exists(theirs)) {
                difference = Optional.of("the baseline wrote no " + theirs);
            } else {
                List<Column.Type> types = types(report.resolve(id + ".json"));
                List<List<String>> a = read(ours);
                tableRows = a.size() - 1;
                rows += tableRows;
                difference = firstDifference(types, a, read(theirs));
            }
            if (difference.isPresent()) {
                failed++;
                System.out.printf(Locale.ROOT, "DIFFERS  %-18s %s%n", id, difference.get());
            } else {
                System.out.printf(Locale.ROOT, "same     %-18s %,d rows%n", id, tableRows);
            }
        }
        System.out.printf(Locale.ROOT, "%d tables compared (%,d rows): %d the same, %d differ%n", ids.size(), rows,
                ids.size() - failed, failed);
        if (failed > 0) {
            System.exit(1);
        }
    }

    /**
     * The first difference between PatNav's table {@code ours} and the baseline's {@code theirs} (header
     * row first), or empty when they agree as the report shows them.
     */
    static Optional<String> firstDifference(List<Column.Type> types, List<List<String>> ours, List<List<String>> theirs) {
        if (ours.isEmpty() || theirs.isEmpty()) {
            return Optional.of(ours.isEmpty() ? "PatNav's file is empty" : "the baseline's file is empty");
        }
        if (!ours.getFirst().equals(theirs.getFirst())) {
            return Optional.of("columns " + ours.getFirst() + " against the baseline's " + theirs.getFirst());
        }
        for (int r = 1; r < Math.max(ours.size(), theirs.size()); r++) {
            if (r >= ours.size() || r >= theirs.size()) {
                return Optional.of(String.format(Locale.ROOT, "%,d rows against the baseline's %,d; first unmatched row %d: %s",
                        ours.size() - 1, theirs.size() - 1, r, r >= ours.size() ? "baseline " + theirs.get(r) : "PatNav " + ours.get(r)));
            }
            for (int c = 0; c < types.size(); c++) {
                String a = shown(types.get(c), ours.get(r).get(c), false);
                String b = shown(types.get(c), theirs.get(r).get(c), true);
                if (!a.equals(b)) {
                    return Optional.of(String.format(Locale.ROOT, "row %d, column %s: PatNav '%s', baseline '%s'%n"
                            + "           PatNav   %s%n           baseline %s", r, ours.getFirst().get(c), a, b,
                            ours.get(r), theirs.get(r)));
                }
            }
        }
        return Optional.empty();
    }

    /** A CSV cell as the report shows it; the baseline's text is neutralised as PatNav's CSV writer does. */
    static String shown(Column.Type type, String cell, boolean baseline) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        Object value = switch (type) {
            case TEXT -> baseline ? CsvCells.safe(cell) : cell;
            case INTEGER -> new BigDecimal(cell).longValueExact();
            case YEAR -> new BigDecimal(cell).intValueExact();
            case DECIMAL, PERCENT -> Double.parseDouble(cell);
            case DATE -> LocalDate.parse(cell);
        };
        return CellText.of(type, value, Locale.ROOT);
    }

    private static List<Column.Type> types(Path json) throws IOException {
        JsonNode table = new ObjectMapper().readTree(json.toFile());
        List<Column.Type> types = new ArrayList<>();
        table.path("columns").forEach(c -> types.add(Column.Type.valueOf(c.path("type").asText().toUpperCase(Locale.ROOT))));
        return types;
    }

    /** Every record of a CSV file, header first; a UTF-8 byte-order mark is skipped. */
    static List<List<String>> read(Path csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) {
                out.add(rec.toList());
            }
        }
        return out;
    }
}
