package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and checking sector definitions: every failure names the file and the problem. */
class SectorDefinitionTest {

    private static final String HEAD = """
            id: robots
            version: "1"
            name: {zh: 机器人, en: Robots}
            """;

    private static SectorDefinition read(String yaml) throws IOException {
        return SectorDefinition.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "robots.yaml");
    }

    @Test
    void readsEveryPartOfADefinition() throws IOException {
        SectorDefinition d = read(HEAD + """
                sources: IPC 2024.01 B25J
                notes: toys are out
                include:
                  - id: manipulators
                    description: programme-controlled manipulators
                    ipc: [B25J9, B25J13/08*]
                    cpc: [Y10S901]
                  - id: robot-words
                    keywords: {zh: [工业机器人], en: [industrial robot]}
                    fields: [title, claims]
                  - id: designs
                    query: 'type:design AND title:机器人'
                exclude:
                  - id: toys
                    ipc: [A63H]
                """);
        assertThat(d.id()).isEqualTo("robots");
        assertThat(d.version()).isEqualTo("1");
        assertThat(d.name()).isEqualTo(Map.of("zh", "机器人", "en", "Robots"));
        assertThat(d.sources()).isEqualTo("IPC 2024.01 B25J");
        assertThat(d.notes()).isEqualTo("toys are out");
        assertThat(d.include()).extracting(SectorDefinition.Clause::id).containsExactly("manipulators", "robot-words", "designs");
        assertThat(d.include().get(0).ipc()).containsExactly("B25J9", "B25J13/08*");
        assertThat(d.include().get(0).cpc()).containsExactly("Y10S901");
        assertThat(d.include().get(0).description()).isEqualTo("programme-controlled manipulators");
        assertThat(d.include().get(1).keywords()).isEqualTo(Map.of("zh", List.of("工业机器人"), "en", List.of("industrial robot")));
        assertThat(d.include().get(1).fields()).containsExactly("title", "claims");
        assertThat(d.include().get(2).query()).isEqualTo("type:design AND title:机器人");
        assertThat(d.exclude()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("toys");
            assertThat(c.ipc()).containsExactly("A63H");
            assertThat(c.keywords()).isEmpty();
            assertThat(c.fields()).isEmpty();
        });
    }

    @Test
    void keepsKeywordLanguagesInTheFilesOrder() throws IOException {
        String languages = "en, zh, de, fr, ja, ko, ru, es";
        StringBuilder yaml = new StringBuilder(HEAD + "include:\n  - id: words\n    keywords:\n");
        for (String lang : languages.split(", ")) {
            yaml.append("      ").append(lang).append(": [robot]\n");
        }
        SectorDefinition d = read(yaml.toString());
        assertThat(String.join(", ", d.include().getFirst().keywords().keySet())).isEqualTo(languages);
    }

    @Test
    void rejectsAnUnknownKey() {
        assertThatThrownBy(() -> read(HEAD + "colour: red\ninclude: [{id: a, ipc: [B25J]}]\n"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("sector definition robots.yaml: Unrecognized field \"colour\"");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, ipcs: [B25J]}]\n"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("sector definition robots.yaml: Unrecognized field \"ipcs\"");
    }

    @Test
    void rejectsAMissingRequiredKey() {
        assertThatThrownBy(() -> read("id: robots\nname: {en: Robots}\ninclude: [{id: a, ipc: [B25J]}]\n"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("sector definition robots.yaml: Missing required creator property 'version'");
    }

    @Test
    void rejectsABadId() {
        assertThatThrownBy(() -> read(HEAD.replace("id: robots", "id: Industrial Robots") + "include: [{id: a, ipc: [B25J]}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: id 'Industrial Robots' must be lower-case letters, digits and dashes");
    }

    @Test
    void rejectsADefinitionWithoutIncludeClauses() {
        assertThatThrownBy(() -> read(HEAD + "include: []\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: no include clauses");
    }

    @Test
    void rejectsAClauseIdUsedTwice() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: toys, ipc: [B25J]}]\nexclude: [{id: toys, ipc: [A63H]}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause id 'toys' is used twice");
    }

    @Test
    void rejectsAnEmptyClause() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: nothing, description: to be written}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'nothing' has no ipc, cpc, keywords or query");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: nothing, ipc: [], query: ' '}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'nothing' has no ipc, cpc, keywords or query");
    }

    @Test
    void rejectsKeywordsWithoutWords() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: words, keywords: {zh: []}}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'words': no keywords listed for zh");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: words, keywords: {zh: [机器人], en: }}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'words': no keywords listed for en");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: words, keywords: {zh: [机器人, ' ']}}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'words': a blank keyword in zh");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: words, keywords: {zh: [机器人, ~]}}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'words': a blank keyword in zh");
    }

    @Test
    void rejectsABadClassificationPattern() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, ipc: [B25J, 'A61K 36']}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'a': 'A61K 36' is not an IPC/CPC symbol or prefix");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, cpc: [b25j9]}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'a': 'b25j9' is not an IPC/CPC symbol or prefix");
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, ipc: [B25J9/]}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'a': 'B25J9/' is not a valid symbol");
    }

    @Test
    void rejectsAnUnknownKeywordField() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, keywords: {zh: [机器人]}, fields: [title, description]}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'a': keywords can be looked for in title, abstract"
                        + " or claims, not description");
    }

    @Test
    void rejectsKeywordsNotGroupedByLanguage() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, keywords: {chinese: [机器人]}}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition robots.yaml: clause 'a': keywords are grouped by two-letter language"
                        + " code, not chinese");
    }

    @Test
    void rejectsAQueryThatDoesNotParse() {
        assertThatThrownBy(() -> read(HEAD + "include: [{id: a, query: 'title:(机器人 OR'}]\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sector definition robots.yaml: clause 'a': cannot parse query: Cannot parse"
                        + " 'title:(机器人 OR': Encountered \"<EOF>\"");
    }

    @Test
    void rejectsAFileThatIsNotADefinition() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(IOException.class)
                .hasMessage("sector definition robots.yaml: No content to map due to end-of-input");
        assertThatThrownBy(() -> read("---\n"))
                .isInstanceOf(IOException.class)
                .hasMessage("sector definition robots.yaml: the file holds no definition");
        assertThatThrownBy(() -> read("# sector to be written\n"))
                .isInstanceOf(IOException.class)
                .hasMessage("sector definition robots.yaml: No content to map due to end-of-input");
        assertThatThrownBy(() -> read("- id: robots\n"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("sector definition robots.yaml: ");
    }

    @Test
    void readsAnAnalystsFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("robots.yaml"), HEAD + """
                include:
                  - id: manipulators
                    ipc: [B25J9]
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bozhou-herbs.yml"), """
                # 亳州中药材: an analyst's own sector
                id: bozhou-herbs
                version: "2026.2"
                name: {zh: 亳州中药材}
                include:
                  - id: herbs
                    keywords: {zh: [亳芍, 亳菊, 亳州]}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.txt"), "not a definition", StandardCharsets.UTF_8);

        List<SectorDefinition> sectors = Sectors.fromDirectory(dir);

        assertThat(sectors).extracting(SectorDefinition::id).containsExactly("bozhou-herbs", "robots");
        assertThat(sectors.getFirst().include().getFirst().keywords()).isEqualTo(Map.of("zh", List.of("亳芍", "亳菊", "亳州")));
        assertThat(CompiledSector.compile(sectors.getFirst()).clauseIds()).containsExactly("herbs");
    }

    @Test
    void aBadFileInAFolderIsNamedByItsPath(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("robots.yaml");
        Files.writeString(bad, HEAD + "include: [{id: a, ipc: [B25J], fields: [titel]}]\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Sectors.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector definition " + bad + ": clause 'a': keywords can be looked for in title, abstract"
                        + " or claims, not titel");
    }

    @Test
    void aFolderNeedsDefinitionsWithDistinctIds(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Sectors.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no sector definitions (*.yaml) in " + dir);
        Files.writeString(dir.resolve("a.yaml"), HEAD + "include: [{id: a, ipc: [B25J]}]\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.yaml"), HEAD + "include: [{id: b, ipc: [B25J9]}]\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Sectors.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("two sector definitions in " + dir + " share an id");
    }
}
