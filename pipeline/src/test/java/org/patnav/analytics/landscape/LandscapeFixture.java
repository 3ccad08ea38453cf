package org.patnav.analytics.landscape;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.model.ApplicationFact;
import org.patnav.navigate.IndustryChain;
import org.patnav.navigate.IndustryChains;
import org.patnav.navigate.TechnicalEffect;
import org.patnav.navigate.TechnicalEffects;
import org.patnav.normalize.AdminDivisions;
import org.patnav.report.Kpi;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * Counting units and contexts for the analysis tests: each test states only what its rule reads; every
 * other field has a neutral default (a CN invention filed in 2018, pending, one inventor, no owner, no
 * IPC, never cited, no family).
 */
final class LandscapeFixture {

    /**
     * The as-of date of the tests. With the 18-month publication lag (专利法 第34条) filings from
     * 2023-12-30 on are not all published yet: 2023 is the first incomplete year, 2022 the last complete one.
     */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** The focus region of the tests: 亳州市, a prefecture-level city of 安徽省. */
    static final String BOZHOU = "341600";

    /**
     * A few divisions of GB/T 2260, in the layout {@link AdminDivisions#load} reads: two provinces with a
     * city and its counties, and Beijing, whose city level is 市辖区.
     */
    static final AdminDivisions DIVISIONS = divisions(Map.of(
            "provinces.csv", """
                    code,name
                    34,安徽省
                    44,广东省
                    11,北京市
                    """,
            "cities.csv", """
                    code,name,provinceCode
                    3416,亳州市,34
                    3401,合肥市,34
                    4403,深圳市,44
                    1101,市辖区,11
                    """,
            "areas.csv", """
                    code,name,cityCode,provinceCode
                    341602,谯城区,3416,34
                    341621,涡阳县,3416,34
                    440305,南山区,4403,44
                    110108,海淀区,1101,11
                    """));

    private static final IpcTitles IPC_TITLES = IpcTitles.bundled();
    private static final Pattern MAIN_GROUP = Pattern.compile("^([A-H][0-9]{2}[A-Z][0-9]+)");

    private LandscapeFixture() {
    }

    private static AdminDivisions divisions(Map<String, String> files) {
        return AdminDivisions.load(name -> {
            String text = files.get(name);
            if (text == null) {
                throw new FileNotFoundException(name);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    static UnitBuilder unit(String pubId) {
        return new UnitBuilder(pubId);
    }

    static ApplicationFact.Owner owner(String name, String type, String country, String region) {
        return new ApplicationFact.Owner(name, type, country, region);
    }

    /** A context over the units in English, for 亳州市 on {@link #AS_OF}, all years, no companies. */
    static ContextBuilder context(LandscapeUnit... units) {
        return new ContextBuilder(List.of(units));
    }

    static ContextBuilder context(List<LandscapeUnit> units) {
        return new ContextBuilder(units);
    }

    // Reading a section -----------------------------------------------------------------------------

    static Table table(Section s, String id) {
        return s.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("section " + s.id() + " has no table " + id));
    }

    /** The cells of one column, top to bottom. */
    static List<Object> column(Table t, String columnId) {
        int i = t.columnIndex(columnId);
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    /** A row as the table holds it (nulls allowed, so not {@code List.of}). */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** The KPIs the context gathered, by id, in order. */
    static Map<String, Object> kpis(LandscapeContext c) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Kpi k : c.kpis()) {
            out.put(k.id(), k.value());
        }
        return out;
    }

    // Builders ----------------------------------------------------------------------------------------

    static final class UnitBuilder {
        private final String pubId;
        private String office = "CN";
        private String patentType = "invention";
        private LocalDate filed = LocalDate.of(2018, 3, 1);
        private Integer priorityYear;
        private LocalDate granted;
        private Integer claims;
        private final List<ApplicationFact.Owner> owners = new ArrayList<>();
        private int inventors = 1;
        private final Set<String> subclasses = new LinkedHashSet<>();
        private final Set<String> groups = new LinkedHashSet<>();
        private long citedBy;
        private long familySize = 1;
        private long familyOffices = 1;
        private FeeStatus status = FeeStatus.PENDING;
        private LocalDate since;
        private boolean highValue;
        private final List<String> inventorNames = new ArrayList<>();
        private final List<String> branches = new ArrayList<>();
        private final List<String> effects = new ArrayList<>();
        private final List<String> citing = new ArrayList<>();
        private final List<LandscapeUnit.Dealing> dealings = new ArrayList<>();
        private ApplicationFact.Owner holder;

        private UnitBuilder(String pubId) {
            this.pubId = pubId;
        }

        UnitBuilder office(String office) {
            this.office = office;
            return this;
        }

        UnitBuilder type(String patentType) {
            this.patentType = patentType;
            return this;
        }

        /** Filed on 1 March of the year. */
        UnitBuilder filed(int year) {
            return filed(LocalDate.of(year, 3, 1));
        }

        UnitBuilder filed(LocalDate date) {
            this.filed = date;
            return this;
        }

        UnitBuilder priority(int year) {
            this.priorityYear = year;
            return this;
        }

        UnitBuilder granted(LocalDate date) {
            this.granted = date;
            return this;
        }

        UnitBuilder claims(int claims) {
            this.claims = claims;
            return this;
        }

        /** The first owner added is the first owner (concentration, geography). */
        UnitBuilder owner(String name, String type, String country, String region) {
            owners.add(new ApplicationFact.Owner(name, type, country, region));
            return this;
        }

        UnitBuilder owner(String name, String type) {
            return owner(name, type, "CN", null);
        }

        UnitBuilder inventors(int inventors) {
            this.inventors = inventors;
            return this;
        }

        /** IPC symbols, reduced to subclasses and main groups as {@code LandscapeUnit.of} reduces them. */
        UnitBuilder ipc(String... codes) {
            for (String c : codes) {
                subclasses.add(c.substring(0, 4));
                Matcher m = MAIN_GROUP.matcher(c);
                if (m.find()) {
                    groups.add(m.group(1));
                }
            }
            return this;
        }

        UnitBuilder cited(long citedBy) {
            this.citedBy = citedBy;
            return this;
        }

        UnitBuilder family(long size, long offices) {
            this.familySize = size;
            this.familyOffices = offices;
            return this;
        }

        UnitBuilder status(FeeStatus status) {
            this.status = status;
            return this;
        }

        UnitBuilder status(FeeStatus status, LocalDate since) {
            this.since = since;
            return status(status);
        }

        UnitBuilder highValue() {
            this.highValue = true;
            return this;
        }

        /** The inventors by name (their number too). */
        UnitBuilder inventors(String... names) {
            inventorNames.addAll(List.of(names));
            this.inventors = names.length;
            return this;
        }

        /** Branches of the tcm chain, {@code branch} or {@code branch/sub-branch}. */
        UnitBuilder on(String... tcmBranches) {
            for (String b : tcmBranches) {
                branches.add("tcm/" + b);
            }
            return this;
        }

        UnitBuilder effects(String... ids) {
            effects.addAll(List.of(ids));
            return this;
        }

        UnitBuilder citedByApps(String... apps) {
            citing.addAll(List.of(apps));
            this.citedBy = apps.length;
            return this;
        }

        UnitBuilder dealing(LandscapeUnit.Dealing.Category category, LocalDate date) {
            dealings.add(new LandscapeUnit.Dealing(category, date));
            return this;
        }

        UnitBuilder holder(String name, String country, String region) {
            this.holder = new ApplicationFact.Owner(name, null, country, region);
            return this;
        }

        LandscapeUnit build() {
            Integer year = priorityYear != null ? priorityYear : filed == null ? null : filed.getYear();
            return new LandscapeUnit(pubId, pubId, "标题" + pubId, "Title " + pubId, office, patentType, filed, year, granted,
                    claims, owners.isEmpty() ? null : owners.getFirst(), List.copyOf(owners), inventors,
                    List.copyOf(subclasses), List.copyOf(groups), citedBy, familySize, familyOffices, status, since,
                    highValue, new LandscapeUnit.Navigation(List.of(pubId), List.of(pubId), inventorNames, branches, effects, citing,
                    dealings, holder));
        }
    }

    static final class ContextBuilder {
        private final List<LandscapeUnit> units;
        private String lang = "en";
        private String region = BOZHOU;
        private LocalDate asOf = AS_OF;
        private Integer from;
        private Integer to;
        private List<String> companies = List.of();
        private AdminDivisions divisions = DIVISIONS;
        private IndustryChain chain;
        private List<TechnicalEffect> effects = List.of();

        private ContextBuilder(List<LandscapeUnit> units) {
            this.units = units;
        }

        ContextBuilder lang(String lang) {
            this.lang = lang;
            return this;
        }

        ContextBuilder region(String region) {
            this.region = region;
            return this;
        }

        ContextBuilder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        ContextBuilder years(Integer from, Integer to) {
            this.from = from;
            this.to = to;
            return this;
        }

        ContextBuilder companies(String... companies) {
            this.companies = List.of(companies);
            return this;
        }

        /** With the shipped tcm chain and the tcm effects: the navigation sections apply. */
        ContextBuilder navigating() {
            this.chain = IndustryChains.shipped().stream().filter(c -> c.sector().equals("tcm")).findFirst().orElseThrow();
            this.effects = TechnicalEffects.shipped().forSector("tcm");
            return this;
        }

        ContextBuilder noDivisions() {
            this.divisions = null;
            return this;
        }

        LandscapeContext build() {
            return LandscapeContext.of(units, lang, region, asOf, from, to, companies, divisions, IPC_TITLES, chain, effects);
        }
    }
}
