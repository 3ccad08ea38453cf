package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.column;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.report.Section;
import org.patnav.report.Table;

/** Units per filing, earliest priority and grant year, and the comparison of the last complete year. */
class TrendTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").filed(LocalDate.of(2016, 3, 1)).priority(2015).granted(LocalDate.of(2019, 5, 1)).build(),
            // Granted after the as-of date: not in the grant series.
            unit("CN-2").filed(LocalDate.of(2017, 2, 1)).granted(LocalDate.of(2025, 8, 1)).build(),
            unit("CN-3").filed(LocalDate.of(2022, 1, 10)).priority(2021).build(),
            unit("CN-4").filed(LocalDate.of(2022, 5, 5)).granted(LocalDate.of(2024, 1, 1)).build(),
            unit("CN-5").filed(LocalDate.of(2024, 2, 2)).build());

    @Test
    void threeSeriesWithTheEmptyYearsUpToTheAsOfYearFilled() {
        Table t = table(new Trend().build(context(units).build()), "trend");
        assertThat(t.rows()).containsExactly(
                row(2015, 0L, 1L, 0L),
                row(2016, 1L, 0L, 0L),
                row(2017, 1L, 1L, 0L),
                row(2018, 0L, 0L, 0L),
                row(2019, 0L, 0L, 1L),
                row(2020, 0L, 0L, 0L),
                row(2021, 0L, 1L, 0L),
                row(2022, 2L, 1L, 0L),
                row(2023, 0L, 0L, 0L),
                row(2024, 1L, 1L, 1L),
                row(2025, 0L, 0L, 0L));
    }

    @Test
    void theLastCompleteYearAgainstFiveYearsBefore() {
        // 专利法 第34条: published 18 months after priority. On 2025-06-30 filings from 2023-12-30 on are
        // not all published: 2022 is the last complete year, compared with 2017.
        Section s = new Trend().build(context(units).build());
        assertThat(s.findings()).containsExactly("In 2022, the last complete year, 2 applications were filed, against 1"
                + " five years earlier (2017): a change of 100.0%.");
        assertThat(table(s, "trend").note()).startsWith("Figures for 2023 onwards (applications filed after 2023-12-30)");
        assertThat(s.charts().getFirst().shadeFrom()).isEqualTo("2023");
    }

    @Test
    void oneDayLaterTheLastCompleteYearMovesOn() {
        // On 2025-07-01 the lag reaches back to 2024-01-01: 2023 is complete, and 2018 had no filing.
        Section s = new Trend().build(context(units).asOf(LocalDate.of(2025, 7, 1)).build());
        assertThat(s.findings()).containsExactly(
                "In 2023, the last complete year, 0 applications were filed; five years earlier there were none.");
        assertThat(s.charts().getFirst().shadeFrom()).isEqualTo("2024");
    }

    @Test
    void theFilingYearsAskedForBoundTheRows() {
        Table t = table(new Trend().build(context(units).years(2016, 2022).build()), "trend");
        assertThat(column(t, "year")).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022);
        assertThat(t.rows().getFirst()).isEqualTo(row(2016, 1L, 0L, 0L));
    }
}
