package org.patnav.analytics.landscape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.patnav.navigate.IndustryChain;
import org.patnav.normalize.RegionCode;

/**
 * Where the focus region stands on each branch of the sector's industry chain (区域产业发展定位, GB/T
 * 39551.3-2020): the units of each branch at four levels — the world (every unit), the nation (first owner
 * Chinese), the province of the focus region and the focus region itself (first owner's division inside
 * it, the landscape's geography) — with the specialisation index, the growth, the quadrant and the gaps.
 * Computed once per report; every navigation section reads the same figures.
 *
 * <p>The rules, each stated once:
 * <ul>
 *   <li><b>Specialisation index</b> (专业化指数, the location quotient of regional economics): the region's
 *       share of the nation in the branch divided by its share of the nation in the whole sector,
 *       {@code (region_b / nation_b) / (region_s / nation_s)}. Above 1 the region files relatively more in
 *       the branch than in the sector; undefined (null) when the nation has nothing in the branch or the
 *       region nothing in the sector. Issue 13 defines it so ("region's share in the branch ÷ region's
 *       share of the sector"); the nation is the base of both shares, as a city's plan compares itself
 *       with the country.</li>
 *   <li><b>Growth</b>: filings of the last three complete years against the three before
 *       ({@code recent / previous - 1}), the windows the applicant ranking uses; null when nothing was filed
 *       in the earlier window.</li>
 *   <li><b>Quadrant</b> ({@link Quadrant}): strong when the specialisation index is at least
 *       {@value #STRONG_INDEX}; growing when the branch's national growth is at least the sector's national
 *       growth (a branch with nothing in the earlier window and something in the later one grows).</li>
 *   <li><b>Gap</b> (空白): a branch where the nation files at least an average branch's share of the sector
 *       ({@code nation_b >= nation_s / branches}) and the region has no unit.</li>
 *   <li><b>Weak</b> (薄弱): a branch where the nation files and the region is not strong (index below
 *       {@value #STRONG_INDEX}, or undefined, or absent): where the paths look outside the region.</li>
 * </ul>
 */
public final class ChainPositions {

    /** The specialisation index at which a region counts as strong in a branch. */
    public static final double STRONG_INDEX = 1.0;

    /** The four quadrants of strength × growth, with what a plan does in each (GB/T 39551.3 发展路径). */
    public enum Quadrant {
        /** Strong and growing: consolidate and extend (巩固提升). */
        STRONG_GROWING,
        /** Strong, growing slower than the sector: hold and upgrade (稳固升级). */
        STRONG_STEADY,
        /** Weak in a growing branch: catch up, attract (重点突破). */
        WEAK_GROWING,
        /** Weak in a slow branch: watch (跟踪关注). */
        WEAK_STEADY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Quadrant of(boolean strong, boolean growing) {
            return strong ? (growing ? STRONG_GROWING : STRONG_STEADY) : (growing ? WEAK_GROWING : WEAK_STEADY);
        }
    }

    /** A branch or sub-branch of the chain, with its segment and, for a sub-branch, its branch. */
    public record Node(IndustryChain.Position segment, IndustryChain.Branch branch, IndustryChain.Branch parent) {

        /** The key of the fact table's {@code branches}, without the sector: {@code branch} or {@code branch/sub}. */
        public String key() {
            return parent == null ? branch.id() : parent.id() + "/" + branch.id();
        }

        public String name(String lang) {
            return branch.name().getOrDefault(lang, branch.id());
        }
    }

    /** Counts of a set of units. */
    public record Tally(long units, long valid, long highValue, long recent, long previous) {

        static Tally of(List<LandscapeUnit> units, int lastComplete) {
            long valid = 0;
            long highValue = 0;
            long recent = 0;
            long previous = 0;
            for (LandscapeUnit u : units) {
                valid += u.valid() ? 1 : 0;
                highValue += u.highValue() ? 1 : 0;
                recent += LandscapeContext.filedBetween(u, lastComplete - 2, lastComplete) ? 1 : 0;
                previous += LandscapeContext.filedBetween(u, lastComplete - 5, lastComplete - 3) ? 1 : 0;
            }
            return new Tally(units.size(), valid, highValue, recent, previous);
        }

        /** {@code recent / previous - 1}; null without earlier filings. */
        public Double growth() {
            return previous == 0 ? null : (double) recent / previous - 1;
        }

        /** Growing at least as fast as {@code threshold}; from nothing to something counts as growing. */
        boolean growsAtLeast(Double threshold) {
            if (previous == 0) {
                return recent > 0;
            }
            return threshold == null || growth() >= threshold;
        }
    }

    /** One branch's figures at the four levels; no quadrant when the nation files nothing in the branch. */
    public record Position(Node node, Tally world, Tally nation, Tally province, Tally region, Double index,
                           Double provinceIndex, Quadrant quadrant, boolean gap, boolean weak,
                           List<LandscapeUnit> units) {

        public boolean strong() {
            return quadrant == Quadrant.STRONG_GROWING || quadrant == Quadrant.STRONG_STEADY;
        }
    }

    private final List<Node> nodes;
    private final Map<String, List<LandscapeUnit>> byKey;
    private final List<Position> positions;
    private final Tally world;
    private final Tally nation;
    private final Tally province;
    private final Tally region;
    private final Map<LandscapeUnit, List<Node>> nodesOf = new java.util.IdentityHashMap<>();

    private ChainPositions(List<Node> nodes, Map<String, List<LandscapeUnit>> byKey, List<Position> positions,
                           Tally world, Tally nation, Tally province, Tally region) {
        for (Node n : nodes) {
            byKey.get(n.key()).forEach(u -> nodesOf.computeIfAbsent(u, k -> new ArrayList<>()).add(n));
        }
        this.nodes = nodes;
        this.byKey = byKey;
        this.positions = positions;
        this.world = world;
        this.nation = nation;
        this.province = province;
        this.region = region;
    }

    /** The figures of {@code c}'s units on {@code chain} (its sector's). */
    static ChainPositions of(LandscapeContext c, IndustryChain chain) {
        List<Node> nodes = new ArrayList<>();
        for (IndustryChain.Segment s : chain.segments()) {
            for (IndustryChain.Branch b : s.branches()) {
                nodes.add(new Node(s.position(), b, null));
                b.branches().forEach(sub -> nodes.add(new Node(s.position(), sub, b)));
            }
        }
        Map<String, List<LandscapeUnit>> byKey = new LinkedHashMap<>();
        nodes.forEach(n -> byKey.put(n.key(), new ArrayList<>()));
        String prefix = chain.sector() + "/";
        for (LandscapeUnit u : c.units()) {
            for (String b : u.nav().branches()) {
                if (b.startsWith(prefix)) {
                    List<LandscapeUnit> list = byKey.get(b.substring(prefix.length()));
                    if (list != null) {
                        list.add(u);
                    }
                }
            }
        }
        byKey.replaceAll((k, v) -> Collections.unmodifiableList(v));
        int last = c.lastComplete();
        RegionCode focusProvince = c.focus().province();
        Predicate<LandscapeUnit> national = ChainPositions::national;
        Predicate<LandscapeUnit> inProvince = u -> u.ownerRegion() != null && focusProvince.contains(u.ownerRegion());
        Predicate<LandscapeUnit> inRegion = u -> c.local(u);
        Tally world = Tally.of(c.units(), last);
        Tally nation = Tally.of(filter(c.units(), national), last);
        Tally province = Tally.of(filter(c.units(), inProvince), last);
        Tally region = Tally.of(filter(c.units(), inRegion), last);
        long branches = nodes.stream().filter(n -> n.parent() == null).count();
        List<Position> positions = new ArrayList<>();
        for (Node n : nodes) {
            List<LandscapeUnit> units = byKey.get(n.key());
            Tally bn = Tally.of(filter(units, national), last);
            Tally bp = Tally.of(filter(units, inProvince), last);
            Tally br = Tally.of(filter(units, inRegion), last);
            Double index = specialisation(br.units(), bn.units(), region.units(), nation.units());
            Double provinceIndex = specialisation(bp.units(), bn.units(), province.units(), nation.units());
            boolean strong = br.units() > 0 && index != null && index >= STRONG_INDEX;
            boolean growing = bn.growsAtLeast(nation.growth());
            boolean gap = br.units() == 0 && bn.units() > 0 && bn.units() * branches >= nation.units();
            // A branch the nation does not file in has no position to take.
            positions.add(new Position(n, Tally.of(units, last), bn, bp, br, index, provinceIndex,
                    bn.units() == 0 ? null : Quadrant.of(strong, growing), gap, bn.units() > 0 && !strong, units));
        }
        return new ChainPositions(List.copyOf(nodes), byKey, List.copyOf(positions), world, nation, province, region);
    }

    /**
     * The specialisation index {@code (regionBranch / nationBranch) / (regionSector / nationSector)}; null
     * when a share is undefined (nothing national in the branch, nothing of the region in the sector).
     */
    public static Double specialisation(long regionBranch, long nationBranch, long regionSector, long nationSector) {
        if (nationBranch == 0 || regionSector == 0 || nationSector == 0) {
            return null;
        }
        return ((double) regionBranch / nationBranch) / ((double) regionSector / nationSector);
    }

    /** A unit of the nation: its first owner is Chinese (HK, MO and TW are kept apart, as in the geography). */
    static boolean national(LandscapeUnit u) {
        return "CN".equals(u.ownerCountry());
    }

    /** Branches and sub-branches, each sub-branch after its branch, in chain order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Every node's position, in {@link #nodes()} order. */
    public List<Position> all() {
        return positions;
    }

    /** The positions of the branches (not sub-branches), in chain order. */
    public List<Position> branches() {
        return positions.stream().filter(p -> p.node().parent() == null).toList();
    }

    /** The branches (not sub-branches) a unit is placed on, in chain order. */
    public List<Node> branchesOf(LandscapeUnit u) {
        return nodesOf.getOrDefault(u, List.of()).stream().filter(n -> n.parent() == null).toList();
    }

    /** Whether a unit is placed on the node (a branch, or a sub-branch). */
    public boolean on(LandscapeUnit u, Node n) {
        return nodesOf.getOrDefault(u, List.of()).contains(n);
    }

    public List<LandscapeUnit> units(Node n) {
        return byKey.get(n.key());
    }

    public Tally world() {
        return world;
    }

    public Tally nation() {
        return nation;
    }

    public Tally province() {
        return province;
    }

    public Tally region() {
        return region;
    }

    private static List<LandscapeUnit> filter(List<LandscapeUnit> units, Predicate<LandscapeUnit> p) {
        return units.stream().filter(p).toList();
    }
}
