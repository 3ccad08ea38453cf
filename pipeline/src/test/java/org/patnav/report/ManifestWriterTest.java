package org.patnav.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void kpisSectionsAndTheFilesWritten(@TempDir Path out) throws IOException {
        Report report = SampleReports.landscape();
        List<String> files = new ArrayList<>(new DataFilesWriter().write(report, out));
        files.add(new WorkbookWriter().write(report, out));
        assertThat(new ManifestWriter().write(report, files, out)).isEqualTo("report.json");

        JsonNode root = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(root.get("lang").asText()).isEqualTo("zh");
        assertThat(root.get("title").asText()).isEqualTo("锂电池负极材料专利态势分析");

        JsonNode kpis = root.get("kpis");
        assertThat(names(kpis)).containsExactly("applications", "granted", "valid", "applicants", "peak_year",
                "grant_rate", "median_pendency");
        assertThat(kpis.get("applications").isIntegralNumber()).isTrue();
        assertThat(kpis.get("applications").asLong()).isEqualTo(1477L);
        assertThat(kpis.get("granted").asLong()).isEqualTo(567L);
        assertThat(kpis.get("valid").asLong()).isEqualTo(432L);
        assertThat(kpis.get("applicants").asLong()).isEqualTo(89L);
        assertThat(kpis.get("peak_year").isInt()).isTrue();
        assertThat(kpis.get("peak_year").asInt()).isEqualTo(2021);
        assertThat(kpis.get("grant_rate").isDouble()).isTrue();
        assertThat(kpis.get("grant_rate").asDouble()).isEqualTo(0.4595);
        assertThat(kpis.get("median_pendency").isNull()).isTrue();

        JsonNode sections = root.get("sections");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).get("id").asText()).isEqualTo("trend");
        assertThat(sections.get(0).get("title").asText()).isEqualTo("申请趋势");
        assertThat(texts(sections.get(0).get("tables"))).containsExactly("trend_by_year");
        assertThat(texts(sections.get(1).get("tables"))).containsExactly("top_applicants",
                "applicants_by_province_and_city_2015", "applicants_by_province_and_city_2016");

        assertThat(texts(root.get("files"))).containsExactly(
                "data/trend_by_year.csv", "data/trend_by_year.json",
                "data/top_applicants.csv", "data/top_applicants.json",
                "data/applicants_by_province_and_city_2015.csv", "data/applicants_by_province_and_city_2015.json",
                "data/applicants_by_province_and_city_2016.csv", "data/applicants_by_province_and_city_2016.json",
                "report.xlsx");
        for (JsonNode f : root.get("files")) {
            assertThat(out.resolve(f.asText())).isRegularFile();
        }
    }

    @Test
    void theReportsManifestComesAfterTheHeadingsWithItsKeysSorted() throws IOException {
        JsonNode root = JSON.readTree(bytes(SampleReports.landscape()));
        assertThat(names(root)).containsExactly("lang", "title", "subtitle",
                "counting", "period", "sector", "warehouse", "kpis", "sections", "files");
        assertThat(names(root.get("sector"))).containsExactly("id", "name", "version");
        assertThat(root.get("sector").get("version").asInt()).isEqualTo(3);
        assertThat(root.get("warehouse").get("snapshot").asLong()).isEqualTo(42L);
        assertThat(texts(root.get("period"))).containsExactly("2019", "2021");
    }

    @Test
    void theSameReportGivesTheSameBytesWhateverTheMapOrder() throws IOException {
        Map<String, Object> forward = new LinkedHashMap<>();
        Map<String, Object> backward = new LinkedHashMap<>();
        List<String> keys = List.of("a", "b", "c", "d", "e", "f");
        keys.forEach(k -> forward.put(k, Map.of("x", 1, "y", List.of(k))));
        keys.reversed().forEach(k -> backward.put(k, Map.of("y", List.of(k), "x", 1)));
        forward.put("tags", Set.of("z", "m", "a", "q"));
        backward.put("tags", Set.of("q", "a", "z", "m"));
        forward.put("as_of", LocalDate.of(2025, 6, 30));
        backward.put("as_of", LocalDate.of(2025, 6, 30));
        String a = new String(bytes(withManifest(forward)), UTF_8);
        String b = new String(bytes(withManifest(backward)), UTF_8);
        assertThat(a).isEqualTo(b).contains("\"as_of\": \"2025-06-30\"").doesNotContain("\r");
        assertThat(texts(JSON.readTree(a).get("tags"))).containsExactly("a", "m", "q", "z");
    }

    @Test
    void refusesWhatItCannotWriteFaithfully(@TempDir Path out) {
        ManifestWriter w = new ManifestWriter();
        assertThatThrownBy(() -> w.write(withManifest(Map.of("kpis", 1)), List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kpis'");
        assertThatThrownBy(() -> w.write(withManifest(Map.of("input", Path.of("/x"))), List.of(),
                new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manifest input");
        assertThatThrownBy(() -> w.write(withManifest(Map.of("score", Double.NaN)), List.of(),
                new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manifest score");
        assertThatThrownBy(() -> w.write(SampleReports.landscape(), List.of("data/missing.csv"), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data/missing.csv");
        assertThat(out.resolve("report.json")).doesNotExist();
        Report twice = new Report("en", "T", "S",
                List.of(new Kpi("a", "A", Column.Type.INTEGER, 1L, null),
                        new Kpi("a", "A", Column.Type.INTEGER, 2L, null)),
                List.of(), List.of(), Map.of());
        assertThatThrownBy(() -> w.write(twice, List.of(), new ByteArrayOutputStream()))
                .hasMessageContaining("two KPIs with id 'a'");
    }

    private static Report withManifest(Map<String, Object> manifest) {
        Report r = SampleReports.landscape();
        return new Report(r.lang(), r.title(), r.subtitle(), r.kpis(), r.sections(), r.methods(),
                new HashMap<>(manifest));
    }

    private static byte[] bytes(Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ManifestWriter().write(r, List.of("report.xlsx"), out);
        return out.toByteArray();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
