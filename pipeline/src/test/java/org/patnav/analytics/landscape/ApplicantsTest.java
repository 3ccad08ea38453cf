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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.report.Column;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * The applicant ranking by full counting, applicant types and concentration by first owner, and the new
 * entrants. On the tests' as-of date the last complete year is 2022: recent = 2020–2022, previous = 2017–2019.
 */
class ApplicantsTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").filed(2017).granted(LocalDate.of(2019, 6, 1)).status(FeeStatus.IN_FORCE)
                    .owner("ALPHA", "company", "CN", null).owner("BETA UNIVERSITY", "university", "CN", null).build(),
            unit("CN-2").filed(2018).granted(LocalDate.of(2020, 6, 1)).status(FeeStatus.LAPSED)
                    .owner("ALPHA", "company", "CN", null).build(),
            unit("CN-3").filed(2020).owner("ALPHA", "company", "CN", null).build(),
            // First filed in 2019, the year before the new-entrant window.
            unit("CN-4").filed(2019).owner("ZETA", "company", "CN", null).build(),
            unit("JP-5").filed(2021).owner("GAMMA", "company", "JP", null).build(),
            // A Japanese first owner with a Chinese co-applicant: each keeps its own country.
            unit("CN-6").filed(2022).granted(LocalDate.of(2024, 3, 1)).status(FeeStatus.IN_FORCE)
                    .owner("GAMMA", "company", "JP", null).owner("DELTA", "research_institute", "CN", null).build(),
            // Filed within the publication lag: an entrant all the same.
            unit("CN-7").filed(2024).owner("EPSILON", "individual", "CN", null).build(),
            unit("CN-8").filed(2016).owner("BETA UNIVERSITY", "university", "CN", null).build());

    @Test
    void fullCountingRanksEveryApplicantOfAUnitWithTiesByName() {
        Table t = table(new Applicants().build(context(units).build()), "top_applicants");
        assertThat(t.columns()).extracting(Column::label).containsSubsequence("2020–2022", "2017–2019");
        assertThat(t.rows()).containsExactly(
                // rank, applicant, type, country, applications, share, granted, valid, grant rate, recent, previous, growth
                row(1L, "ALPHA", "Company", "CN", 3L, 3.0 / 8, 2L, 1L, 2.0 / 3, 1L, 2L, -0.5),
                row(2L, "BETA UNIVERSITY", "University", "CN", 2L, 2.0 / 8, 1L, 1L, 0.5, 0L, 1L, -1.0),
                row(3L, "GAMMA", "Company", "JP", 2L, 2.0 / 8, 1L, 1L, 0.5, 2L, 0L, null),
                row(4L, "DELTA", "Research institute", "CN", 1L, 1.0 / 8, 1L, 1L, 1.0, 1L, 0L, null),
                row(5L, "EPSILON", "Individual", "CN", 1L, 1.0 / 8, 0L, 0L, 0.0, 0L, 0L, null),
                row(6L, "ZETA", "Company", "CN", 1L, 1.0 / 8, 0L, 0L, 0.0, 0L, 1L, -1.0));
        // Two units have two applicants: ten counts for eight units.
        assertThat(column(t, "applications").stream().mapToLong(v -> (Long) v).sum()).isEqualTo(10);
    }

    @Test
    void aGrantAfterTheAsOfDateIsNotCounted() {
        LandscapeContext c = context(unit("CN-1").filed(2020).granted(LocalDate.of(2025, 7, 1))
                .owner("ALPHA", "company").build()).build();
        assertThat(table(new Applicants().build(c), "top_applicants").rows().getFirst())
                .isEqualTo(row(1L, "ALPHA", "Company", "CN", 1L, 1.0, 0L, 0L, 0.0, 1L, 0L, null));
    }

    @Test
    void theRankingStopsAtTwenty() {
        List<LandscapeUnit> many = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> unit("CN-" + i).owner(String.format(Locale.ROOT, "OWNER %02d", i), "company").build())
                .toList();
        Table t = table(new Applicants().build(context(many).build()), "top_applicants");
        assertThat(t.rows()).hasSize(LandscapeContext.TOP);
        assertThat(column(t, "applicant").getLast()).isEqualTo("OWNER 20");
    }

    @Test
    void applicantTypesByFirstOwner() {
        Section s = new Applicants().build(context(units).build());
        assertThat(table(s, "applicant_types").rows()).containsExactly(
                row("Company", 6L, 6.0 / 8),
                row("Individual", 1L, 1.0 / 8),
                row("University", 1L, 1.0 / 8));
    }

    @Test
    void newEntrantsFirstFiledInTheLastThreeCompleteYearsOrLater() {
        // lastComplete - 2 = 2020: ZETA (2019) is not new; EPSILON (2024, incomplete) is.
        Table t = table(new Applicants().build(context(units).build()), "new_entrants");
        assertThat(t.rows()).containsExactly(
                row("GAMMA", 2021, 2L),
                row("DELTA", 2022, 1L),
                row("EPSILON", 2024, 1L));
        assertThat(t.note()).isEqualTo("Applicants whose first application in the sector was filed in 2020 or later.");
    }

    @Test
    void concentrationByFirstOwnerAndTheFinding() {
        // First owners: ALPHA 3, GAMMA 2, ZETA, EPSILON, BETA UNIVERSITY 1 each (shares add up to one).
        // CR4 = 7/8; HHI = 37.5² + 25² + 3 × 12.5² = 2,500 > 1,800: high (US DOJ/FTC Merger Guidelines 2023).
        Section s = new Applicants().build(context(units).build());
        Table t = table(s, "concentration");
        assertThat(column(t, "measure")).containsExactly("CR4", "CR8", "HHI");
        assertThat((Double) t.rows().get(0).get(1)).isEqualTo(7.0 / 8);
        assertThat((Double) t.rows().get(1).get(1)).isEqualTo(1.0);
        assertThat((Double) t.rows().get(2).get(1)).isCloseTo(2500.0, Offset.offset(1e-9));
        assertThat(s.findings()).containsExactly(
                "The largest applicant, ALPHA, holds 3 applications (37.5%); CR4 is 87.5% and HHI 2,500: high concentration.");
    }
}
