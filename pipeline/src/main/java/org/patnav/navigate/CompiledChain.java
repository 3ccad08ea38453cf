package org.patnav.navigate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.patnav.navigate.IndustryChain.Branch;
import org.patnav.navigate.IndustryChain.Position;
import org.patnav.navigate.IndustryChain.Segment;

/**
 * An industry chain turned into Lucene queries: every branch and sub-branch with include clauses is
 * compiled as a sector of its own by {@link CompiledSector} and run by {@link SectorMatcher}, so a chain
 * and a sector are matched by one code path, and an explanation of a branch reads as one of a sector.
 *
 * <p>The assignment rule: a publication is in every branch and every sub-branch whose query it matches
 * (multi-label: a drying machine for medicinal materials is both 采收与产地加工 and 制药装备), and a
 * publication in a sub-branch is in that sub-branch's branch as well. A sub-branch's query carries its
 * branch's exclusions, so what the branch excludes no sub-branch brings back in. Each match names both, so a count
 * of distinct applications per branch includes its sub-branches' without a second pass. A chain refines
 * its sector: only the sector's applications are placed on it (navigate keeps the matches of the sector's
 * members), so a branch's query need not repeat the sector's.
 */
public final class CompiledChain {

    /**
     * A publication one include clause of a branch or sub-branch matched. A match of a branch's own
     * clause has no sub-branch; a match of a sub-branch's clause names the sub-branch and its branch.
     */
    public record BranchMatch(String pubId, String applicationId, Position segment, String branch,
                              Optional<String> subBranch, String clause) {
    }

    /** Where a compiled query sits on the chain. */
    private record Placement(Position segment, String branch, Optional<String> subBranch) {
    }

    private final IndustryChain chain;
    private final List<CompiledSector> queries;
    private final Map<String, Placement> placements;

    private CompiledChain(IndustryChain chain, List<CompiledSector> queries, Map<String, Placement> placements) {
        this.chain = chain;
        this.queries = queries;
        this.placements = placements;
    }

    public static CompiledChain compile(IndustryChain chain) {
        List<CompiledSector> queries = new ArrayList<>();
        Map<String, Placement> placements = new LinkedHashMap<>();
        for (Segment segment : chain.segments()) {
            for (Branch branch : segment.branches()) {
                if (branch.hasQuery()) {
                    queries.add(CompiledSector.compile(branch.asDefinition(chain.version(), List.of())));
                    placements.put(branch.id(), new Placement(segment.position(), branch.id(), Optional.empty()));
                }
                for (Branch sub : branch.branches()) {
                    queries.add(CompiledSector.compile(sub.asDefinition(chain.version(), branch.exclude())));
                    placements.put(sub.id(), new Placement(segment.position(), branch.id(), Optional.of(sub.id())));
                }
            }
        }
        return new CompiledChain(chain, List.copyOf(queries), placements);
    }

    public IndustryChain chain() {
        return chain;
    }

    /**
     * One compiled query per branch or sub-branch that has clauses, in file order, each with the branch's
     * id as its sector id: what {@link SectorMatcher#matches} and {@link SectorMatcher#explain} take.
     */
    public List<CompiledSector> queries() {
        return queries;
    }

    /**
     * Every match of every include clause of every branch and sub-branch, in (branch, clause, document)
     * order; lazy, as {@link SectorMatcher#matches} is. A publication two clauses find is listed under
     * each, so a consumer counts distinct applications.
     */
    public Iterator<BranchMatch> matches(IndexSearcher searcher) {
        Iterator<SectorMatcher.Match> matches = SectorMatcher.matches(searcher, queries);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return matches.hasNext();
            }

            @Override
            public BranchMatch next() {
                SectorMatcher.Match m = matches.next();
                Placement p = placements.get(m.sector());
                return new BranchMatch(m.pubId(), m.applicationId(), p.segment(), p.branch(), p.subBranch(), m.clause());
            }
        };
    }
}
