package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.patnav.model.Publication;
import org.patnav.navigate.CompiledChain.BranchMatch;
import org.patnav.navigate.IndustryChain.Position;

/**
 * Reading an industry chain (every failure names the file and, where it is one, the branch) and
 * matching one over a small index: the assignment rule of {@link CompiledChain}.
 */
class IndustryChainTest {

    private static final String HEAD = """
            id: robots
            version: "1"
            sector: equipment
            name: {zh: 机器人产业链, en: Robot chain}
            """;

    /** Components upstream, robots midstream with a grippers sub-branch, applications downstream. */
    private static final String ROBOT_CHAIN = HEAD + """
            segments:
              - id: upstream
                branches:
                  - id: reducers
                    name: {zh: 减速器, en: Reducers}
                    include:
                      - id: strain-wave
                        ipc: [F16H49]
              - id: midstream
                branches:
                  - id: robots
                    name: {zh: 机器人本体, en: Robots}
                    include:
                      - id: manipulators
                        ipc: [B25J]
                    exclude:
                      - id: toys
                        ipc: [A63H]
                    branches:
                      - id: grippers
                        name: {zh: 末端执行器, en: Grippers}
                        include:
                          - id: gripping-heads
                            ipc: [B25J15]
                          - id: gripper-words
                            keywords: {zh: [夹爪], en: [gripper]}
              - id: downstream
                branches:
                  - id: applications
                    name: {zh: 机器人应用, en: Applications}
                    include:
                      - id: task-robots
                        keywords: {zh: [焊接机器人, 码垛机器人], en: [welding robot]}
            """;

    private static IndustryChain read(String yaml) throws IOException {
        return IndustryChain.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "robots.yaml");
    }

    /** A chain of one upstream branch whose body is given, for the checks of a branch. */
    private static String oneBranch(String branch) {
        return HEAD + """
                segments:
                  - id: upstream
                    branches:
                """ + branch.indent(6);
    }

    @Test
    void readsSegmentsBranchesAndSubBranchesInFileOrder() throws IOException {
        IndustryChain chain = read(ROBOT_CHAIN);
        assertThat(chain.sector()).isEqualTo("equipment");
        assertThat(chain.segments()).extracting(IndustryChain.Segment::position)
                .containsExactly(Position.UPSTREAM, Position.MIDSTREAM, Position.DOWNSTREAM);
        assertThat(chain.allBranches()).extracting(IndustryChain.Branch::id)
                .containsExactly("reducers", "robots", "grippers", "applications");
        assertThat(Position.MIDSTREAM.zh()).isEqualTo("中游");
        assertThat(Position.DOWNSTREAM.id()).isEqualTo("downstream");
    }

    @Test
    void rejectsAnUnknownSegment() {
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("id: downstream", "id: retail")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("industry chain robots.yaml: unknown segment 'retail' (a segment is upstream, midstream or downstream)");
    }

    @Test
    void rejectsSegmentsOutOfChainOrderOrListedTwice() {
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("id: upstream", "id: downstream")))
                .hasMessage("industry chain robots.yaml: segment 'midstream' is listed twice or out of order (upstream, midstream, downstream)");
    }

    @Test
    void rejectsASegmentWithoutBranches() {
        assertThatThrownBy(() -> read(HEAD + "segments:\n  - id: upstream\n"))
                .hasMessage("industry chain robots.yaml: segment 'upstream' has no branches");
    }

    @Test
    void rejectsABranchIdUsedTwiceAcrossTheChain() {
        // A sub-branch may not take the id of a branch elsewhere: ids are the keys of the chain's tables.
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("id: grippers", "id: reducers")))
                .hasMessage("industry chain robots.yaml, branch 'reducers': the id is used twice in the chain");
    }

    @Test
    void rejectsABranchWithAnEmptyQuery() {
        assertThatThrownBy(() -> read(oneBranch("""
                - id: reducers
                  name: {zh: 减速器, en: Reducers}
                """)))
                .hasMessage("industry chain robots.yaml, branch 'reducers': empty query: no include clauses and no sub-branches");
        assertThatThrownBy(() -> read(oneBranch("""
                - id: reducers
                  name: {zh: 减速器, en: Reducers}
                  include:
                    - id: nothing
                      description: a clause that says nothing
                """)))
                .hasMessage("industry chain robots.yaml, branch 'reducers': clause 'nothing' has no ipc, cpc, keywords or query");
    }

    @Test
    void reportsAClauseErrorWithTheBranchItIsIn() {
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("ipc: [B25J15]", "ipc: [B25J 15]")))
                .hasMessage("industry chain robots.yaml, branch 'grippers': clause 'gripping-heads': 'B25J 15' is not an IPC/CPC symbol or prefix");
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("keywords: {zh: [夹爪], en: [gripper]}", "keywords: {zh: []}")))
                .hasMessage("industry chain robots.yaml, branch 'grippers': clause 'gripper-words': no keywords listed for zh");
    }

    @Test
    void rejectsASubBranchReusingTheIdOfAnExclusionItInherits() {
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("id: gripper-words", "id: toys")))
                .hasMessage("industry chain robots.yaml, branch 'grippers': clause id 'toys' is used twice");
    }

    @Test
    void rejectsASubBranchWithSubBranches() {
        assertThatThrownBy(() -> read(oneBranch("""
                - id: robots
                  name: {zh: 机器人, en: Robots}
                  branches:
                    - id: grippers
                      name: {zh: 末端执行器, en: Grippers}
                      include:
                        - id: gripping-heads
                          ipc: [B25J15]
                      branches:
                        - id: vacuum-cups
                          name: {zh: 真空吸盘, en: Vacuum cups}
                          include:
                            - id: suction
                              ipc: [B25J15/06]
                """)))
                .hasMessage("industry chain robots.yaml, branch 'grippers': a sub-branch cannot have sub-branches (segment, branch, sub-branch are the chain's levels)");
    }

    @Test
    void rejectsAMissingNameAndAnUnknownField() {
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("{zh: 减速器, en: Reducers}", "{zh: 减速器}")))
                .hasMessage("industry chain robots.yaml, branch 'reducers': no en name");
        assertThatThrownBy(() -> read(ROBOT_CHAIN.replace("sector: equipment", "sector: equipment\ncolour: blue")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("industry chain robots.yaml: Unrecognized field \"colour\"");
        assertThatThrownBy(() -> read("---\n")).hasMessage("industry chain robots.yaml: the file holds no chain");
    }

    // Matching: the assignment rule of CompiledChain, over hand-built publications.

    private static final Publication WELDING_GRIPPER = Pub.of("CN-1-A").ipc("B25J15/08")
            .zh("一种焊接机器人的夹爪", "夹爪夹持焊枪。").build();
    private static final Publication HARMONIC_REDUCER = Pub.of("CN-2-A").ipc("F16H49/001")
            .zh("一种谐波减速器", "柔轮齿形为双圆弧。").build();
    private static final Publication TOY_GRIPPER = Pub.of("CN-3-A").ipc("A63H11/00", "B25J15/00")
            .zh("一种玩具夹爪", "儿童用。").build();
    private static final Publication PALLETISING_ROBOT = Pub.of("CN-4-A").ipc("B25J9/16", "B65G61/00")
            .zh("一种码垛机器人", "按垛型码放纸箱。").build();
    private static final Publication LAWN_MOWER = Pub.of("CN-5-A").ipc("A01D34/00").zh("一种割草机", "刀盘旋转。").build();

    private static Map<String, Set<String>> assignments(CompiledChain chain, InMemoryIndex index) {
        Map<String, Set<String>> out = new TreeMap<>();
        chain.matches(index.searcher()).forEachRemaining(m -> out.computeIfAbsent(m.applicationId(), k -> new TreeSet<>())
                .add(m.segment().id() + ":" + m.branch() + m.subBranch().map(s -> "/" + s).orElse("")));
        return out;
    }

    @Test
    void anApplicationGetsEveryBranchItMatchesAndASubBranchNamesItsBranch() throws IOException {
        CompiledChain chain = CompiledChain.compile(read(ROBOT_CHAIN));
        try (InMemoryIndex index = InMemoryIndex.of(List.of(WELDING_GRIPPER, HARMONIC_REDUCER, TOY_GRIPPER,
                PALLETISING_ROBOT, LAWN_MOWER))) {
            assertThat(assignments(chain, index)).isEqualTo(Map.of(
                    // Midstream by its class (B25J, and B25J15 for the sub-branch), downstream by its title.
                    "CN-1", Set.of("midstream:robots", "midstream:robots/grippers", "downstream:applications"),
                    "CN-2", Set.of("upstream:reducers"),
                    "CN-4", Set.of("midstream:robots", "downstream:applications")));
        }
    }

    @Test
    void aBranchExclusionKeepsAPublicationOutOfItsSubBranchesToo() throws IOException {
        // The toy gripper meets the grippers' own clauses (B25J15, 夹爪); the robots branch excludes toys.
        CompiledChain chain = CompiledChain.compile(read(ROBOT_CHAIN));
        try (InMemoryIndex index = InMemoryIndex.of(List.of(TOY_GRIPPER))) {
            assertThat(assignments(chain, index)).isEmpty();
            SectorMatcher.SectorExplanation grippers = SectorMatcher.explain(index.searcher(), chain.queries(), "CN-3-A")
                    .stream().filter(e -> e.sector().equals("grippers")).findFirst().orElseThrow();
            assertThat(grippers.member()).isFalse();
            assertThat(grippers.exclude()).containsExactly(new SectorMatcher.ClauseResult("toys", true, List.of("ipc:A63H")));
        }
    }

    @Test
    void eachMatchNamesTheClauseAndComesInBranchClauseDocumentOrder() throws IOException {
        CompiledChain chain = CompiledChain.compile(read(ROBOT_CHAIN));
        try (InMemoryIndex index = InMemoryIndex.segmented(List.of(WELDING_GRIPPER, HARMONIC_REDUCER))) {
            List<BranchMatch> matches = new ArrayList<>();
            chain.matches(index.searcher()).forEachRemaining(matches::add);
            assertThat(matches).containsExactly(
                    new BranchMatch("CN-2-A", "CN-2", Position.UPSTREAM, "reducers", Optional.empty(), "strain-wave"),
                    new BranchMatch("CN-1-A", "CN-1", Position.MIDSTREAM, "robots", Optional.empty(), "manipulators"),
                    new BranchMatch("CN-1-A", "CN-1", Position.MIDSTREAM, "robots", Optional.of("grippers"), "gripping-heads"),
                    new BranchMatch("CN-1-A", "CN-1", Position.MIDSTREAM, "robots", Optional.of("grippers"), "gripper-words"),
                    new BranchMatch("CN-1-A", "CN-1", Position.DOWNSTREAM, "applications", Optional.empty(), "task-robots"));
        }
    }

    @Test
    void aBranchMadeOnlyOfSubBranchesHasNoQueryOfItsOwn() throws IOException {
        IndustryChain chain = read(oneBranch("""
                - id: robots
                  name: {zh: 机器人, en: Robots}
                  branches:
                    - id: grippers
                      name: {zh: 末端执行器, en: Grippers}
                      include:
                        - id: gripping-heads
                          ipc: [B25J15]
                """));
        CompiledChain compiled = CompiledChain.compile(chain);
        assertThat(compiled.queries()).extracting(CompiledSector::id).containsExactly("grippers");
        try (InMemoryIndex index = InMemoryIndex.of(List.of(WELDING_GRIPPER))) {
            assertThat(assignments(compiled, index)).isEqualTo(Map.of("CN-1", Set.of("upstream:robots/grippers")));
        }
    }
}
