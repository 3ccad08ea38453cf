package org.patnav.analytics.highvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeiConcordanceTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private final SeiConcordance shipped = SeiConcordance.defaults();

    @TempDir
    Path tmp;

    private List<String> codes(List<String> ipc, String text) {
        return shipped.industriesOf(ipc, text, DATE).stream().map(SeiConcordance.Industry::code).toList();
    }

    @Test
    void aMainGroupCoversItsSubgroupsAndNothingThatOnlySharesItsDigits() {
        assertThat(SeiConcordance.covers("A61K36", "A61K36/18")).isTrue();
        assertThat(SeiConcordance.covers("A61K36", "A61K36")).isTrue();
        assertThat(SeiConcordance.covers("B60L1", "B60L15/20")).isFalse();
        assertThat(SeiConcordance.covers("B60L1", "B60L1/00")).isTrue();
    }

    @Test
    void subclassesClassesAndSubgroupPrefixes() {
        assertThat(SeiConcordance.covers("B25J", "B25J9/16")).isTrue();
        assertThat(SeiConcordance.covers("B61", "B61D1/00")).isTrue();
        assertThat(SeiConcordance.covers("G05B19/4*", "G05B19/4155")).isTrue();
        assertThat(SeiConcordance.covers("G05B19/4*", "G05B19/18")).isFalse();
        assertThat(SeiConcordance.covers("G05B19/18", "G05B19/181")).isFalse();
        assertThat(SeiConcordance.covers("H02J7", "H02J 7/00")).as("any spacing of the symbol").isTrue();
    }

    @Test
    void theShippedRowsPlaceTheBureausSectors() {
        assertThat(codes(List.of("A61K36/899", "A61P1/04"), "一种治疗胃炎的中药组合物")).containsExactly("4.1.3");
        assertThat(codes(List.of("B25J9/16"), null)).containsExactly("2.1.1");
        assertThat(codes(List.of("H01M10/0525"), null)).containsExactly("5.2");
        assertThat(codes(List.of("B60L53/10"), null)).as("charging: vehicles and their facilities").containsExactly("5.1", "5.3");
        assertThat(codes(List.of("A61Q19/00"), "一种保湿面霜")).isEmpty();
    }

    @Test
    void anExclusionTakesItsSymbolsOutOfTheItem() {
        assertThat(codes(List.of("H01M6/04"), null)).as("primary cells are excluded from 5.2").isEmpty();
        assertThat(codes(List.of("B60L1/00"), null)).isEmpty();
        assertThat(codes(List.of("A61K35/74"), "一种含益生菌的中药制剂")).isEmpty();
    }

    @Test
    void keywordsNarrowARow() {
        assertThat(codes(List.of("A61K35/64"), "一种含水蛭的中药制剂")).containsExactly("4.1.3");
        assertThat(codes(List.of("A61K35/64"), "A leech extract for wound healing")).isEmpty();
    }

    @Test
    void rowsApplyFromTheirEffectiveDateAndTheFirstRowsBeforeIt() throws IOException {
        Path file = tmp.resolve("sei.tsv");
        Files.writeString(file, String.join("\n",
                "9.1\t旧产业\tA61K36\t\t2021-01-01\ttest",
                "9.1\t旧产业\tA61K35\t\t2024-01-01\ttest"), StandardCharsets.UTF_8);
        SeiConcordance c = SeiConcordance.read(file);
        assertThat(c.industriesOf(List.of("A61K36/18"), null, LocalDate.of(2020, 12, 31))).hasSize(1);
        assertThat(c.industriesOf(List.of("A61K36/18"), null, LocalDate.of(2023, 12, 31))).hasSize(1);
        assertThat(c.industriesOf(List.of("A61K36/18"), null, LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(c.industriesOf(List.of("A61K35/64"), null, LocalDate.of(2024, 1, 1))).hasSize(1);
    }

    @Test
    void aTableReadOnTheDriverTravelsToSparkTasksAsAValue() throws IOException, ClassNotFoundException {
        // A task never opens the --sei path (it may not exist where the task runs): it gets this copy.
        Path file = tmp.resolve("sei.tsv");
        Files.writeString(file, "9.1\t测试产业\tA61K36（不含A61K36/18）\t中药\t2021-01-01\ttest\n", StandardCharsets.UTF_8);
        SeiConcordance onDriver = SeiConcordance.read(file);
        Files.delete(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(onDriver);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SeiConcordance inTask = (SeiConcordance) in.readObject();
            assertThat(inTask.industriesOf(List.of("A61K36/185"), "一种中药组合物", DATE))
                    .containsExactly(new SeiConcordance.Industry("9.1", "测试产业"));
            assertThat(inTask.industriesOf(List.of("A61K36/18"), "一种中药组合物", DATE)).as("excluded").isEmpty();
            assertThat(inTask.industriesOf(List.of("A61K36/185"), "a herbal extract", DATE)).as("no keyword").isEmpty();
        }
    }

    @Test
    void aBadPatternNamesItsLine() throws IOException {
        Path file = tmp.resolve("bad.tsv");
        Files.writeString(file, "# header\n1.1\t产业\tA61K36、X99\t\t2021-01-01\ttest\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SeiConcordance.read(file)).hasMessageContaining("line 2").hasMessageContaining("'X99'");
        Files.writeString(file, "1.1\t产业\tA61K36（A61K36/18）\t\t2021-01-01\ttest\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SeiConcordance.read(file)).hasMessageContaining("不含");
    }
}
