package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.patnav.analytics.landscape.LandscapeFixture.column;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.landscape.LandscapeUnit.Dealing;
import org.patnav.report.Section;

/**
 * The rules of the navigation sections (issue 13; GB/T 39551.3-2020 产业规划类专利导航), each on units
 * built for it. The tests' as-of date makes 2020–2022 the recent window and 2017–2019 the earlier one.
 */
class NavigationRulesTest {

    private static final String BOZHOU_DISTRICT = "341602";
    private static final String HEFEI = "340100";
    private static final String SHENZHEN = "440305";

    private static LandscapeFixture.UnitBuilder local(String id) {
        return unit(id).owner("亳州药业" + id, "company", "CN", BOZHOU_DISTRICT);
    }

    private static LandscapeFixture.UnitBuilder national(String id, String region) {
        return unit(id).owner("外地药业" + id, "company", "CN", region);
    }

    private static ChainPositions.Position position(LandscapeContext c, String branch) {
        return c.positions().branches().stream().filter(p -> p.node().key().equals(branch)).findFirst().orElseThrow();
    }

    /** ChainPositions: specialisation index, quadrant, gap (issue 13 §3; the location quotient). */
    @Nested
    class Positions {

        @Test
        void specialisationIsTheRegionsShareInTheBranchOverItsShareOfTheSector() {
            // Issue 13: "region's share in the branch ÷ region's share of the sector", both of the nation.
            assertThat(ChainPositions.specialisation(6, 10, 10, 50)).isCloseTo(3.0, within(1e-9));
            assertThat(ChainPositions.specialisation(1, 10, 10, 50)).isCloseTo(0.5, within(1e-9));
            assertThat(ChainPositions.specialisation(0, 0, 10, 50)).as("nothing national in the branch").isNull();
            assertThat(ChainPositions.specialisation(0, 5, 0, 50)).as("the region has nothing in the sector").isNull();
        }

        private LandscapeContext world() {
            List<LandscapeUnit> units = new ArrayList<>();
            // Processing: 3 of the nation's 4 are local; growing from 1 (2018) to 3 (2020-2022).
            units.add(local("P1").filed(2020).on("processing-decoction-pieces").build());
            units.add(local("P2").filed(2021).on("processing-decoction-pieces").build());
            units.add(local("P3").filed(2018).on("processing-decoction-pieces").build());
            units.add(national("P4", HEFEI).filed(2022).on("processing-decoction-pieces").build());
            // Extraction: 1 of 4 local, shrinking nationally (3 before, 1 since).
            units.add(local("E1").filed(2017).on("extraction-purification").build());
            units.add(national("E2", SHENZHEN).filed(2018).on("extraction-purification").build());
            units.add(national("E3", SHENZHEN).filed(2019).on("extraction-purification").build());
            units.add(national("E4", SHENZHEN).filed(2021).on("extraction-purification").build());
            // Quality control: national only, a gap; a foreign unit counts in the world, not the nation.
            units.add(national("Q1", SHENZHEN).filed(2021).on("quality-control").build());
            units.add(national("Q2", SHENZHEN).filed(2021).on("quality-control").build());
            units.add(unit("Q3").owner("KAMPO CO", "company", "JP", null).filed(2021).on("quality-control").build());
            return context(units).navigating().build();
        }

        @Test
        void theRegionIsStrongWhereItsIndexReachesOne() {
            LandscapeContext c = world();
            // Sector: region 4 of the nation's 10.
            assertThat(c.positions().region().units()).isEqualTo(4);
            assertThat(c.positions().nation().units()).isEqualTo(10);
            ChainPositions.Position processing = position(c, "processing-decoction-pieces");
            assertThat(processing.index()).isCloseTo((3.0 / 4) / (4.0 / 10), within(1e-9));
            assertThat(processing.strong()).isTrue();
            assertThat(processing.province().units()).as("Hefei is in Anhui").isEqualTo(4);
            ChainPositions.Position extraction = position(c, "extraction-purification");
            assertThat(extraction.index()).isCloseTo((1.0 / 4) / (4.0 / 10), within(1e-9));
            assertThat(extraction.weak()).isTrue();
        }

        @Test
        void aBranchGrowsWhenItsNationalGrowthReachesTheSectors() {
            LandscapeContext c = world();
            // Sector nationally: 2020-2022 has P1 P2 P4 E4 Q1 Q2 = 6; 2017-2019 has P3 E1 E2 E3 = 4: +50 %.
            assertThat(c.positions().nation().growth()).isCloseTo(0.5, within(1e-9));
            ChainPositions.Position processing = position(c, "processing-decoction-pieces");
            assertThat(processing.nation().growth()).as("3 against 1").isCloseTo(2.0, within(1e-9));
            assertThat(processing.quadrant()).isEqualTo(ChainPositions.Quadrant.STRONG_GROWING);
            assertThat(position(c, "extraction-purification").quadrant()).as("1 against 3")
                    .isEqualTo(ChainPositions.Quadrant.WEAK_STEADY);
            assertThat(position(c, "quality-control").quadrant()).as("from nothing to something grows")
                    .isEqualTo(ChainPositions.Quadrant.WEAK_GROWING);
        }

        @Test
        void aGapIsABranchAtLeastAverageNationallyWithNothingLocal() {
            LandscapeContext c = world();
            ChainPositions.Position quality = position(c, "quality-control");
            assertThat(quality.world().units()).isEqualTo(3);
            assertThat(quality.nation().units()).isEqualTo(2);
            // 2 national units x 10 branches >= the nation's 10 units in the sector.
            assertThat(quality.gap()).isTrue();
            assertThat(position(c, "extraction-purification").gap()).as("the region files there").isFalse();
            ChainPositions.Position cultivation = position(c, "cultivation");
            assertThat(cultivation.gap()).as("nothing national").isFalse();
            assertThat(cultivation.quadrant()).as("no position without national filings").isNull();
            assertThat(cultivation.weak()).isFalse();
        }

        @Test
        void theSectionWritesTheQuadrantChartWithItsThresholds() {
            Section s = new Positioning().build(world());
            assertThat(column(table(s, "positions"), "gap")).contains("gap");
            assertThat(s.charts().getFirst().xMark()).isEqualTo(ChainPositions.STRONG_INDEX);
            assertThat(s.charts().getFirst().yMark()).isCloseTo(0.5, within(1e-9));
        }
    }

    /** InventorIdentities: one person by name and organisation or co-inventor (issue 13 §4). */
    @Nested
    class Inventors {

        @Test
        void namesAreComparedWithoutSpacesPunctuationOrCase() {
            assertThat(InventorIdentities.normalise("张 伟")).isEqualTo("张伟");
            assertThat(InventorIdentities.normalise("Smith, John")).isEqualTo(InventorIdentities.normalise("SMITH JOHN"));
        }

        @Test
        void aSharedOrganisationOrCoInventorMakesOnePersonAndNamesakesStayApart() {
            List<LandscapeUnit> units = List.of(
                    unit("A1").owner("甲公司", "company", "CN", HEFEI).filed(2015).inventors("王芳", "李强").build(),
                    unit("A2").owner("甲公司", "company", "CN", HEFEI).filed(2016).inventors("王芳").build(),
                    // Moved to a Bozhou company with her co-inventor 李强: the same person.
                    unit("B1").owner("乙公司", "company", "CN", BOZHOU_DISTRICT).filed(2019).inventors("王芳", "李强").build(),
                    // A namesake elsewhere, nothing in common: another person.
                    unit("C1").owner("丙大学", "university", "CN", SHENZHEN).filed(2020).inventors("王芳", "赵六").build());
            List<InventorIdentities.Person> people = InventorIdentities.of(units);
            List<InventorIdentities.Person> wangs = people.stream().filter(p -> p.name().equals("王芳")).toList();
            assertThat(wangs).hasSize(2);
            InventorIdentities.Person mover = wangs.stream().filter(p -> p.units().size() == 3).findFirst().orElseThrow();
            assertThat(mover.affiliations()).extracting(InventorIdentities.Affiliation::organisation)
                    .containsExactly("甲公司", "乙公司");
            assertThat(mover.moves()).singleElement().satisfies(m -> {
                assertThat(m.from().organisation()).isEqualTo("甲公司");
                assertThat(m.to().organisation()).isEqualTo("乙公司");
                assertThat(m.year()).isEqualTo(2019);
            });
            assertThat(mover.current().region()).isEqualTo(BOZHOU_DISTRICT);
            assertThat(wangs).extracting(InventorIdentities.Person::id).containsExactlyInAnyOrder("王芳", "王芳#2");
        }

        @Test
        void recruitmentTargetsAreLeadingInventorsOutsideTheRegionInItsWeakBranches() {
            List<LandscapeUnit> units = List.of(
                    local("L1").filed(2020).on("processing-decoction-pieces").inventors("本地人").build(),
                    unit("N1").owner("深圳检测公司", "company", "CN", SHENZHEN).filed(2020).on("quality-control")
                            .inventors("专家甲", "专家乙").build(),
                    unit("N2").owner("深圳检测公司", "company", "CN", SHENZHEN).filed(2021).on("quality-control")
                            .inventors("专家甲").build());
            LandscapeContext c = context(units).navigating().build();
            assertThat(Talent.targets(c)).extracting(t -> t.position().node().key(), t -> t.person().name(), t -> t.units().size())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("quality-control", "专家甲", 2),
                            org.assertj.core.groups.Tuple.tuple("quality-control", "专家乙", 1));
            assertThat(Talent.team(c, Talent.targets(c).getFirst())).as("recruited with the co-inventor").isEqualTo("专家乙");
        }
    }

    /** EffectMatrix: blanks and local blanks by their stated thresholds (issue 13 §5). */
    @Test
    void emptyCellsOfBusyRowsAndColumnsAreBlanksAndCellsWithoutTheRegionLocalBlanks() {
        List<LandscapeUnit> units = new ArrayList<>();
        // Processing: 3 units, all lowering toxicity; two national, one local.
        units.add(national("P1", SHENZHEN).on("processing-decoction-pieces").effects("lower-toxicity").build());
        units.add(national("P2", SHENZHEN).on("processing-decoction-pieces").effects("lower-toxicity").build());
        units.add(local("P3").on("processing-decoction-pieces").effects("lower-toxicity").build());
        // Extraction: 3 units raising the yield, none local.
        units.add(national("E1", SHENZHEN).on("extraction-purification").effects("higher-yield").build());
        units.add(national("E2", SHENZHEN).on("extraction-purification").effects("higher-yield").build());
        units.add(national("E3", SHENZHEN).on("extraction-purification").effects("higher-yield").build());
        Section s = new EffectMatrix().build(context(units).lang("zh").navigating().build());
        List<Object> kinds = column(table(s, "effect_opportunities"), "kind");
        List<Object> branches = column(table(s, "effect_opportunities"), "branch");
        List<Object> effects = column(table(s, "effect_opportunities"), "effect");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            found.add(branches.get(i) + "|" + effects.get(i) + "|" + kinds.get(i));
        }
        assertThat(found).containsExactlyInAnyOrder(
                "炮制与饮片|提高产率|技术空白",
                "提取分离与纯化|降低毒副作用|技术空白",
                "提取分离与纯化|提高产率|本地空白");
        assertThat(column(table(s, "effect_matrix"), "lower-toxicity")).startsWith(0L, 0L, 3L, 0L);
    }

    /** Operation: flows and transfer candidates (issue 13 §6). */
    @Nested
    class OperationRules {

        @Test
        void aTransferFlowsFromTheFirstApplicantsPlaceToTheCurrentOwners() {
            LandscapeContext c = context().navigating().build();
            LandscapeUnit in = national("T1", SHENZHEN).dealing(Dealing.Category.TRANSFER, LocalDate.of(2021, 5, 1))
                    .holder("亳州买方", "CN", BOZHOU_DISTRICT).build();
            LandscapeUnit out = local("T2").dealing(Dealing.Category.TRANSFER, LocalDate.of(2021, 5, 1))
                    .holder("深圳买方", "CN", SHENZHEN).build();
            assertThat(Operation.flow(c, in)).isEqualTo("into");
            assertThat(Operation.flow(c, out)).isEqualTo("out");
        }

        @Test
        void aTransferCandidateIsAGrantedValidAcademicPatentNeverTransferred() {
            LandscapeContext c = context().navigating().build();
            LandscapeFixture.UnitBuilder university = unit("U1").owner("安徽中医药大学", "university", "CN", HEFEI)
                    .granted(LocalDate.of(2020, 1, 1)).status(FeeStatus.IN_FORCE);
            assertThat(Operation.transferCandidate(c, university.build())).isTrue();
            assertThat(Operation.transferCandidate(c, university.dealing(Dealing.Category.TRANSFER,
                    LocalDate.of(2022, 1, 1)).build())).isFalse();
            assertThat(Operation.transferCandidate(c, local("X").granted(LocalDate.of(2020, 1, 1))
                    .status(FeeStatus.IN_FORCE).build())).as("a company").isFalse();
        }
    }

    /** RegisterDealings: the bureau's registers join the events (issue 13 §6, "and the bureau's registers"). */
    @Test
    void registersAddTheirPledgesReleasesAndOpenLicencesOnceToThePatentsTheyName() {
        LocalDate registered = LocalDate.of(2024, 6, 18);
        LandscapeUnit pledged = unit("CN-105094979-B").dealing(Dealing.Category.PLEDGE, registered).build();
        LandscapeUnit declared = unit("CN-113231808-B").build();
        LandscapeUnit untouched = unit("CN-1-B").build();
        var pledges = new org.patnav.analytics.indicators.PledgeRegister(List.of(new org.patnav.analytics.indicators
                .PledgeRegister.Contract("Y2024980012311", registered, LocalDate.of(2025, 6, 1),
                List.of(new org.patnav.analytics.indicators.PatentRef("CN-105094979-B", true, "CN105094979B")),
                "亳州市中药材产业技术研究院", "徽商银行亳州分行", java.math.BigDecimal.TEN, null)));
        var licences = new org.patnav.analytics.indicators.OpenLicenceRegister(List.of(new org.patnav.analytics.indicators
                .OpenLicenceRegister.Declaration(new org.patnav.analytics.indicators.PatentRef("CN-113231808-B", true,
                "CN113231808B"), LocalDate.of(2022, 9, 15), null, null)));
        List<LandscapeUnit> out = RegisterDealings.apply(List.of(pledged, declared, untouched), pledges, licences);
        // The export already had the pledge on that date: only the release is new.
        assertThat(out.get(0).nav().dealings()).containsExactly(new Dealing(Dealing.Category.PLEDGE, registered),
                new Dealing(Dealing.Category.PLEDGE_RELEASE, LocalDate.of(2025, 6, 1)));
        assertThat(out.get(1).nav().dealings()).containsExactly(
                new Dealing(Dealing.Category.OPEN_LICENCE, LocalDate.of(2022, 9, 15)));
        assertThat(out.get(2)).isSameAs(untouched);
    }

    /** Paths: each recommendation's rule (issue 13 §7). */
    @Nested
    class DevelopmentPaths {

        private LandscapeContext world() {
            List<LandscapeUnit> units = new ArrayList<>();
            // A local company growing (2 recent >= 1 earlier) with a high-value patent: to cultivate.
            units.add(unit("G1").owner("亳州成长公司", "company", "CN", BOZHOU_DISTRICT).filed(2021)
                    .on("processing-decoction-pieces").highValue().status(FeeStatus.IN_FORCE).build());
            units.add(unit("G2").owner("亳州成长公司", "company", "CN", BOZHOU_DISTRICT).filed(2022)
                    .on("processing-decoction-pieces").build());
            units.add(unit("G3").owner("亳州成长公司", "company", "CN", BOZHOU_DISTRICT).filed(2018)
                    .on("processing-decoction-pieces").build());
            // A local company shrinking: not to cultivate.
            units.add(unit("S1").owner("亳州收缩公司", "company", "CN", BOZHOU_DISTRICT).filed(2018)
                    .on("processing-decoction-pieces").build());
            units.add(unit("S2").owner("亳州收缩公司", "company", "CN", BOZHOU_DISTRICT).filed(2019)
                    .on("processing-decoction-pieces").build());
            // The gap (quality control): two outside companies; the one with an open licence offers first.
            units.add(unit("Q1").owner("深圳检测公司", "company", "CN", SHENZHEN).filed(2020).on("quality-control")
                    .granted(LocalDate.of(2021, 1, 1)).status(FeeStatus.IN_FORCE).citedByApps("X1", "X2").build());
            units.add(unit("Q2").owner("深圳检测公司", "company", "CN", SHENZHEN).filed(2021).on("quality-control").build());
            units.add(unit("Q3").owner("合肥检测公司", "company", "CN", HEFEI).filed(2021).on("quality-control")
                    .granted(LocalDate.of(2022, 1, 1)).status(FeeStatus.IN_FORCE)
                    .dealing(Dealing.Category.OPEN_LICENCE, LocalDate.of(2023, 1, 1)).build());
            units.add(unit("Q4").owner("安徽中医药大学", "university", "CN", HEFEI).filed(2021).on("quality-control").build());
            // A local pending invention cited by another application: a high-value candidate.
            units.add(unit("H1").owner("亳州收缩公司", "company", "CN", BOZHOU_DISTRICT).filed(2019)
                    .on("processing-decoction-pieces").citedByApps("X3").build());
            // Foreign holders dense in processing, where the region files: 2 of 3 valid Chinese patents.
            units.add(unit("F1").owner("KAMPO CO", "company", "JP", null).on("processing-decoction-pieces")
                    .status(FeeStatus.IN_FORCE).build());
            units.add(unit("F2").owner("KAMPO CO", "company", "JP", null).on("processing-decoction-pieces")
                    .status(FeeStatus.IN_FORCE).build());
            return context(units).navigating().build();
        }

        @Test
        void growingLocalCompaniesAreCultivated() {
            Paths.Plan plan = world().plan();
            assertThat(plan.cultivate()).extracting(e -> e.owner().name()).containsExactly("亳州成长公司");
            assertThat(plan.cultivate().getFirst()).extracting(Paths.Enterprise::recent, Paths.Enterprise::previous)
                    .containsExactly(2L, 1L);
        }

        @Test
        void outsideLeadersOfTheGapAreAttractedAndItsOpenLicencesOfferedFirst() {
            Paths.Plan plan = world().plan();
            assertThat(plan.attract()).extracting(Paths.Enterprise::branch, e -> e.owner().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Quality control and testing", "深圳检测公司"),
                            org.assertj.core.groups.Tuple.tuple("Quality control and testing", "合肥检测公司"));
            assertThat(plan.technologies()).extracting(t -> t.unit().pubId(), Paths.Patent::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Q3", "open_licence"),
                            org.assertj.core.groups.Tuple.tuple("Q1", "licence"));
            assertThat(plan.partners()).extracting(e -> e.owner().name()).containsExactly("安徽中医药大学");
        }

        @Test
        void aPartnersTypeAndPlaceAreThoseOfItsFirstUnit() {
            // An institute named once as a university of Hefei (its first unit), then forty times as a research
            // institute of Shenzhen: the partner is the first naming, whatever order the branches' units come in.
            List<LandscapeUnit> units = new ArrayList<>();
            units.add(unit("A00").owner("中药研究院", "university", "CN", HEFEI).filed(2020).on("quality-control").build());
            for (int i = 1; i <= 40; i++) {
                units.add(unit(String.format(java.util.Locale.ROOT, "A%02d", i))
                        .owner("中药研究院", "research_institute", "CN", SHENZHEN).filed(2020)
                        .on(i % 2 == 0 ? "quality-control" : "extraction-purification").build());
            }
            Paths.Plan plan = context(units).navigating().build().plan();
            assertThat(plan.partners()).singleElement().satisfies(e -> {
                assertThat(e.owner()).isEqualTo(LandscapeFixture.owner("中药研究院", "university", "CN", HEFEI));
                assertThat(e.units()).hasSize(41).first().extracting(LandscapeUnit::pubId).isEqualTo("A00");
            });
        }

        @Test
        void citedLocalInventionsNotYetHighValueAreCandidates() {
            Paths.Plan plan = world().plan();
            assertThat(plan.candidates()).extracting(x -> x.unit().pubId(), Paths.Patent::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("H1", "cited"));
        }

        @Test
        void aBranchWhereForeignHoldersOwnAThirdOfValidChinesePatentsIsARisk() {
            Paths.Plan plan = world().plan();
            // Processing: valid Chinese patents G1, F1, F2; foreign 2 of 3 >= 30 %.
            assertThat(plan.risks()).singleElement().satisfies(r -> {
                assertThat(r.validChinese()).isEqualTo(3);
                assertThat(r.foreign()).isEqualTo(2);
                assertThat(r.holders()).containsExactly("KAMPO CO");
            });
        }
    }
}
