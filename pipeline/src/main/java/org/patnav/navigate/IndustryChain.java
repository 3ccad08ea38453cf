package org.patnav.navigate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patnav.navigate.SectorDefinition.Clause;

/**
 * An industry chain (产业链) as GB/T 39551.3-2020 产业规划类专利导航 has the analyst draw it: segments
 * (上游, 中游, 下游), each with branches, each branch optionally with sub-branches. A branch or sub-branch is
 * a query written with the clauses of a {@link SectorDefinition} (IPC, CPC, keywords, raw query; include
 * and exclude) and is run by the same compile and match code.
 *
 * <pre>
 * id: tcm
 * version: "2026.1"
 * sector: tcm
 * name: {zh: 中医药产业链, en: Traditional Chinese medicine industry chain}
 * sources: |
 *   ...
 * segments:
 *   - id: upstream
 *     branches:
 *       - id: cultivation
 *         name: {zh: 中药材种植与种苗繁育, en: Cultivation and propagation of medicinal plants}
 *         include:
 *           - id: herb-cultivation
 *             ipc: [A01G]
 *             keywords: {zh: [中药材, 药用植物], en: [medicinal plant]}
 *         branches:
 *           - id: seedlings
 *             name: {zh: 种苗繁育, en: Seedlings and propagation}
 *             include: ...
 * </pre>
 *
 * <p>A branch without sub-branches needs include clauses. A branch with sub-branches may go without:
 * its members are then those of its sub-branches (see {@link CompiledChain}: a sub-branch's match is a
 * match of its branch too). A sub-branch refines its branch, so the branch's exclude clauses apply to
 * it as well as its own. A chain's branches are queries of their own, not restricted to the sector
 * it refines: an industry chain reaches further than a technology sector (the growing of medicinal
 * plants is on the TCM chain, not in the tcm sector's definition).
 *
 * @param sector   the id of the sector definition this chain refines (its report and its population)
 * @param segments in chain order, each segment at most once
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record IndustryChain(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty(value = "name", required = true) Map<String, String> name,
        @JsonProperty(value = "sector", required = true) String sector,
        @JsonProperty("sources") String sources,
        @JsonProperty("notes") String notes,
        @JsonProperty(value = "segments", required = true) List<Segment> segments) implements Serializable {

    /** The three positions on a chain, in chain order, with the names GB/T 39551.3 reports use. */
    public enum Position {
        UPSTREAM("上游", "Upstream"),
        MIDSTREAM("中游", "Midstream"),
        DOWNSTREAM("下游", "Downstream");

        private final String zh;
        private final String en;

        Position(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /** The id a chain file writes: upstream, midstream, downstream. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        static Optional<Position> of(String id) {
            return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
        }
    }

    /** One segment of the chain: its position (by id) and its branches in report order. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Segment(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty("branches") List<Branch> branches) implements Serializable {

        public Segment {
            branches = branches == null ? List.of() : List.copyOf(branches);
        }

        /** The position this segment stands for; a chain that loaded has only known ids. */
        public Position position() {
            return Position.of(id).orElseThrow(() -> new IllegalStateException("unknown segment " + id));
        }
    }

    /**
     * A branch or a sub-branch: a name in Chinese and English, a query, and (for a branch) its sub-branches.
     *
     * @param notes    why the query is written as it is, for the analyst who revises it
     * @param branches the sub-branches; a sub-branch has none
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Branch(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "name", required = true) Map<String, String> name,
            @JsonProperty("notes") String notes,
            @JsonProperty("include") List<Clause> include,
            @JsonProperty("exclude") List<Clause> exclude,
            @JsonProperty("branches") List<Branch> branches) implements Serializable {

        public Branch {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            branches = branches == null ? List.of() : List.copyOf(branches);
        }

        /** True when the branch carries a query of its own (otherwise its sub-branches make it up). */
        public boolean hasQuery() {
            return !include.isEmpty();
        }

        /**
         * The branch's own query as a sector definition, so {@link CompiledSector} compiles it unchanged,
         * with the exclusions of the branch above it (none for a branch).
         */
        SectorDefinition asDefinition(String version, List<Clause> inheritedExclude) {
            return new SectorDefinition(id, version, name, null, notes, include, concat(exclude, inheritedExclude));
        }
    }

    public IndustryChain {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** Reads and checks one chain; the message of a failure names the file and, where it is one, the branch. */
    public static IndustryChain read(InputStream in, String file) throws IOException {
        IndustryChain chain = NavigationFiles.readYaml(in, IndustryChain.class, "industry chain", "chain", file);
        chain.check(file);
        return chain;
    }

    /** Every branch and sub-branch, each sub-branch right after its branch, in file order. */
    public List<Branch> allBranches() {
        List<Branch> out = new ArrayList<>();
        for (Segment s : segments) {
            for (Branch b : s.branches()) {
                out.add(b);
                out.addAll(b.branches());
            }
        }
        return out;
    }

    private void check(String file) {
        String where = "industry chain " + file;
        if (!id.matches(NavigationFiles.ID)) {
            NavigationFiles.fail(where, "id '" + id + "' must be lower-case letters, digits and dashes");
        }
        if (!sector.matches(NavigationFiles.ID)) {
            NavigationFiles.fail(where, "sector '" + sector + "' is not a sector id");
        }
        checkNames(name, where);
        if (segments.isEmpty()) {
            NavigationFiles.fail(where, "no segments");
        }
        Position previous = null;
        for (Segment s : segments) {
            Position p = Position.of(s.id()).orElseThrow(() -> new IllegalArgumentException(where
                    + ": unknown segment '" + s.id() + "' (a segment is upstream, midstream or downstream)"));
            // Listing them in chain order keeps every report's rows in the order an analyst reads the chain.
            if (previous != null && p.ordinal() <= previous.ordinal()) {
                NavigationFiles.fail(where, "segment '" + s.id() + "' is listed twice or out of order (upstream, midstream, downstream)");
            }
            previous = p;
            if (s.branches().isEmpty()) {
                NavigationFiles.fail(where, "segment '" + s.id() + "' has no branches");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Segment s : segments) {
            for (Branch b : s.branches()) {
                checkBranch(b, where, ids, List.of(), false);
                for (Branch sub : b.branches()) {
                    checkBranch(sub, where, ids, b.exclude(), true);
                }
            }
        }
    }

    private static void checkBranch(Branch b, String chain, Set<String> ids, List<Clause> inheritedExclude,
                                    boolean isSubBranch) {
        String where = chain + ", branch '" + b.id() + "'";
        if (!b.id().matches(NavigationFiles.ID)) {
            NavigationFiles.fail(where, "id must be lower-case letters, digits and dashes");
        }
        // Branch ids are the keys of every table the chain feeds, so a file may use each only once.
        if (!ids.add(b.id())) {
            NavigationFiles.fail(where, "the id is used twice in the chain");
        }
        checkNames(b.name(), where);
        if (isSubBranch && !b.branches().isEmpty()) {
            NavigationFiles.fail(where, "a sub-branch cannot have sub-branches (segment, branch, sub-branch are the chain's levels)");
        }
        if (!b.hasQuery() && b.branches().isEmpty()) {
            NavigationFiles.fail(where, "empty query: no include clauses and no sub-branches");
        }
        // With the inherited exclusions, so a sub-branch cannot reuse the id of one (an explanation names each once).
        SectorDefinition.checkClauses(b.include(), concat(b.exclude(), inheritedExclude), where);
    }

    private static List<Clause> concat(List<Clause> a, List<Clause> b) {
        List<Clause> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Reports name every chain and branch in both languages. */
    private static void checkNames(Map<String, String> name, String where) {
        for (String lang : List.of("zh", "en")) {
            if (name == null || name.get(lang) == null || name.get(lang).isBlank()) {
                NavigationFiles.fail(where, "no " + lang + " name");
            }
        }
    }

}
