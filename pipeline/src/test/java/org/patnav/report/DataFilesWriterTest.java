package org.patnav.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV and JSON files of {@link SampleReports#landscape()} against committed golden files. After
 * checking that a change is intended, rewrite them with {@code -Dpatnav.updateGolden=true}. The golden
 * folder's {@code .gitattributes} keeps Git from touching their line ends (CSV is CRLF by RFC 4180).
 */
class DataFilesWriterTest {

    private static final Path SOURCE_COPY = Path.of("src/test/resources/org/patnav/report/golden");

    @Test
    void everyTableMatchesItsGoldenFiles(@TempDir Path out) throws IOException {
        List<String> files = new DataFilesWriter().write(SampleReports.landscape(), out);
        assertThat(files).containsExactly(
                "data/trend_by_year.csv", "data/trend_by_year.json",
                "data/top_applicants.csv", "data/top_applicants.json",
                "data/applicants_by_province_and_city_2015.csv", "data/applicants_by_province_and_city_2015.json",
                "data/applicants_by_province_and_city_2016.csv", "data/applicants_by_province_and_city_2016.json");
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.createDirectories(SOURCE_COPY);
            for (String f : files) {
                Files.copy(out.resolve(f), SOURCE_COPY.resolve(Path.of(f).getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("golden files rewritten: " + SOURCE_COPY.toAbsolutePath());
        }
        for (String f : files) {
            byte[] actual = Files.readAllBytes(out.resolve(f));
            byte[] expected = golden(Path.of(f).getFileName().toString());
            // As text first, for a readable diff; then byte for byte (BOM, CRLF).
            assertThat(new String(actual, UTF_8)).as(f).isEqualTo(new String(expected, UTF_8));
            assertThat(actual).as(f).isEqualTo(expected);
        }
        try (Stream<Path> golden = Files.list(SOURCE_COPY)) {
            assertThat(golden.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .as("no stale golden files")
                    .containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f.substring(5)).toList());
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesTextButNotNumbers(@TempDir Path out) throws IOException {
        new DataFilesWriter().write(SampleReports.landscape(), out);
        byte[] bytes = Files.readAllBytes(out.resolve("data/top_applicants.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        List<CSVRecord> applicants = read(out.resolve("data/top_applicants.csv"));
        assertThat(applicants.get(0).values()).containsExactly("rank", "applicant", "first_filing", "applications",
                "share");
        assertThat(applicants.get(1).values())
                .containsExactly("1", "宁德时代新能源科技股份有限公司", "2015-03-02", "320", "0.25");
        assertThat(applicants.stream().skip(2).limit(4).map(r -> r.get(1)))
                .containsExactly("'" + SampleReports.HYPERLINK, "'+1", "'-2", "'@SUM(A1)");
        assertThat(applicants.get(3).values()).containsExactly("3", "'+1", "", "50", "0.0001");
        assertThat(applicants.get(6).get(1)).isEqualTo("Smith, Jones & \"Partners\"\nLtd");

        List<CSVRecord> trend = read(out.resolve("data/trend_by_year.csv"));
        assertThat(trend.get(2).values()).containsExactly("2020", "117", "-3", "0.3333333333333333", "9.5");
        assertThat(trend.get(1).values()).containsExactly("2019", "120", "", "0.25", "8.1234");
        assertThat(trend.get(3).values()).containsExactly("2021", "1240", "1123", "", "10");

        assertThat(read(out.resolve("data/applicants_by_province_and_city_2015.csv")).get(2).get(1))
                .isEqualTo("'\t深圳市");
    }

    @Test
    void jsonKeepsTypesAndNulls(@TempDir Path out) throws IOException {
        new DataFilesWriter().write(SampleReports.landscape(), out);
        JsonNode trend = new ObjectMapper().readTree(out.resolve("data/trend_by_year.json").toFile());
        assertThat(trend.get("id").asText()).isEqualTo("trend_by_year");
        assertThat(trend.get("title").asText()).isEqualTo("历年申请量");
        assertThat(trend.get("columns").get(3).get("type").asText()).isEqualTo("percent");
        JsonNode y2020 = trend.get("rows").get(1);
        assertThat(y2020.get("year").isInt()).isTrue();
        assertThat(y2020.get("change").isIntegralNumber()).isTrue();
        assertThat(y2020.get("change").asLong()).isEqualTo(-3L);
        assertThat(y2020.get("grant_rate").asDouble()).isEqualTo(1.0 / 3);
        assertThat(trend.get("rows").get(0).get("change").isNull()).isTrue();
        assertThat(trend.get("note").asText()).startsWith("2024");

        JsonNode applicants = new ObjectMapper().readTree(out.resolve("data/top_applicants.json").toFile());
        assertThat(applicants.get("rows").get(0).get("first_filing").asText()).isEqualTo("2015-03-02");
        assertThat(applicants.get("rows").get(1).get("applicant").asText())
                .as("JSON is not opened by a spreadsheet: text as it is").isEqualTo(SampleReports.HYPERLINK);
        assertThat(applicants.get("note").isNull()).isTrue();
    }

    @Test
    void tableIdsMustBeSafeAndDistinctFileNames(@TempDir Path out) {
        Table a = Table.builder("Trend", "A", Column.integer("n", "N")).build();
        Table b = Table.builder("trend", "B", Column.integer("n", "N")).build();
        Table bad = Table.builder("../x", "X", Column.integer("n", "N")).build();
        assertThatThrownBy(() -> new DataFilesWriter().write(report(a, b), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same data file");
        assertThatThrownBy(() -> new DataFilesWriter().write(report(bad), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a file name");
        assertThat(out.resolve("x.csv")).doesNotExist();
    }

    private static Report report(Table... tables) {
        return new Report("en", "T", "S", List.of(),
                List.of(new Section("s", "S", List.of(), List.of(), List.of(tables))), List.of(), Map.of());
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        String text = Files.readString(csv, UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader r = new StringReader(text.substring(1))) {
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }

    /** Read from the source folder (the module's working directory), so an update run compares what it wrote. */
    private static byte[] golden(String name) throws IOException {
        Path file = SOURCE_COPY.resolve(name);
        assertThat(file).as("golden file").exists();
        return Files.readAllBytes(file);
    }
}
