package org.patnav.analytics.landscape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.patnav.analytics.IpcTitles;
import org.patnav.navigate.IndustryChain;
import org.patnav.navigate.TechnicalEffect;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.RegionCode;
import org.patnav.report.Column;
import org.patnav.report.Kpi;
import org.patnav.report.Messages;
import org.patnav.report.Table;

/**
 * What every landscape analysis reads: the sector's counting units, the options of the run, the texts of
 * the report's language, and the counting helpers the analyses share (so a ranking sorts ties the same way
 * in every table).
 *
 * @param region  the focus region code (a province, city or county of GB/T 2260)
 * @param from    first filing year counted, null for all
 * @param focus   {@code region} as a division code, parsed once (every unit is held against it)
 * @param chain   the sector's industry chain, null when navigate placed the sector on none (the navigation
 *                sections are then left out)
 * @param effects the technical effects of the sector's 技术功效矩阵
 */
public record LandscapeContext(List<LandscapeUnit> units, String lang, String region, LocalDate asOf, Integer from,
                               Integer to, List<String> companies, AdminDivisions divisions, IpcTitles ipcTitles,
                               Messages m, List<Kpi> kpis, RegionCode focus, IndustryChain chain,
                               List<TechnicalEffect> effects, Derived derived) {

    /** Publication lag: applications are published 18 months after their priority date (专利法 第34条). */
    public static final int LAG_MONTHS = 18;
    /** Rows of the ranked tables. */
    public static final int TOP = 20;

    public static LandscapeContext of(List<LandscapeUnit> units, String lang, String region, LocalDate asOf, Integer from,
                                      Integer to, List<String> companies, AdminDivisions divisions, IpcTitles ipcTitles) {
        return of(units, lang, region, asOf, from, to, companies, divisions, ipcTitles, null, List.of());
    }

    public static LandscapeContext of(List<LandscapeUnit> units, String lang, String region, LocalDate asOf, Integer from,
                                      Integer to, List<String> companies, AdminDivisions divisions, IpcTitles ipcTitles,
                                      IndustryChain chain, List<TechnicalEffect> effects) {
        return new LandscapeContext(units, lang, region, asOf, from, to, companies, divisions, ipcTitles,
                new Messages("landscape", lang), new ArrayList<>(), RegionCode.parse(region), chain,
                List.copyOf(effects), new Derived());
    }

    /**
     * What several navigation sections read, computed once on first use (the sections are built in
     * parallel): the chain positions, the inventors as people and the units they are named on, the recruitment
     * targets and the development paths.
     */
    public static final class Derived {
        private ChainPositions positions;
        private List<InventorIdentities.Person> people;
        private Map<LandscapeUnit, List<InventorIdentities.Person>> peopleByUnit;
        private List<Talent.Target> targets;
        private Paths.Plan plan;

        synchronized ChainPositions positions(LandscapeContext c) {
            if (positions == null) {
                positions = ChainPositions.of(c, c.chain());
            }
            return positions;
        }

        synchronized List<InventorIdentities.Person> people(LandscapeContext c) {
            if (people == null) {
                people = InventorIdentities.of(c.units());
            }
            return people;
        }

        synchronized Map<LandscapeUnit, List<InventorIdentities.Person>> peopleByUnit(LandscapeContext c) {
            if (peopleByUnit == null) {
                peopleByUnit = new IdentityHashMap<>();
                for (InventorIdentities.Person p : people(c)) {
                    p.units().forEach(u -> peopleByUnit.computeIfAbsent(u, k -> new ArrayList<>(2)).add(p));
                }
            }
            return peopleByUnit;
        }

        synchronized List<Talent.Target> targets(LandscapeContext c) {
            if (targets == null) {
                targets = Talent.targets(c);
            }
            return targets;
        }

        synchronized Paths.Plan plan(LandscapeContext c) {
            if (plan == null) {
                plan = Paths.plan(c);
            }
            return plan;
        }
    }

    /** Whether the report has the navigation sections: the sector has an industry chain. */
    public boolean navigates() {
        return chain != null;
    }

    public ChainPositions positions() {
        return derived.positions(this);
    }

    public List<InventorIdentities.Person> people() {
        return derived.people(this);
    }

    /** The people named on a unit, in the order of {@link #people()}. */
    List<InventorIdentities.Person> peopleOn(LandscapeUnit u) {
        return derived.peopleByUnit(this).getOrDefault(u, List.of());
    }

    /** The recruitment targets ({@link Talent#targets}). */
    List<Talent.Target> recruitmentTargets() {
        return derived.targets(this);
    }

    /** The development paths' recommendations ({@link Paths}). */
    Paths.Plan plan() {
        return derived.plan(this);
    }

    /** A branch's name in the report's language. */
    public String branchName(ChainPositions.Node n) {
        return n.parent() == null ? n.name(lang) : n.parent().name().getOrDefault(lang, n.parent().id()) + " · " + n.name(lang);
    }

    /** Names joined as the report's language lists them (、 in Chinese, commas in English); empty for none. */
    public String join(java.util.Collection<String> names) {
        return String.join(m.get("list.comma"), names);
    }

    /** {@link #join}, or the word for none. */
    public String listOrNone(java.util.Collection<String> names) {
        return names == null || names.isEmpty() ? m.get("none") : join(names);
    }

    /** The branches (not sub-branches) any of the units is placed on, by name in chain order, as one cell. */
    public String branchesCell(java.util.Collection<LandscapeUnit> units) {
        java.util.Set<ChainPositions.Node> on = new java.util.HashSet<>();
        units.forEach(u -> on.addAll(positions().branchesOf(u)));
        return String.join("; ", positions().nodes().stream().filter(on::contains).map(this::branchName).toList());
    }

    public String segmentName(IndustryChain.Position p) {
        return lang.equals("zh") ? p.zh() : p.en();
    }

    public String effectName(TechnicalEffect e) {
        return lang.equals("zh") ? e.labelZh() : e.labelEn();
    }

    public String quadrantName(ChainPositions.Quadrant q) {
        return q == null ? m.get("quadrant.none") : m.get("quadrant." + q.id());
    }

    public long total() {
        return units.size();
    }

    /** The first filing year whose count is incomplete for the publication lag. */
    public int incompleteFrom() {
        return asOf.minusMonths(LAG_MONTHS).getYear();
    }

    public int lastComplete() {
        return incompleteFrom() - 1;
    }

    /** Whether a division code lies inside the focus region (no code: no). */
    public boolean inRegion(String code) {
        return focus.contains(code);
    }

    /** Whether a unit's first owner is in the focus region: the landscape's geography and the navigation's "local". */
    public boolean local(LandscapeUnit u) {
        return inRegion(u.ownerRegion());
    }

    public long count(Predicate<LandscapeUnit> p) {
        return units.stream().filter(p).count();
    }

    /** Rows per key, as an SQL explode counts them (a unit with several keys counts once for each: full counting); null keys are kept. */
    public <K> Map<K, Long> countBy(Predicate<LandscapeUnit> filter, Function<LandscapeUnit, Stream<K>> keys) {
        Map<K, Long> out = new HashMap<>();
        units.stream().filter(filter).forEach(u -> keys.apply(u).forEach(k -> out.merge(k, 1L, Long::sum)));
        return out;
    }

    /** Entries by count, largest first, ties by key ascending (nulls first), at most {@code limit}. */
    public static <K extends Comparable<K>> List<Map.Entry<K, Long>> ranked(Map<K, Long> counts, int limit) {
        return first(counts.entrySet(), Map.Entry.<K, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.<K>naturalOrder()))), limit);
    }

    /**
     * The first {@code limit} items in {@code order}, as sorting all and keeping the head would give, without
     * sorting all: a branch's hundred thousand inventors for its three leaders.
     */
    public static <T> List<T> first(java.util.Collection<T> items, Comparator<? super T> order, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        if (limit >= items.size()) {
            List<T> all = new ArrayList<>(items);
            all.sort(order);
            return all;
        }
        // a heap of the best so far, its worst on top
        java.util.PriorityQueue<T> best = new java.util.PriorityQueue<>(limit + 1, order.reversed());
        for (T item : items) {
            best.add(item);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<T> out = new ArrayList<>(best);
        out.sort(order);
        return out;
    }

    // Texts --------------------------------------------------------------------------------------

    public Table.Builder table(String id, Column... columns) {
        return Table.builder(id, m.get("table." + id), columns);
    }

    /**
     * A table of patents: pub id, title, owner, filing year, IPC main groups (so a branch's patents can
     * be picked out of the list), then the given columns.
     */
    public Table.Builder patentTable(String id, Column... more) {
        List<Column> cols = new ArrayList<>(List.of(Column.text("pub_id", m.get("col.pub_id")),
                Column.text("title", m.get("col.title")), Column.text("owner", m.get("col.owner")),
                Column.year("filing_year", m.get("col.filing_year")),
                Column.text("ipc_groups", m.get("col.ipc_groups"))));
        cols.addAll(List.of(more));
        return Table.builder(id, m.get("table." + id), cols.toArray(Column[]::new));
    }

    /** The first cells of a patent table's row. */
    public List<Object> patentCells(LandscapeUnit u) {
        List<Object> row = new ArrayList<>();
        row.add(u.pubId());
        row.add(title(u));
        row.add(u.ownerName());
        row.add(u.filingYear());
        row.add(u.groupsCell());
        return row;
    }

    public String title(LandscapeUnit u) {
        return lang.equals("zh") ? (u.titleZh() != null ? u.titleZh() : u.titleEn())
                : (u.titleEn() != null ? u.titleEn() : u.titleZh());
    }

    public void kpi(String id, Column.Type type, Object value) {
        kpis.add(new Kpi(id, m.get("kpi." + id), type, value, null));
    }

    public String typeName(String id) {
        return id == null ? m.get("type.unknown") : m.has("type." + id) ? m.get("type." + id) : id;
    }

    public String statusName(String id) {
        return m.get("status." + id);
    }

    public String regionName(String code) {
        if (divisions == null || code == null) {
            return code;
        }
        // The city level of a municipality is 市辖区 ("districts under the city"): name it by its province.
        return divisions.get(code).map(d -> d.name().equals("市辖区") || d.name().equals("县")
                ? regionName(RegionCode.parse(code).province().code()) + d.name() : d.name()).orElse(code);
    }

    public String ipcTitle(String symbol) {
        return ipcTitles.title(symbol, lang).orElse(null);
    }

    /**
     * A set of units (or other records) told apart by identity: a unit is one object per report, and hashing a
     * record hashes every field, which costs seconds over a few hundred thousand units.
     */
    static <T> java.util.Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    public static Double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** Every year between the first and the as-of year, so a chart shows the empty years too. */
    public void fillYears(TreeMap<Integer, long[]> byYear, int width) {
        if (byYear.isEmpty()) {
            return;
        }
        int first = from != null ? from : byYear.firstKey();
        int last = to != null ? to : Math.max(byYear.lastKey(), asOf.getYear());
        for (int y = first; y <= last; y++) {
            byYear.computeIfAbsent(y, k -> new long[width]);
        }
        byYear.keySet().removeIf(y -> y < first || y > last);
    }

    /** Whether a unit's filing year lies in [from, to]. */
    public static boolean filedBetween(LandscapeUnit u, int from, int to) {
        Integer y = u.filingYear();
        return y != null && y >= from && y <= to;
    }
}
