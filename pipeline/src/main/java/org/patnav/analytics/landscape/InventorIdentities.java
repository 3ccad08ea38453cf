package org.patnav.analytics.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.patnav.model.ApplicationFact;
import org.patnav.normalize.ChineseText;

/**
 * Inventors as people: the names of the units' inventors, normalised and told apart by one explainable
 * rule, as patent analysts disambiguate inventors (name plus affiliation or co-authors, the approach of
 * the PatentsView disambiguation and of bibliometrics).
 *
 * <ol>
 *   <li><b>Name</b>: folded to half-width, upper case, punctuation and spaces dropped ({@code 张 伟} and
 *       {@code 张伟} are one name, {@code Smith, John} and {@code SMITH JOHN} too). Different names are
 *       different people: no transliteration or fuzzy matching.</li>
 *   <li><b>Same person</b>: two units naming the same name are by one person when the units share the
 *       organisation (the unit's first owner) or the two mentions share a co-inventor. The relation is
 *       closed transitively: A–B by organisation and B–C by co-inventor make one person of A, B and C.
 *       Two namesakes in different organisations with no co-inventor in common stay two people.</li>
 *   <li><b>Affiliations</b>: a person's organisations with the years they filed with each; the region is
 *       the organisation's (its division code). A person is <b>in the region</b> when the organisation of
 *       the latest filing is. A person <b>moved</b> when the organisations, ordered by first filing, change:
 *       each change is a move from the earlier to the later organisation in the year of the first filing
 *       with the later one.</li>
 * </ol>
 */
public final class InventorIdentities {

    private static final Pattern DROPPED = Pattern.compile("[\\s.,;:'\"·•()\\-]+");

    /** One organisation of a person, with the span of the person's filings there. */
    public record Affiliation(String organisation, String country, String region, Integer firstYear, Integer lastYear,
                              long units) {
    }

    /** A move between two consecutive affiliations. */
    public record Move(Affiliation from, Affiliation to) {

        public Integer year() {
            return to.firstYear();
        }
    }

    /**
     * A person: the name as first written, the affiliations by first year, the units.
     *
     * @param id a stable id: the normalised name and, for a namesake, a number by first filing
     */
    public record Person(String id, String name, List<Affiliation> affiliations, List<LandscapeUnit> units) {

        /** The affiliation of the latest filing: where the person works now. */
        public Affiliation current() {
            return affiliations.stream().max(Comparator.comparing(Affiliation::lastYear,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
        }

        public List<Move> moves() {
            List<Move> out = new ArrayList<>();
            for (int i = 1; i < affiliations.size(); i++) {
                out.add(new Move(affiliations.get(i - 1), affiliations.get(i)));
            }
            return out;
        }

        public long valid() {
            return units.stream().filter(LandscapeUnit::valid).count();
        }

        public long highValue() {
            return units.stream().filter(LandscapeUnit::highValue).count();
        }
    }

    private InventorIdentities() {
    }

    /** The name as the rule compares it. */
    public static String normalise(String name) {
        return DROPPED.matcher(ChineseText.toHalfWidth(name).toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** Every person of the units, most units first, ties by id. */
    public static List<Person> of(List<LandscapeUnit> units) {
        // Mentions: one per (unit, inventor name). Inventors' names repeat across units: each written form
        // is normalised once.
        Map<String, String> normalised = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (LandscapeUnit u : units) {
            // the normalised names of the unit, each with the first form the unit writes it in
            Map<String, String> names = new LinkedHashMap<>();
            for (String written : u.nav().inventors()) {
                String n = normalised.computeIfAbsent(written, InventorIdentities::normalise);
                if (!n.isEmpty()) {
                    names.putIfAbsent(n, written);
                }
            }
            List<String> all = List.copyOf(names.keySet());
            names.forEach((n, raw) -> mentions.add(new Mention(n, raw, u, u.firstOwner(), all)));
        }
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            byName.computeIfAbsent(mentions.get(i).name(), k -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Integer> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            // Join mentions of one name that share an organisation or a co-inventor.
            Map<String, Integer> byOrganisation = new HashMap<>();
            Map<String, Integer> byCoInventor = new HashMap<>();
            for (int i : same) {
                Mention m = mentions.get(i);
                if (m.owner() != null && m.owner().name() != null) {
                    Integer other = byOrganisation.putIfAbsent(m.owner().name(), i);
                    if (other != null) {
                        union(parent, i, other);
                    }
                }
                for (String co : m.names()) {
                    if (!co.equals(m.name())) {
                        Integer other = byCoInventor.putIfAbsent(co, i);
                        if (other != null) {
                            union(parent, i, other);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        record Group(List<Mention> mentions, String name, Integer firstYear, String firstUnit) {
        }
        List<Group> ordered = new ArrayList<>();
        groups.values().forEach(g -> ordered.add(new Group(g, g.getFirst().name(), firstYear(g), g.getFirst().unit().unit())));
        ordered.sort(Comparator.comparing(Group::name)
                .thenComparing(Group::firstYear, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Group::firstUnit));
        List<Person> people = new ArrayList<>();
        Map<String, Integer> namesakes = new HashMap<>();
        for (Group group : ordered) {
            List<Mention> g = group.mentions();
            int k = namesakes.merge(g.getFirst().name(), 1, Integer::sum);
            String id = g.getFirst().name() + (k == 1 ? "" : "#" + k);
            // A unit names a normalised name once, so a person's mentions are on distinct units.
            people.add(new Person(id, g.getFirst().raw(), affiliations(g), g.stream().map(Mention::unit).toList()));
        }
        people.sort(Comparator.comparingInt((Person p) -> p.units().size()).reversed().thenComparing(Person::id));
        return List.copyOf(people);
    }

    /** One name on one unit; {@code names} are all the unit's normalised inventor names, this one too. */
    private record Mention(String name, String raw, LandscapeUnit unit, ApplicationFact.Owner owner,
                           List<String> names) {
    }

    private static Integer firstYear(List<Mention> g) {
        Integer first = null;
        for (Mention m : g) {
            Integer y = m.unit().filingYear();
            if (y != null && (first == null || y < first)) {
                first = y;
            }
        }
        return first;
    }

    private static List<Affiliation> affiliations(List<Mention> mentions) {
        // Loops, not streams: a sector of a few hundred thousand applications has as many people.
        Map<String, List<Mention>> byOrganisation = new LinkedHashMap<>(2);
        for (Mention m : mentions) {
            String org = m.owner() == null || m.owner().name() == null ? "" : m.owner().name();
            byOrganisation.computeIfAbsent(org, k -> new ArrayList<>()).add(m);
        }
        List<Affiliation> out = new ArrayList<>(byOrganisation.size());
        byOrganisation.forEach((org, ms) -> {
            ApplicationFact.Owner o = ms.getFirst().owner();
            Integer first = null;
            Integer last = null;
            for (Mention m : ms) {
                Integer y = m.unit().filingYear();
                if (y != null) {
                    first = first == null || y < first ? y : first;
                    last = last == null || y > last ? y : last;
                }
            }
            // a person's mentions are on distinct units (see of), so the count of mentions is the count of units
            out.add(new Affiliation(org.isEmpty() ? null : org, o == null ? null : o.country(),
                    o == null ? null : o.regionCode(), first, last, ms.size()));
        });
        if (out.size() > 1) {
            out.sort(Comparator.comparing(Affiliation::firstYear, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Affiliation::organisation, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return List.copyOf(out);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
