package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.analytics.landscape.LandscapeFixture.context;
import static org.patnav.analytics.landscape.LandscapeFixture.row;
import static org.patnav.analytics.landscape.LandscapeFixture.table;
import static org.patnav.analytics.landscape.LandscapeFixture.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.report.Section;

/**
 * The companies the analyst names: rank, share, growth (recent = 2020–2022, previous = 2017–2019 on the
 * tests' as-of date) and the Jaccard overlap of IPC subclass sets with the five leading applicants.
 */
class CompaniesTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").filed(2018).owner("ALPHA", "company").ipc("B25J9/16", "G05B19/418").build(),
            unit("CN-2").filed(2021).owner("ALPHA", "company").ipc("B25J9/08").build(),
            unit("CN-3").filed(2022).owner("ALPHA", "company").ipc("B23Q3/06", "H01M10/052").build(),
            unit("CN-4").filed(2016).owner("BETA", "company").ipc("B25J9/16", "A61K36/18").build(),
            unit("CN-5").filed(2020).owner("BETA", "company").ipc("A61K36/48").build(),
            // ALPHA counts here too (full counting), in the year before the previous window.
            unit("CN-6").filed(2015).owner("GAMMA", "company").owner("ALPHA", "company").ipc("G05B19/42").build(),
            unit("CN-7").filed(2024).owner("GAMMA", "company").ipc("H01M10/04").build());

    /** ALPHA 4 units, BETA and GAMMA 2 each; the companies as an analyst types them, normalised. */
    private Section build() {
        return new Companies().build(context(units).companies("Alpha", "gamma", "Nobody").build());
    }

    @Test
    void rankShareAndGrowthOfEachCompanyWithTiesSharingARank() {
        assertThat(table(build(), "company_positions").rows()).containsExactly(
                row("ALPHA", 1L, 4L, 4.0 / 7, 2L, 1L, 1.0),
                // GAMMA ties with BETA: both second.
                row("GAMMA", 2L, 2L, 2.0 / 7, 0L, 0L, null),
                row("NOBODY", null, 0L, 0.0, 0L, 0L, null));
    }

    @Test
    void overlapIsTheJaccardSimilarityOfSubclassSets() {
        // ALPHA {B25J, G05B, B23Q, H01M}, BETA {B25J, A61K}, GAMMA {G05B, H01M}; leaders ALPHA, BETA, GAMMA.
        assertThat(table(build(), "company_overlap").rows()).containsExactly(
                row("ALPHA", "BETA", 1.0 / 5),
                row("ALPHA", "GAMMA", 2.0 / 4),
                row("GAMMA", "ALPHA", 2.0 / 4),
                row("GAMMA", "BETA", 0.0),
                row("NOBODY", "ALPHA", 0.0),
                row("NOBODY", "BETA", 0.0),
                row("NOBODY", "GAMMA", 0.0));
    }

    @Test
    void findingsPerCompany() {
        assertThat(build().findings()).containsExactly(
                "ALPHA ranks no. 1 in the sector with 4 applications (57.1%): 2 in the last three complete years, 1 in the three before.",
                "GAMMA ranks no. 2 in the sector with 2 applications (28.6%): 0 in the last three complete years, 0 in the three before.",
                "NOBODY has no application in the sector.");
    }

    @Test
    void appliesOnlyWhenCompaniesAreNamed() {
        assertThat(new Companies().applies(context(units).build())).isFalse();
        assertThat(new Companies().applies(context(units).companies("Alpha").build())).isTrue();
    }
}
