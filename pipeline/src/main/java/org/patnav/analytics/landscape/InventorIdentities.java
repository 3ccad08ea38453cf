package org.patnav.analytics.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        // Mentions: one per (unit, inventor name).
        List<Mention> mentions = new ArrayList<>();
        for (LandscapeUnit u : units) {
            List<String> names = u.nav().inventors().stream().map(InventorIdentities::normalise)
                    .filter(n -> !n.isEmpty()).distinct().toList();
            List<String> written = u.nav().inventors();
            for (String n : names) {
                String raw = written.stream().filter(w -> normalise(w).equals(n)).findFirst().orElse(n);
                Set<String> co = new TreeSet<>(names);
                co.remove(n);
                mentions.add(new Mention(n, raw, u, u.firstOwner(), co));
            }
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
            // Join mentions of one name that share an organisation or a co-inventor.
            Map<String, Integer> seen = new HashMap<>();
            for (int i : same) {
                Mention m = mentions.get(i);
                List<String> keys = new ArrayList<>();
                if (m.owner() != null && m.owner().name() != null) {
                    keys.add("org:" + m.owner().name());
                }
                m.coInventors().forEach(co -> keys.add("co:" + co));
                for (String k : keys) {
                    Integer other = seen.putIfAbsent(k, i);
                    if (other != null) {
                        union(parent, i, other);
                    }
                }
            }
        }
        Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        List<Person> people = new ArrayList<>();
        Map<String, Integer> namesakes = new HashMap<>();
        List<List<Mention>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing((List<Mention> g) -> g.getFirst().name())
                .thenComparing(g -> firstYear(g), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> g.getFirst().unit().unit()));
        for (List<Mention> g : ordered) {
            int k = namesakes.merge(g.getFirst().name(), 1, Integer::sum);
            String id = g.getFirst().name() + (k == 1 ? "" : "#" + k);
            people.add(new Person(id, g.getFirst().raw(), affiliations(g),
                    g.stream().map(Mention::unit).distinct().toList()));
        }
        people.sort(Comparator.comparingInt((Person p) -> p.units().size()).reversed().thenComparing(Person::id));
        return List.copyOf(people);
    }

    private record Mention(String name, String raw, LandscapeUnit unit, ApplicationFact.Owner owner,
                           Set<String> coInventors) {
    }

    private static Integer firstYear(List<Mention> g) {
        return g.stream().map(m -> m.unit().filingYear()).filter(y -> y != null).min(Integer::compare).orElse(null);
    }

    private static List<Affiliation> affiliations(List<Mention> mentions) {
        Map<String, List<Mention>> byOrganisation = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String org = m.owner() == null || m.owner().name() == null ? "" : m.owner().name();
            byOrganisation.computeIfAbsent(org, k -> new ArrayList<>()).add(m);
        }
        List<Affiliation> out = new ArrayList<>();
        byOrganisation.forEach((org, ms) -> {
            ApplicationFact.Owner o = ms.getFirst().owner();
            Integer first = firstYear(ms);
            Integer last = ms.stream().map(m -> m.unit().filingYear()).filter(y -> y != null).max(Integer::compare)
                    .orElse(null);
            out.add(new Affiliation(org.isEmpty() ? null : org, o == null ? null : o.country(),
                    o == null ? null : o.regionCode(), first, last, ms.stream().map(Mention::unit).distinct().count()));
        });
        out.sort(Comparator.comparing(Affiliation::firstYear, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Affiliation::organisation, Comparator.nullsFirst(Comparator.naturalOrder())));
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
