package org.patnav.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patnav.report.Column.Type;

/** The landscape bench's table comparison and the structure of its DuckDB SQL (no DuckDB runs here). */
class LandscapeTableCheckTest {

    private static final List<Type> TYPES = List.of(Type.TEXT, Type.INTEGER, Type.PERCENT, Type.DECIMAL);
    private static final List<String> HEADER = List.of("applicant", "applications", "share", "hhi");

    @Test
    void numbersAgreeToTheReportsRounding() {
        // 0.12345 and 0.1234 both show as 12.3%; 1234.561 and 1234.5649 both as 1,234.56.
        List<List<String>> ours = List.of(HEADER, List.of("华佗药业", "12", "0.12345", "1234.561"));
        List<List<String>> theirs = List.of(HEADER, List.of("华佗药业", "12", "0.1234", "1234.5649"));
        assertThat(LandscapeTableCheck.firstDifference(TYPES, ours, theirs)).isEmpty();
    }

    @Test
    void namesTheFirstDifferingRowAndColumn() {
        List<List<String>> ours = List.of(HEADER, List.of("a", "12", "0.5", "1"), List.of("b", "11", "0.25", "1"));
        List<List<String>> theirs = List.of(HEADER, List.of("a", "12", "0.5", "1"), List.of("b", "11", "0.26", "1"));
        assertThat(LandscapeTableCheck.firstDifference(TYPES, ours, theirs))
                .hasValueSatisfying(d -> assertThat(d).startsWith("row 2, column share: PatNav '25.0%', baseline '26.0%'"));
        assertThat(LandscapeTableCheck.firstDifference(TYPES, ours, ours.subList(0, 2)))
                .hasValueSatisfying(d -> assertThat(d).startsWith("2 rows against the baseline's 1; first unmatched row 2"));
    }

    @Test
    void baselineTextIsNeutralisedAsPatNavsCsvWriterDoesIt() {
        // PatNav's CSV writes a text cell starting with '=' with an apostrophe before it; DuckDB writes it raw.
        List<List<String>> ours = List.of(HEADER, List.of("'=cmd", "1", "", ""));
        List<List<String>> theirs = List.of(HEADER, List.of("=cmd", "1", "", ""));
        assertThat(LandscapeTableCheck.firstDifference(TYPES, ours, theirs)).isEmpty();
    }

    @Test
    void theSqlHasOneTableForEveryTableOfTheReport() throws IOException {
        String sql;
        try (InputStream in = DuckDbLandscape.class.getResourceAsStream("landscape-duckdb.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DuckDbLandscape.Block> blocks = DuckDbLandscape.blocks(sql);
        assertThat(blocks.stream().filter(b -> b.kind().equals("step")).map(DuckDbLandscape.Block::name))
                .containsExactly("load", "analyse", "navigate");
        assertThat(blocks.stream().filter(b -> b.kind().equals("table")).map(DuckDbLandscape.Block::name))
                .containsExactlyInAnyOrderElementsOf(LandscapeTableCheck.TABLES);
        // Every placeholder is one DuckDbLandscape fills in.
        Map<String, String> values = Map.ofEntries(Map.entry("facts", "'f'"), Map.entry("sector", "'tcm'"),
                Map.entry("status", "'s'"), Map.entry("persons", "'p'"), Map.entry("inventors", "'n'"),
                Map.entry("chain", "'c'"), Map.entry("effects", "'e'"), Map.entry("labels", "'l'"),
                Map.entry("ipc_titles", "'i'"), Map.entry("as_of", "'2026-11-24'"), Map.entry("region", "'341600'"));
        assertThat(DuckDbLandscape.fill(sql, values)).doesNotContainPattern("\\$\\{[a-z_]+}");
    }
}
