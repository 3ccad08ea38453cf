package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.analytics.fees.Deadlines.CalendarCaveat;
import org.patnav.analytics.fees.Deadlines.Deadline;

/** Legal deadlines: the statutory US calendar, the CN notices, and what each calendar covers. */
class DeadlinesTest {

    static final Deadlines DEFAULTS = Deadlines.defaults();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class UnitedStatesByStatute {

        @Test
        void juneteenthOnASaturdayIsObservedOnTheFriday() {
            // Pub. L. 117-17 (2021-06-17) added June 19 to 5 U.S.C. 6103(a); 2021-06-19 was a Saturday,
            // observed Friday 2021-06-18 (6103(b)). No Juneteenth before 2021.
            assertThat(UsFederalHolidays.observedIn(2021)).containsEntry(d("2021-06-18"), "Juneteenth National Independence Day (observed)");
            assertThat(UsFederalHolidays.observedIn(2020)).doesNotContainKeys(d("2020-06-19"));
            assertThat(DEFAULTS.legal("US", d("2021-06-18")).date()).isEqualTo(d("2021-06-21"));
        }

        @Test
        void newYear2000OnASaturdayIsObservedOnDecember31Of1999() {
            // 5 U.S.C. 6103(b)(1): a holiday on a Saturday is observed the Friday before, here in the year before.
            assertThat(UsFederalHolidays.observedIn(1999)).containsEntry(d("1999-12-31"), "New Year's Day (observed)");
            assertThat(UsFederalHolidays.observedIn(2000)).doesNotContainKeys(d("2000-01-01"), d("1999-12-31"));
            Deadline dl = DEFAULTS.legal("US", d("1999-12-31"));
            assertThat(dl.date()).isEqualTo(d("2000-01-03"));
            assertThat(dl.reason()).contains("is a public holiday (New Year's Day (observed))");
        }

        @Test
        void inauguration2025FellOnTheBirthdayOfMartinLutherKing() {
            // 5 U.S.C. 6103(c): January 20 of each fourth year after 1965, a holiday in the D.C. area
            // (the USPTO sits in Alexandria; 35 U.S.C. 21(b): "Federal holiday within the District of Columbia").
            assertThat(UsFederalHolidays.observedIn(2025)).containsEntry(d("2025-01-20"),
                    "Birthday of Martin Luther King, Jr.; Inauguration Day");
            assertThat(UsFederalHolidays.observedIn(2021)).containsEntry(d("2021-01-20"), "Inauguration Day");
            assertThat(UsFederalHolidays.observedIn(2022)).doesNotContainValue("Inauguration Day");
        }

        @Test
        void inaugurationOnASundayIsObservedOnTheMonday() {
            // 6103(c): "When January 20 ... falls on Sunday, the next succeeding day selected for the public
            // observance of the inauguration" is the holiday: 2013-01-20 was a Sunday (and 01-21 MLK day).
            assertThat(UsFederalHolidays.observedIn(2013)).containsEntry(d("2013-01-21"),
                    "Birthday of Martin Luther King, Jr.; Inauguration Day");
            // 6103(c) names no Saturday rule: 2029-01-20 is a Saturday and Friday 2029-01-19 stays a working day.
            assertThat(UsFederalHolidays.observedIn(2029)).doesNotContainKeys(d("2029-01-19"));
        }

        @Test
        void veteransDayWasInOctoberFrom1971To1977() {
            // Pub. L. 90-363: fourth Monday of October from 1971; Pub. L. 94-97: November 11 again from 1978
            // (1978-11-11 a Saturday, observed Friday 1978-11-10).
            assertThat(UsFederalHolidays.observedIn(1977)).containsEntry(d("1977-10-24"), "Veterans Day")
                    .doesNotContainKeys(d("1977-11-11"));
            assertThat(UsFederalHolidays.observedIn(1978)).containsEntry(d("1978-11-10"), "Veterans Day (observed)");
        }

        @Test
        void martinLutherKingDayFrom1986() {
            // Pub. L. 98-144 (1983), first observed on the third Monday of January 1986.
            assertThat(UsFederalHolidays.observedIn(1986)).containsEntry(d("1986-01-20"), "Birthday of Martin Luther King, Jr.");
            // 1985-01-21 (third Monday) was a holiday only as Inauguration Day (January 20 a Sunday, 6103(c)).
            assertThat(UsFederalHolidays.observedIn(1985)).containsEntry(d("1985-01-21"), "Inauguration Day")
                    .doesNotContainValue("Birthday of Martin Luther King, Jr.");
        }

        @Test
        void laborDay2029MovesADeadlineThatTheOldListShiftedOnlyOffWeekends() {
            // Labor Day, first Monday of September (5 U.S.C. 6103(a)): 2029-09-03. The listed calendar stopped
            // at 2027 and left a deadline on it. 35 U.S.C. 21(b): the next business day.
            Deadline dl = DEFAULTS.legal("US", d("2029-09-03"));
            assertThat(dl.date()).isEqualTo(d("2029-09-04"));
            assertThat(dl.reason()).contains("2029-09-03 is a public holiday (Labor Day)");
            assertThat(dl.caveat()).isNull();
        }

        @Test
        void everyYearFrom1971IsCoveredAndEarlierYearsAreNot() {
            assertThat(DEFAULTS.legal("US", d("2061-11-24")).caveat()).as("Thanksgiving 2061").isNull();
            assertThat(DEFAULTS.legal("US", d("2061-11-24")).date()).isEqualTo(d("2061-11-25"));
            assertThat(DEFAULTS.legal("US", d("1970-06-01")).caveat()).isEqualTo(CalendarCaveat.NOT_IN_CALENDAR);
            assertThat(DEFAULTS.coverage("US")).startsWith("by statute, every year from 1971; one-off closures as listed");
        }

        @Test
        void aDayClosedByExecutiveOrderMovesTheDeadline() {
            // E.O. 14133 (90 FR 187): executive departments closed 2025-01-09 (President Carter);
            // MPEP 510: an official closing of the Office for an entire day is a "Federal holiday within the District of Columbia".
            Deadline carter = DEFAULTS.legal("US", d("2025-01-09"));
            assertThat(carter.date()).isEqualTo(d("2025-01-10"));
            assertThat(carter.reason()).contains("National day of mourning, President James Earl Carter, Jr.");
            // E.O. 13900 (84 FR 69983): 2019-12-24, then Christmas Day: the next business day is 12-26.
            assertThat(DEFAULTS.legal("US", d("2019-12-24")).date()).isEqualTo(d("2019-12-26"));
        }
    }

    @Nested
    class ChinaByNotice {

        @Test
        void aDeadlineInsideTheNoticesMovesOffTheHolidayWithoutCaveat() {
            // 2026 notice (2025-11-04): 春节 2026-02-15..23, working Saturday 2026-02-28.
            Deadline dl = DEFAULTS.legal("CN", d("2026-02-16"));
            assertThat(dl.date()).isEqualTo(d("2026-02-24"));
            assertThat(dl.caveat()).isNull();
            assertThat(DEFAULTS.legal("CN", d("2026-02-28")).date()).as("调休上班日").isEqualTo(d("2026-02-28"));
        }

        @Test
        void spring2025CarriesTheExtraDayOfTheRevisedHolidayRules() {
            // 国务院令第795号 (in force 2025-01-01) adds 农历除夕; 国办发明电〔2024〕12号: 2025-01-28 (除夕) .. 02-04 off.
            Deadline dl = DEFAULTS.legal("CN", d("2025-01-28"));
            assertThat(dl.date()).isEqualTo(d("2025-02-05"));
            assertThat(DEFAULTS.legal("CN", d("2025-05-02")).date()).as("5月2日").isEqualTo(d("2025-05-06"));
        }

        @Test
        void aDeadlineNearSpringFestival2027IsCaveatedBecauseNoNoticeIsListed() {
            // No 2027 notice of the 国务院办公厅 was found in the sources checked on 2026-12-02. Monday
            // 2027-02-08 falls in the Spring Festival week (正月初二) but only weekends move it: it stays, labelled.
            Deadline dl = DEFAULTS.legal("CN", d("2027-02-08"));
            assertThat(dl.date()).isEqualTo(d("2027-02-08"));
            assertThat(dl.caveat()).isEqualTo(CalendarCaveat.NOT_YET_PUBLISHED);
            assertThat(dl.reason()).isEqualTo("holiday calendar not yet published \u2014 weekend shift only:"
                    + " the CN holiday calendar does not cover 2027 (it covers 2021\u20132026)");
            // Saturday 2027-02-06 moves off the weekend only.
            assertThat(DEFAULTS.legal("CN", d("2027-02-06")).date()).isEqualTo(d("2027-02-08"));
        }

        @Test
        void the2022NoticeMovesDeadlinesOffItsHolidaysAndKeepsItsWorkingWeekend() {
            // 国办发明电〔2021〕11号: 春节 2022-01-31..02-06; 国庆节 10-01..07, Saturday 10-08 and Sunday 10-09 working days.
            assertThat(DEFAULTS.legal("CN", d("2022-01-31")).date()).isEqualTo(d("2022-02-07"));
            assertThat(DEFAULTS.legal("CN", d("2022-10-03")).date()).isEqualTo(d("2022-10-08"));
            assertThat(DEFAULTS.legal("CN", d("2022-10-09")).date()).isEqualTo(d("2022-10-09"));
            // 国办发明电〔2020〕27号: 中秋节 2021-09-19..21, Saturday 09-18 a working day.
            assertThat(DEFAULTS.legal("CN", d("2021-09-18")).caveat()).isNull();
            assertThat(DEFAULTS.legal("CN", d("2021-09-19")).date()).isEqualTo(d("2021-09-22"));
        }

        @Test
        void aYearBeforeTheFirstNoticeIsNotInTheCalendar() {
            assertThat(DEFAULTS.legal("CN", d("2020-06-06")).caveat()).isEqualTo(CalendarCaveat.NOT_IN_CALENDAR);
            assertThat(DEFAULTS.legal("CN", d("2020-06-06")).date()).as("a Saturday, weekend shift").isEqualTo(d("2020-06-08"));
            assertThat(DEFAULTS.legal("EP", d("2026-10-01")).caveat()).as("no EP calendar").isEqualTo(CalendarCaveat.NOT_IN_CALENDAR);
        }
    }

    @Nested
    class CalendarsGivenInADirectory {

        static final String HEAD = "# date\tkind\tname\tsource\n";

        @Test
        void aYearsNoticeExtendsTheCoverageAndKeepsTheShippedYears(@TempDir Path dir) throws IOException {
            // A hypothetical notice for 2027 (test data, not the State Council's): its year joins the coverage.
            Files.writeString(dir.resolve("holidays-CN.tsv"), HEAD + "coverage\t2027\t2027\ttest notice\n"
                    + "2027-02-08\tholiday\t春节\ttest notice\n", StandardCharsets.UTF_8);
            Deadlines dl = Deadlines.withCalendars(dir);
            assertThat(dl.coverage("CN")).isEqualTo("2021\u20132027");
            assertThat(dl.legal("CN", d("2027-02-08")).date()).isEqualTo(d("2027-02-09"));
            assertThat(dl.legal("CN", d("2027-02-08")).caveat()).isNull();
            assertThat(dl.legal("CN", d("2026-02-16")).date()).as("shipped 2026 kept").isEqualTo(d("2026-02-24"));
            assertThat(dl.legal("CN", d("2028-03-01")).caveat()).isEqualTo(CalendarCaveat.NOT_YET_PUBLISHED);
        }

        @Test
        void aFileWithoutCoverageIsRefused(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("holidays-CN.tsv"), HEAD + "2027-02-08\tholiday\t春节\ttest\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Deadlines.withCalendars(dir)).hasMessageContaining("holidays-CN.tsv: states no coverage");
        }

        @Test
        void aDayOutsideTheStatedCoverageIsRefused(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("holidays-CN.tsv"), HEAD + "coverage\t2027\t2027\ttest\n"
                    + "2027-02-08\tholiday\t春节\ttest\n2028-01-01\tholiday\t元旦\ttest\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Deadlines.withCalendars(dir)).hasMessageContaining("line 4")
                    .hasMessageContaining("2028-01-01 is outside the years the file's coverage lines state");
        }

        @Test
        void aCoveredYearWithoutAHolidayIsRefused(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("holidays-CN.tsv"), HEAD + "coverage\t2027\t2028\ttest\n"
                    + "2027-02-08\tholiday\t春节\ttest\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Deadlines.withCalendars(dir)).hasMessageContaining("line 2")
                    .hasMessageContaining("coverage includes 2028 but the file lists no holiday in it");
        }

        @Test
        void onlyTheUsCalendarIsComputedByStatute(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("holidays-CN.tsv"), HEAD + "coverage\tstatute\tall\ttest\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Deadlines.withCalendars(dir)).hasMessageContaining("only the US calendar is computed by statute");
        }

        @Test
        void aUsClosureFileAddsToTheStatuteAndTheListedClosures(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("holidays-US.tsv"), HEAD + "coverage\tstatute\tall\ttest\n"
                    + "2030-12-24\tholiday\tChristmas Eve closure\ttest order\n", StandardCharsets.UTF_8);
            Deadlines dl = Deadlines.withCalendars(dir);
            assertThat(dl.legal("US", d("2030-12-24")).date()).isEqualTo(d("2030-12-26"));
            assertThat(dl.legal("US", d("2025-01-09")).date()).as("shipped closure kept").isEqualTo(d("2025-01-10"));
        }
    }

    @Test
    void theCalendarsTravelToSparkTasksAsOneSerializedObject() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(DEFAULTS);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Deadlines copy = (Deadlines) in.readObject();
            assertThat(copy).isEqualTo(DEFAULTS).isNotSameAs(DEFAULTS);
            assertThat(copy.legal("CN", d("2026-10-01")).date()).isEqualTo(d("2026-10-08"));
        }
    }
}
