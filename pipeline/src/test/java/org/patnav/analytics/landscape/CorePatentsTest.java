package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.column;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * The most cited patents, the largest families, the core patents by the four stated criteria (any one:
 * cited ≥ 3, a family in ≥ 2 offices, ≥ 10 claims, valid and filed ≥ 10 years before the as-of date; PatNav's
 * screening list) and CNIPA's high-value invention patents.
 */
class CorePatentsTest {

    private final List<LandscapeUnit> units = List.of(
            // Cited 3 times (the threshold) and 15 claims: two criteria.
            unit("CN-01").filed(2020).granted(LocalDate.of(2022, 1, 1)).status(FeeStatus.IN_FORCE).cited(3).claims(15)
                    .highValue().owner("ALPHA", "company").ipc("B25J9/16", "B25J15/00").build(),
            // Cited twice: below the threshold; a family in two offices.
            unit("CN-02").filed(2019).cited(2).family(2, 2).owner("BETA", "company").build(),
            // 10 claims, pending: a core patent need not be granted yet.
            unit("CN-03").filed(2021).claims(10).family(2, 1).build(),
            // Valid (in the fee grace period) and filed exactly ten years before the as-of date.
            unit("CN-04").filed(LocalDate.of(2015, 6, 30)).granted(LocalDate.of(2018, 1, 1)).status(FeeStatus.GRACE)
                    .claims(9).build(),
            // Valid, but filed a day less than ten years before: no criterion.
            unit("CN-05").filed(LocalDate.of(2015, 7, 1)).granted(LocalDate.of(2018, 1, 1)).status(FeeStatus.IN_FORCE)
                    .build(),
            // Refused or withdrawn before grant: cited and long, but no core patent.
            unit("CN-06").filed(2016).status(FeeStatus.LAPSED, LocalDate.of(2019, 5, 1)).cited(5).claims(12).build(),
            // Lapsed after grant: listed by citations and family, but no longer maintained.
            unit("CN-07").filed(2010).granted(LocalDate.of(2013, 1, 1)).status(FeeStatus.LAPSED, LocalDate.of(2016, 1, 5))
                    .cited(4).family(3, 3).build(),
            unit("CN-08").filed(2012).granted(LocalDate.of(2015, 1, 1)).status(FeeStatus.IN_FORCE).cited(1).highValue()
                    .build());

    @Test
    void mostCitedAndLargestFamilies() {
        Section s = new CorePatents().build(context(units).build());
        Table cited = table(s, "most_cited");
        assertThat(column(cited, "pub_id")).containsExactly("CN-06", "CN-07", "CN-01", "CN-02", "CN-08");
        assertThat(column(cited, "cited_by")).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(cited.rows().get(2)).isEqualTo(row("CN-01", "Title CN-01", "ALPHA", 2020, "B25J15; B25J9", 3L));
        // Equal sizes: more offices first.
        Table families = table(s, "largest_families");
        assertThat(column(families, "pub_id")).containsExactly("CN-07", "CN-02", "CN-03");
        assertThat(column(families, "family_offices")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void eachOfTheFourCriteriaListsAPatentAndTheMostCriteriaComeFirst() {
        Table core = table(new CorePatents().build(context(units).build()), "core_patents");
        assertThat(column(core, "pub_id")).containsExactly("CN-07", "CN-01", "CN-02", "CN-08", "CN-03", "CN-04");
        assertThat(column(core, "criteria")).containsExactly(2L, 2L, 1L, 1L, 1L, 1L);
        assertThat(column(core, "reasons")).containsExactly(
                "cited 4 times; family abroad",
                "cited 3 times; at least 10 claims",
                "family abroad",
                "maintained 10+ years",
                "at least 10 claims",
                "maintained 10+ years");
        assertThat(column(core, "status")).containsExactly("Lapsed (fees unpaid, withdrawn, refused or invalidated)",
                "Valid", "Pending", "Valid", "Pending", "Valid");
    }

    @Test
    void cnipaHighValueListsTheUnitsTheClassifierMarked() {
        Section s = new CorePatents().build(context(units).build());
        Table cnipa = table(s, "cnipa_high_value");
        assertThat(column(cnipa, "pub_id")).containsExactly("CN-01", "CN-08");
        assertThat(cnipa.note()).startsWith("As of 2025-06-30: valid domestic invention patents");
        assertThat(s.findings()).containsExactly(
                "The most cited patent is CN-06 (cited 5 times); 6 patents make the core-patent list.",
                "As of 2025-06-30, the sector holds 2 high-value invention patents by CNIPA's definition (listed below),"
                        + " a different list from the core patents screened above.");
    }

    @Test
    void theCoreListStopsAtTwentyInItsOrderButTheFindingCountsThemAll() {
        // Equal criteria and citations: by publication id.
        List<LandscapeUnit> many = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> unit(String.format(Locale.ROOT, "CN-%02d", 26 - i)).claims(10).build()).toList();
        Section s = new CorePatents().build(context(many).build());
        Table core = table(s, "core_patents");
        assertThat(core.rows()).hasSize(LandscapeContext.TOP);
        assertThat(column(core, "pub_id")).startsWith("CN-01", "CN-02").endsWith("CN-20");
        assertThat(s.findings().getFirst()).endsWith("25 patents make the core-patent list.");
    }
}
