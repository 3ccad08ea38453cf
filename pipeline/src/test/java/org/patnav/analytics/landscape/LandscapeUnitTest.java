package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.analytics.highvalue.HighValueClassifier;
import org.patnav.analytics.highvalue.HighValueRules;
import org.patnav.analytics.highvalue.SeiConcordance;
import org.patnav.model.ApplicationFact;

/**
 * Counting units from fact rows, judged by the real fee engine and CNIPA's high-value classifier on the
 * tests' as-of date (2025-06-30): one unit per application, or one per simple family.
 */
class LandscapeUnitTest {

    private static final LandscapeUnit.Judges JUDGES = new LandscapeUnit.Judges(FeeStatusEngine.defaults(),
            new HighValueClassifier(HighValueRules.defaults(AS_OF), SeiConcordance.defaults()), AS_OF);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A CN invention application of 亳州 owner ALPHA, published 18 months after filing, meeting no SEI row. */
    private static FactBuilder fact(String app, String filed) {
        return new FactBuilder(app, d(filed));
    }

    private static LandscapeUnit one(FactBuilder f) {
        List<LandscapeUnit> units = LandscapeUnit.of(List.of(f.build()), LandscapeUnit.Unit.APPLICATION, JUDGES);
        assertThat(units).hasSize(1);
        return units.getFirst();
    }

    private static LandscapeUnit family(FactBuilder... members) {
        List<LandscapeUnit> units = LandscapeUnit.of(Arrays.stream(members).map(m -> m.family("F1").build())
                .toList(), LandscapeUnit.Unit.FAMILY, JUDGES);
        assertThat(units).hasSize(1);
        return units.getFirst();
    }

    /** A CNIPA lapse for an unpaid annual fee (未缴年费专利权终止). */
    private static FeeEvent lapse(String date) {
        return new FeeEvent("lapse", "未缴年费专利权终止", d(date), null, null);
    }

    @Nested
    class Grouping {

        private final List<ApplicationFact> facts = List.of(
                fact("CN-201610000001", "2016-05-01").family("F1").build(),
                fact("CN-201810000002", "2018-01-01").build(),
                fact("US-15000003", "2016-10-01").office("US").family("F1").build());

        @Test
        void anApplicationUnitPerFact() {
            assertThat(LandscapeUnit.of(facts, LandscapeUnit.Unit.APPLICATION, JUDGES)).extracting(LandscapeUnit::unit)
                    .containsExactly("CN-201610000001", "CN-201810000002", "US-15000003");
        }

        @Test
        void aFamilyUnitPerFamilyIdAndTheApplicationWithoutOne() {
            assertThat(LandscapeUnit.of(facts, LandscapeUnit.Unit.FAMILY, JUDGES)).extracting(LandscapeUnit::unit)
                    .containsExactly("F1", "CN-201810000002");
        }

        @Test
        void theFamilyTakesTheEarliestDatesTheMostClaimsAndTheUnionOfCitingApplications() {
            LandscapeUnit u = family(
                    fact("CN-201610000001", "2016-05-01").priority("2015-11-20").published("2017-11-20")
                            .granted("2019-03-01").claims(8).citing("CN-A", "CN-B").ipc("B25J9/16").titleEn("Old title")
                            .inventors("甲", "乙"),
                    fact("US-15000003", "2016-10-01").office("US").priority("2015-11-20").published("2018-04-01")
                            .granted("2018-09-01").claims(12).citing("CN-B", "US-C").ipc("B25J15/00", "G05B19/418")
                            .titleEn("New title").owners(new ApplicationFact.Owner("ALPHA INC", "company", "US", null))
                            .inventors("A", "B", "C").familySize(2, 2));
            assertThat(u.unit()).isEqualTo("F1");
            assertThat(u.filingDate()).isEqualTo(d("2016-05-01"));
            assertThat(u.priorityYear()).isEqualTo(2015);
            assertThat(u.grantDate()).as("the earliest grant of any member").isEqualTo(d("2018-09-01"));
            assertThat(u.claimCount()).isEqualTo(12);
            assertThat(u.citedBy()).as("CN-A, CN-B, US-C").isEqualTo(3);
            assertThat(u.subclasses()).containsExactly("B25J", "G05B");
            assertThat(u.groups()).containsExactly("B25J9", "B25J15", "G05B19");
            // The latest publication speaks for the family.
            assertThat(u.pubId()).isEqualTo("US-15000003");
            assertThat(u.titleEn()).isEqualTo("New title");
            assertThat(u.office()).isEqualTo("US");
            assertThat(u.ownerNames()).containsExactly("ALPHA INC");
            assertThat(u.ownerCountry()).isEqualTo("US");
            assertThat(u.inventors()).isEqualTo(3);
            assertThat(u.familySize()).isEqualTo(2);
            assertThat(u.familyOffices()).isEqualTo(2);
        }

        @Test
        void eachOwnerNameOnceWithItsFirstNamingsTypeAndCountry() {
            LandscapeUnit u = one(fact("CN-201810000002", "2018-01-01").owners(
                    new ApplicationFact.Owner("GAMMA", "company", "JP", null),
                    new ApplicationFact.Owner("中国科学技术大学", "university", "CN", "340104"),
                    new ApplicationFact.Owner("GAMMA", null, null, null)));
            assertThat(u.owners()).containsExactly(new ApplicationFact.Owner("GAMMA", "company", "JP", null),
                    new ApplicationFact.Owner("中国科学技术大学", "university", "CN", "340104"));
            assertThat(u.firstOwner()).isEqualTo(new ApplicationFact.Owner("GAMMA", "company", "JP", null));
        }
    }

    @Nested
    class Status {

        @Test
        void aGrantedInventionWithAnAnnualFeeLapseLongAgoIsLapsed() {
            // The restoration period (专利法实施细则 (2010) 第六条第二款) ended in 2016.
            LandscapeUnit u = one(fact("CN-201010000001", "2010-01-05").granted("2013-01-01").events(lapse("2016-01-05")));
            assertThat(u.status()).isEqualTo(FeeStatus.LAPSED);
            assertThat(u.statusSince()).isEqualTo(d("2016-01-05"));
            assertThat(u.statusId()).isEqualTo("lapsed");
            assertThat(u.valid()).isFalse();
        }

        @Test
        void aRecentLapseIsRestorable() {
            LandscapeUnit u = one(fact("CN-201510000001", "2015-03-10").granted("2018-06-01").events(lapse("2025-03-10")));
            assertThat(u.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(u.statusId()).isEqualTo("restorable");
        }

        @Test
        void anUngrantedApplicationIsPendingAlsoWithAGrantAfterTheAsOfDate() {
            assertThat(one(fact("CN-202310000001", "2023-03-01")).statusId()).isEqualTo("pending");
            LandscapeUnit later = one(fact("CN-202110000001", "2021-03-01").granted("2025-08-01"));
            assertThat(later.status()).isEqualTo(FeeStatus.PENDING);
            assertThat(later.grantedBy(AS_OF)).isFalse();
        }

        @Test
        void aRefusedApplicationIsLapsed() {
            LandscapeUnit u = one(fact("CN-201610000001", "2016-03-01")
                    .events(new FeeEvent("refusal", "发明专利申请公布后的驳回", d("2019-05-01"), null, null)));
            assertThat(u.status()).isEqualTo(FeeStatus.LAPSED);
            assertThat(u.grantDate()).isNull();
        }

        @Test
        void aGrantedInventionWithItsFeesPresumedPaidIsValid() {
            // The 2024-09-10 fee's six months of grace have passed with no lapse on record; the next falls due 2025-09-10.
            LandscapeUnit u = one(fact("CN-201210000001", "2012-09-10").granted("2015-01-01"));
            assertThat(u.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(u.statusId()).isEqualTo("valid");
        }

        @Test
        void twentyYearsAfterFilingAnInventionIsExpired() {
            // 专利法 第四十二条: 20 years from filing; the last day is 2023-04-30.
            LandscapeUnit u = one(fact("CN-200310000001", "2003-05-01").granted("2006-01-01"));
            assertThat(u.status()).isEqualTo(FeeStatus.EXPIRED);
            assertThat(u.statusSince()).isEqualTo(d("2023-05-01"));
        }

        @Test
        void aFamilyTakesTheBestStatusOfItsMembers() {
            FactBuilder lapsed = fact("CN-201010000001", "2010-01-05").granted("2013-01-01").events(lapse("2016-01-05"));
            FactBuilder restorable = fact("CN-201510000001", "2015-03-10").granted("2018-06-01").events(lapse("2025-03-10"));
            FactBuilder pending = fact("CN-202310000001", "2023-03-01");
            FactBuilder inForce = fact("CN-201210000001", "2012-09-10").granted("2015-01-01");
            FactBuilder expired = fact("CN-200310000001", "2003-05-01").granted("2006-01-01");
            // Valid before pending before restorable, lapsed, expired.
            assertThat(family(lapsed, inForce, pending).status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(family(lapsed, pending).status()).isEqualTo(FeeStatus.PENDING);
            assertThat(family(lapsed, restorable).status()).isEqualTo(FeeStatus.RESTORABLE);
            LandscapeUnit ended = family(expired, lapsed);
            assertThat(ended.status()).isEqualTo(FeeStatus.LAPSED);
            assertThat(ended.statusSince()).as("the speaking member's date").isEqualTo(d("2016-01-05"));
        }
    }

    @Nested
    class HighValue {

        @Test
        void aValidDomesticInventionMaintainedMoreThanTenYears() {
            assertThat(one(fact("CN-201210000001", "2012-09-10").granted("2015-01-01")).highValue()).isTrue();
        }

        @Test
        void notForAForeignOwner() {
            assertThat(one(fact("CN-201210000001", "2012-09-10").granted("2015-01-01").holderCountry("JP")).highValue())
                    .isFalse();
        }

        @Test
        void aFamilyMemberGrantedAbroad() {
            FactBuilder young = fact("CN-202010000001", "2020-09-10").granted("2023-01-01");
            assertThat(one(young).highValue()).as("five years, no grant abroad").isFalse();
            assertThat(one(young.familyGrant("US-11000001-B2", "US", "2024-02-01")).highValue()).isTrue();
        }

        @Test
        void notWhenTheRightHasLapsed() {
            assertThat(one(fact("CN-201010000001", "2010-01-05").granted("2013-01-01").events(lapse("2016-01-05")))
                    .highValue()).isFalse();
        }

        @Test
        void aFamilyIsHighValueWhenAnyMemberIs() {
            LandscapeUnit u = family(fact("CN-201210000001", "2012-09-10").granted("2015-01-01"),
                    fact("US-15000003", "2012-10-01").office("US").granted("2016-01-01"));
            assertThat(u.office()).as("the US member, published last, speaks for the family").isEqualTo("US");
            assertThat(u.highValue()).isTrue();
        }
    }

    /** An {@link ApplicationFact} whose holder publication is the latest one. */
    private static final class FactBuilder {
        private final String app;
        private final LocalDate filed;
        private String office = "CN";
        private String titleEn;
        private LocalDate published;
        private LocalDate priority;
        private LocalDate granted;
        private Integer claims;
        private String familyId;
        private List<ApplicationFact.Owner> owners = List.of(new ApplicationFact.Owner("ALPHA", "company", "CN", "341602"));
        private List<String> inventors = List.of("甲");
        private List<String> ipc = List.of("A61Q19/00", "A61K8/97");
        private String holderCountry = "CN";
        private List<String> citing = List.of();
        private long familySize = 1;
        private long familyOffices = 1;
        private final List<HighValueCandidate.Grant> familyGrants = new ArrayList<>();
        private List<FeeEvent> events = List.of();

        private FactBuilder(String app, LocalDate filed) {
            this.app = app;
            this.filed = filed;
            this.published = filed.plusMonths(18);
        }

        FactBuilder office(String office) {
            this.office = office;
            return this;
        }

        FactBuilder titleEn(String title) {
            this.titleEn = title;
            return this;
        }

        FactBuilder published(String date) {
            this.published = d(date);
            return this;
        }

        FactBuilder priority(String date) {
            this.priority = d(date);
            return this;
        }

        FactBuilder granted(String date) {
            this.granted = d(date);
            return this;
        }

        FactBuilder claims(int claims) {
            this.claims = claims;
            return this;
        }

        FactBuilder family(String familyId) {
            this.familyId = familyId;
            return this;
        }

        FactBuilder owners(ApplicationFact.Owner... owners) {
            this.owners = List.of(owners);
            return this;
        }

        FactBuilder inventors(String... names) {
            this.inventors = List.of(names);
            return this;
        }

        FactBuilder ipc(String... codes) {
            this.ipc = List.of(codes);
            return this;
        }

        FactBuilder holderCountry(String country) {
            this.holderCountry = country;
            return this;
        }

        FactBuilder citing(String... apps) {
            this.citing = List.of(apps);
            return this;
        }

        FactBuilder familySize(long size, long offices) {
            this.familySize = size;
            this.familyOffices = offices;
            return this;
        }

        FactBuilder familyGrant(String pubId, String office, String granted) {
            familyGrants.add(new HighValueCandidate.Grant(pubId, office, d(granted)));
            return this;
        }

        FactBuilder events(FeeEvent... events) {
            this.events = List.of(events);
            return this;
        }

        ApplicationFact build() {
            LocalDate earliest = priority != null ? priority : filed;
            return new ApplicationFact(app, app, "标题", titleEn, office, "invention", published, filed, priority, earliest,
                    granted, null, null, claims, familyId, null, null, owners, inventors, ipc, "一种保湿面霜", app, office,
                    "invention", owners.isEmpty() ? null : owners.getFirst().name(), holderCountry, "341602", citing,
                    familySize, familyOffices, List.copyOf(familyGrants), List.of("tcm"), events, List.of(), List.of(), List.of(app));
        }
    }
}
