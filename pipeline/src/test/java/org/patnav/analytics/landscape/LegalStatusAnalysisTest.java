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
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.report.Section;
import org.patnav.report.Table;

/**
 * Legal status as the fee engine judges it, in five statuses (valid = {@code FeeStatus.valid()}: in force,
 * a fee due or in the grace period), and the Chinese patents free to use.
 */
class LegalStatusAnalysisTest {

    private final List<LandscapeUnit> units = List.of(
            unit("CN-1").status(FeeStatus.IN_FORCE).build(),
            unit("CN-2").status(FeeStatus.DUE).build(),
            unit("US-3").office("US").status(FeeStatus.GRACE).build(),
            unit("CN-4").status(FeeStatus.PENDING).build(),
            // Ended for an unpaid fee, restoration still open: not free to use yet.
            unit("CN-5").status(FeeStatus.RESTORABLE, LocalDate.of(2025, 3, 10)).cited(7).build(),
            // A lapsed US patent says nothing of rights in China.
            unit("US-6").office("US").status(FeeStatus.LAPSED, LocalDate.of(2022, 1, 1)).cited(9).build(),
            unit("CN-7").status(FeeStatus.EXPIRED, LocalDate.of(2021, 5, 1)).cited(2).family(3, 2).build(),
            unit("CN-8").status(FeeStatus.LAPSED, LocalDate.of(2023, 1, 1)).cited(2).family(3, 1)
                    .owner("ALPHA", "company").filed(2012).ipc("B25J9/16").build());

    @Test
    void fiveStatusesWithDueAndGraceCountedValid() {
        Table t = table(new LegalStatusAnalysis().build(context(units).build()), "legal_status");
        assertThat(t.rows()).containsExactly(
                row("valid", "Valid", 3L, 3.0 / 8),
                row("pending", "Pending", 1L, 1.0 / 8),
                row("restorable", "Restorable (fees unpaid, restoration still open)", 1L, 1.0 / 8),
                row("lapsed", "Lapsed (fees unpaid, withdrawn, refused or invalidated)", 2L, 2.0 / 8),
                row("expired", "Expired (term ended)", 1L, 1.0 / 8));
    }

    @Test
    void freeToUseIsChineseLapsedOrExpiredOnlyLatestEndFirstOnTies() {
        Section s = new LegalStatusAnalysis().build(context(units).build());
        Table free = table(s, "free_to_use");
        // Equal citations and family sizes: the one that ended later first.
        assertThat(column(free, "pub_id")).containsExactly("CN-8", "CN-7");
        assertThat(free.rows().getFirst()).isEqualTo(row("CN-8", "Title CN-8", "ALPHA", 2012, "B25J9",
                "Lapsed (fees unpaid, withdrawn, refused or invalidated)", LocalDate.of(2023, 1, 1), 2L, 3L));
        assertThat(s.findings()).containsExactly("3 applications are valid (37.5%); 2 lapsed and 1 expired; 2 of these"
                + " are Chinese patents whose teaching local companies may now use freely (the opportunity list).");
    }

    @Test
    void everyStatusIsListedEvenWithoutUnits() {
        LandscapeContext c = context(unit("CN-1").status(FeeStatus.GRACE).build()).lang("zh").build();
        Section s = new LegalStatusAnalysis().build(c);
        assertThat(table(s, "legal_status").rows()).containsExactly(
                row("valid", "有效", 1L, 1.0),
                row("pending", "审中", 0L, 0.0),
                row("restorable", "可恢复（未缴年费，恢复期内）", 0L, 0.0),
                row("lapsed", "失效（未缴年费、撤回、驳回或无效）", 0L, 0.0),
                row("expired", "期限届满", 0L, 0.0));
        assertThat(table(s, "free_to_use").rows()).isEmpty();
    }
}
