package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.model.LegalEvent;
import org.patnav.normalize.Parties;

/**
 * The status engine on the 164 real records of the USPTO maintenance-fee file documentation (Table 3):
 * patents known only from their fee events. Each patent's status is pinned in a golden file, on the day
 * after each of its events and on a fixed date; rewrite with {@code -Dpatnav.updateGolden=true}.
 */
class MaintFeeStatusRealDataTest {

    private static final String SAMPLE = "uspto-maintfee/MaintFeeEvents_SAMPLE_transcribed_from_USPTO_doc_Table3.txt";
    private static final Path GOLDEN = Path.of("src/test/resources/org/patnav/analytics/fees/maintfee-sample-status.txt");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    @Test
    void patentsWithAnExpEventAndNoLaterReinstatementAreLapsedFromTheEventDate() throws IOException {
        for (FeeSubject s : subjects().values()) {
            List<FeeEvent> exp = s.events().stream().filter(e -> e.code().equals("EXP.")).toList();
            if (exp.isEmpty()) {
                continue;
            }
            FeeEvent last = exp.getLast();
            boolean reinstated = s.events().stream().anyMatch(e -> e.code().equals("EXPX") && e.date().isAfter(last.date()));
            assertThat(reinstated).as(s.pubId()).isFalse();
            FeeAssessment onTheDay = FeeStatusEngineTest.ENGINE.assess(s, last.date(), 90);
            assertThat(onTheDay.status()).as(s.pubId()).isIn(FeeStatus.RESTORABLE, FeeStatus.LAPSED);
            assertThat(onTheDay.statusSince()).as(s.pubId()).isEqualTo(last.date());
            FeeAssessment now = FeeStatusEngineTest.ENGINE.assess(s, AS_OF, 90);
            assertThat(now.status()).as(s.pubId()).isEqualTo(FeeStatus.LAPSED);
            assertThat(now.statusSince()).as(s.pubId()).isEqualTo(last.date());
        }
    }

    @Test
    void afterTheFourthYearFeeIsPaidTheNextWindowIsTheSevenAndAHalfYearOne() throws IOException {
        int checked = 0;
        for (FeeSubject s : subjects().values()) {
            for (FeeEvent paid : s.events()) {
                if (!paid.code().matches("M[123]551") ) {
                    continue;
                }
                FeeAssessment a = FeeStatusEngineTest.ENGINE.assess(s, paid.date().plusDays(1), 90);
                assertThat(a.status()).as(s.pubId()).isEqualTo(FeeStatus.IN_FORCE);
                assertThat(a.feeYear()).as(s.pubId()).isEqualTo(8);
                // The 7.5-year fee: its window closes 7 years 6 months after grant (a weekday, or the Monday after).
                LocalDate nominal = s.grantDate().plusYears(8).minusMonths(6);
                assertThat(a.nextDueDate()).as(s.pubId()).isBetween(nominal, nominal.plusDays(2));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(48);
    }

    @Test
    void everyPatentMatchesTheGoldenFile() throws IOException {
        List<String> actual = new ArrayList<>();
        for (FeeSubject s : subjects().values()) {
            actual.add(s.pubId() + " filed " + s.filingDate() + " granted " + s.grantDate() + ": "
                    + s.events().stream().map(e -> e.code() + " " + e.date()).collect(Collectors.joining(", ")));
            List<LocalDate> dates = new ArrayList<>(s.events().stream().map(e -> e.date().plusDays(1)).distinct().toList());
            dates.add(AS_OF);
            for (LocalDate d : dates) {
                FeeAssessment a = FeeStatusEngineTest.ENGINE.assess(s, d, 90);
                assertThat(FeeStatusEngineTest.ENGINE.standing(s, d, 90)).as("standing of %s on %s", s.pubId(), d)
                        .isEqualTo(new FeeStatusEngine.Standing(a.status(), a.statusSince()));
                actual.add("  " + line(d, a));
            }
        }
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    /**
     * Every patent of the sample assessed as of every 31 December from 1985 (the first fees fell due from
     * 1984/85) to 2026: no error, and a fee owed always has either an amount or the reason it has none (the
     * years fee-amounts.tsv lacks, row US-GAP), never a silent gap.
     */
    @Test
    void everyPatentIsAssessedAtEveryYearEndFrom1985To2026() throws IOException {
        Map<String, FeeSubject> subjects = subjects();
        int assessed = 0;
        int unknown = 0;
        for (int year = 1985; year <= 2026; year++) {
            LocalDate asOf = LocalDate.of(year, 12, 31);
            for (FeeSubject s : subjects.values()) {
                FeeAssessment a = FeeStatusEngineTest.ENGINE.assess(s, asOf, 90);
                assertThat(a.status()).as(s.pubId() + " " + asOf).isNotNull();
                if (a.currency() != null && !a.amountComplete()) {
                    assertThat(a.amountNote()).as(s.pubId() + " " + asOf)
                            .startsWith("PatNav's US schedule lacks the amounts in force on " + asOf);
                    unknown += a.amountUnknown() ? 1 : 0;
                } else {
                    assertThat(a.amountNote()).as(s.pubId() + " " + asOf).isNull();
                }
                assessed++;
            }
        }
        assertThat(assessed).isEqualTo(42 * subjects.size());
        assertThat(unknown).isPositive();
    }

    /** Exact positions at historic dates, amounts by the schedule in force (fee-amounts.tsv) or unknown. */
    @Test
    void historicYearEndsOfChosenPatents() throws IOException {
        Map<String, FeeSubject> subjects = subjects();
        // Paid the 3.5-year fee with surcharge (M176, M170) in 1985: the 7.5-year fee is next, its 1985
        // amount not held (row US-GAP: PatNav's US amounts start 2013-03-19).
        FeeAssessment a = FeeStatusEngineTest.ENGINE.assess(subjects.get("US-4292142"), LocalDate.of(1985, 12, 31), 90);
        assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
        assertThat(a.feeYear()).isEqualTo(8);
        assertThat(a.nextDueDate()).isEqualTo(LocalDate.of(1989, 3, 29));
        assertThat(a.amountDue()).isNull();
        assertThat(a.currency()).isEqualTo("USD");
        assertThat(a.amountNote()).isEqualTo("PatNav's US schedule lacks the amounts in force on 1985-12-31"
                + " (maintenance: fee-amounts.tsv row US-GAP from 1980-12-12 has no amount)");
        // Expired 1993-09-26 (EXP.): restorable, at an unknown cost.
        a = FeeStatusEngineTest.ENGINE.assess(subjects.get("US-4292142"), LocalDate.of(1993, 12, 31), 90);
        assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
        assertThat(a.restoreDeadline()).isEqualTo(LocalDate.of(1995, 9, 29));
        assertThat(a.amountUnknown()).isTrue();
        // Granted 2004-09-07, a reminder (REM.) and no payment: in grace on 2008-04-01, the date of the issue's
        // crash, with the amount unknown; restorable at the end of 2008; lapsed for good by the end of 2010.
        FeeSubject reminded = subjects.get("US-6788804");
        a = FeeStatusEngineTest.ENGINE.assess(reminded, LocalDate.of(2008, 4, 1), 90);
        assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
        assertThat(a.feeYear()).isEqualTo(4);
        assertThat(a.graceDeadline()).isEqualTo(LocalDate.of(2008, 9, 8));
        assertThat(a.amountUnknown()).isTrue();
        assertThat(FeeStatusEngineTest.ENGINE.assess(reminded, LocalDate.of(2008, 12, 31), 90).status())
                .isEqualTo(FeeStatus.RESTORABLE);
        assertThat(FeeStatusEngineTest.ENGINE.assess(reminded, LocalDate.of(2010, 12, 31), 90).status())
                .isEqualTo(FeeStatus.LAPSED);
        // Paid the 3.5-year fee in 2008 (M1551), nothing after: expired at the end of the 7.5-year grace
        // (2012-09-07). At the end of 2012 restorable at an unknown cost; at the end of 2013 the 2013 schedule
        // (78 FR 4212) prices the 7.5-year fee at 3,600, the petition fee not held, so the cost is incomplete.
        FeeSubject once = subjects.get("US-6788800");
        a = FeeStatusEngineTest.ENGINE.assess(once, LocalDate.of(2012, 12, 31), 90);
        assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
        assertThat(a.amountUnknown()).isTrue();
        a = FeeStatusEngineTest.ENGINE.assess(once, LocalDate.of(2013, 12, 31), 90);
        assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
        assertThat(a.feeYear()).isEqualTo(8);
        assertThat(a.amountDue()).isEqualByComparingTo("3600");
        assertThat(a.amountComplete()).isFalse();
        assertThat(a.amountNote()).isEqualTo("PatNav's US schedule lacks the amounts in force on 2013-12-31"
                + " (reinstatement petition: fee-amounts.tsv row US-2013 from 2013-03-19 has no amount)");
        // No lapse is on record, and the 20-year term from the 2000-07-25 filing has run out since.
        assertThat(FeeStatusEngineTest.ENGINE.assess(once, LocalDate.of(2026, 12, 31), 90).status())
                .isEqualTo(FeeStatus.EXPIRED);
    }

    private static String line(LocalDate asOf, FeeAssessment a) {
        return asOf + " " + a.status().id() + " since " + a.statusSince()
                + (a.feeYear() == null ? "" : " fee " + a.feeYear())
                + (a.nextDueDate() == null ? "" : " due " + a.nextDueDate())
                + (a.graceDeadline() == null ? "" : " grace " + a.graceDeadline())
                + (a.restoreDeadline() == null ? "" : " restore by " + a.restoreDeadline())
                + (a.amountDue() == null ? "" : " " + a.amountDue().toPlainString() + " " + a.currency()
                        + (a.amountComplete() ? "" : " (incomplete)"))
                + " [" + a.decidedBy() + "]"
                + (a.conflicts().isEmpty() ? "" : " conflicts: " + String.join("; ", a.conflicts()));
    }

    /** The sample's patents, each with its events, filing and grant dates from the file. */
    static Map<String, FeeSubject> subjects() throws IOException {
        Path file = RealData.path(SAMPLE);
        List<LegalEvent> events = new ArrayList<>();
        try (FileIngest ingest = new FileIngest(file.getFileName().toString(), "test", () -> Files.newInputStream(file),
                IngestContext.withParties(Parties.withoutRegions()))) {
            ingest.forEachRemaining(r -> events.add(((Ingested.EventRecord) r).event()));
        }
        Map<String, List<LegalEvent>> byPatent = events.stream()
                .collect(Collectors.groupingBy(LegalEvent::patentKey, TreeMap::new, Collectors.toList()));
        Map<String, FeeSubject> out = new TreeMap<>();
        byPatent.forEach((key, list) -> {
            LegalEvent first = list.getFirst();
            List<FeeEvent> fee = list.stream().sorted(Comparator.comparing(LegalEvent::eventDate))
                    .map(e -> new FeeEvent(e.category().id(), e.code(), e.eventDate(), e.feeYear(), e.entityStatus())).toList();
            out.put(key, new FeeSubject(key, "US", key.startsWith("US-RE") ? "reissue" : "invention", first.filingDate(),
                    first.grantDate(), null, null, null, fee));
        });
        return out;
    }
}
