package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.analytics.fees.FeeSubject.Reduction;

/** The fee status engine, rule by rule and boundary by boundary; each test cites the rule it checks. */
class FeeStatusEngineTest {

    static final FeeStatusEngine ENGINE = FeeStatusEngine.defaults();
    static final int WITHIN = 90;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static FeeSubject subject(String office, String type, String filed, String granted, Reduction reduction, FeeEvent... events) {
        return new FeeSubject(office + "-TEST", office, type, d(filed), granted == null ? null : d(granted), null, null,
                reduction, List.of(events));
    }

    static FeeEvent event(String category, String code, String date, Integer feeYear, String entity) {
        return new FeeEvent(category, code, d(date), feeYear, entity);
    }

    /** The assessment, checked against the standing the landscape counts by: every test here checks both. */
    static FeeAssessment at(FeeSubject s, String asOf) {
        FeeAssessment a = ENGINE.assess(s, d(asOf), WITHIN);
        assertThat(ENGINE.standing(s, d(asOf), WITHIN)).as("standing of %s on %s", s.pubId(), asOf)
                .isEqualTo(new FeeStatusEngine.Standing(a.status(), a.statusSince()));
        return a;
    }

    static BigDecimal yuan(int amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    @Nested
    class China {

        // Invention filed 2015-03-10, granted 2018-06-01 (patent year 4): year 9 falls due on the filing
        // anniversary 2023-03-10, a Friday. 专利法实施细则 (2010) 第九十八条, (2023) 第一百一十五条; amounts: CNIPA
        // 专利收费标准 (2,000 yuan for years 7-9).
        final FeeSubject invention = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE);

        @Test
        void theDayBeforeAndTheDayOfTheDueDateTheFeeIsDue() {
            for (String asOf : List.of("2023-03-09", "2023-03-10")) {
                FeeAssessment a = at(invention, asOf);
                assertThat(a.status()).as(asOf).isEqualTo(FeeStatus.DUE);
                assertThat(a.feeYear()).isEqualTo(9);
                assertThat(a.nextDueDate()).isEqualTo(d("2023-03-10"));
                assertThat(a.amountDue()).isEqualTo(yuan(2000));
                assertThat(a.currency()).isEqualTo("CNY");
            }
            assertThat(at(invention, "2022-12-10").status()).as("90 days before").isEqualTo(FeeStatus.DUE);
            assertThat(at(invention, "2022-12-09").status()).as("91 days before").isEqualTo(FeeStatus.IN_FORCE);
        }

        @Test
        void theDayAfterTheDueDateItIsInGraceWithNoLateFeeInTheFirstMonth() {
            // 专利审查指南 第五部分第二章: less than one month late, no late fee.
            FeeAssessment a = at(invention, "2023-03-11");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.statusSince()).isEqualTo(d("2023-03-11"));
            // Six months after 2023-03-10 is Sunday 2023-09-10: the deadline moves to Monday.
            assertThat(a.graceDeadline()).isEqualTo(d("2023-09-11"));
            assertThat(a.amountDue()).isEqualTo(yuan(2000));
            assertThat(at(invention, "2023-04-10").amountDue()).as("last day of month 1").isEqualTo(yuan(2000));
        }

        @Test
        void lateFeeGrowsByFivePercentPerMonthBegunUpToTwentyFive() {
            assertThat(at(invention, "2023-04-11").amountDue()).as("month 2").isEqualTo(yuan(2100));
            assertThat(at(invention, "2023-05-10").amountDue()).as("last day of month 2").isEqualTo(yuan(2100));
            assertThat(at(invention, "2023-05-11").amountDue()).as("month 3").isEqualTo(yuan(2200));
            assertThat(at(invention, "2023-08-11").amountDue()).as("month 6").isEqualTo(yuan(2500));
            FeeAssessment deadline = at(invention, "2023-09-11");
            assertThat(deadline.status()).as("the shifted grace deadline").isEqualTo(FeeStatus.GRACE);
            assertThat(deadline.amountDue()).as("capped at 25%").isEqualTo(yuan(2500));
        }

        @Test
        void pastGraceWithNoLapseRecordedTheFeeIsPresumedPaid() {
            // CNIPA publishes no payments; an unpaid fee would have ended the patent (未缴年费专利权终止).
            FeeAssessment a = at(invention, "2023-09-12");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.feeYear()).isEqualTo(10);
            // 2024-03-10 is a Sunday.
            assertThat(a.nextDueDate()).isEqualTo(d("2024-03-11"));
            assertThat(a.amountDue()).isEqualTo(yuan(4000));
            assertThat(a.explanation()).anyMatch(l -> l.startsWith("fees 5-9 presumed paid"));
        }

        @Test
        void aRecordedLapseIsRestorableForTwoMonthsAfterTheNotice() {
            // 实施细则 (2010) 第六条第二款: 2 months from receiving the notice; 第四条第三款: received 15 days after sending.
            FeeSubject lapsed = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE,
                    event("lapse", "未缴年费专利权终止", "2023-03-10", null, null));
            FeeAssessment a = at(lapsed, "2023-10-01");
            assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(a.statusSince()).isEqualTo(d("2023-03-10"));
            assertThat(a.decidedBy()).isEqualTo("event 未缴年费专利权终止 2023-03-10");
            // Notice sent 2023-09-12, received 2023-09-27, plus 2 months.
            assertThat(a.restoreDeadline()).isEqualTo(d("2023-11-27"));
            // Fee 2,000 + 25% late fee 500 + restoration fee 1,000.
            assertThat(a.amountDue()).isEqualTo(yuan(3500));
            assertThat(at(lapsed, "2023-11-27").status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(at(lapsed, "2023-11-28").status()).isEqualTo(FeeStatus.LAPSED);
        }

        @Test
        void deadlinesBeforeThe2023TextCiteThe2010Numbering() {
            // 专利法实施细则 (2010) 第九十八条 (annual fee, 滞纳金), 第六条第二款, 第四条第三款.
            assertThat(at(invention, "2023-04-11").explanation()).anyMatch(l -> l.startsWith("late fee: month 2")
                    && l.contains("专利法实施细则 (2010) 第九十八条"));
            FeeSubject lapsed = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE,
                    event("lapse", "未缴年费专利权终止", "2023-03-10", null, null));
            assertThat(at(lapsed, "2023-10-01").explanation()).anyMatch(l -> l.startsWith("restoration (恢复权利, 专利法实施细则 (2010) 第六条第二款)")
                    && l.contains("15-day presumption, 专利法实施细则 (2010) 第四条第三款"));
        }

        @Test
        void fromJanuary2024TheSame6MonthsAnd5PercentCiteThe2023Numbering() {
            // The 2023 text (in force 2024-01-20) renumbered 第九十八条 as 第一百一十五条 with the same wording:
            // 6 months' grace, 5% of the full fee per month. Year 10 falls due Sunday 2024-03-10 -> Monday.
            FeeAssessment a = at(invention, "2024-04-11");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.feeYear()).isEqualTo(10);
            assertThat(a.graceDeadline()).isEqualTo(d("2024-09-10"));
            assertThat(a.amountDue()).as("4,000 + 5% in month 2").isEqualTo(yuan(4200));
            assertThat(a.explanation()).anyMatch(l -> l.startsWith("late fee: month 2")
                    && l.contains("专利法实施细则 (2023) 第一百一十五条"));
            assertThat(a.explanation()).anyMatch(l -> l.startsWith("CN annual fees:") && l.contains(
                    "专利法实施细则 (2010) 第九十八条 for deadlines before 2024-01-20, 专利法实施细则 (2023) 第一百一十五条 from then"));
        }

        @Test
        void restorationAfterJanuary2024CitesThe2023Articles() {
            // 2023 text 第六条第二款 (2 months from the notice) and 第四条第四款 (received 15 days after sending):
            // grace ends 2024-09-10, notice assumed sent 2024-09-11, received 2024-09-26, deadline 2024-11-26.
            FeeSubject lapsed = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE,
                    event("lapse", "未缴年费专利权终止", "2024-03-10", null, null));
            FeeAssessment a = at(lapsed, "2024-10-01");
            assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(a.restoreDeadline()).isEqualTo(d("2024-11-26"));
            // Fee 4,000 + 25% late fee 1,000 + restoration fee 1,000.
            assertThat(a.amountDue()).isEqualTo(yuan(6000));
            assertThat(a.explanation()).anyMatch(l -> l.startsWith("restoration (恢复权利, 专利法实施细则 (2023) 第六条第二款)")
                    && l.contains("15-day presumption, 专利法实施细则 (2023) 第四条第四款"));
        }

        @Test
        void aRestorationUndoesTheLapse() {
            FeeSubject restored = subject("CN", "invention", "2015-03-10", "2018-06-01", Reduction.NONE,
                    event("lapse", "未缴年费专利权终止", "2023-03-10", null, null),
                    event("restoration", "专利权的恢复", "2023-11-01", null, null));
            FeeAssessment a = at(restored, "2023-12-01");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.feeYear()).isEqualTo(10);
        }

        @Test
        void aDeadlineOnNationalDayMovesToTheNextWorkingDay() {
            // 2024-10-01..07 are holidays (国办发明电〔2023〕7号); 专利审查指南 第五部分第七章.
            FeeSubject s = subject("CN", "invention", "2016-10-01", "2019-12-20", Reduction.NONE);
            FeeAssessment a = at(s, "2024-10-05");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.nextDueDate()).isEqualTo(d("2024-10-08"));
            assertThat(a.explanation()).anyMatch(l -> l.contains("2024-10-01 is a public holiday (国庆节)"));
        }

        @Test
        void aMakeUpWorkingDayOnASundayIsAWorkingDay() {
            // Sunday 2024-02-18 was a working day (春节调休, 国办发明电〔2023〕7号).
            FeeSubject s = subject("CN", "invention", "2016-02-18", "2019-05-10", Reduction.NONE);
            assertThat(at(s, "2024-02-01").nextDueDate()).isEqualTo(d("2024-02-18"));
        }

        @Test
        void aLeapDayFilingFallsDueOnTheTwentyEighthInOtherYears() {
            // 专利审查指南: a period ending in a month without the corresponding day ends on its last day.
            FeeSubject s = subject("CN", "invention", "2012-02-29", "2015-06-01", Reduction.NONE);
            assertThat(at(s, "2023-02-01").nextDueDate()).isEqualTo(d("2023-02-28"));
            FeeAssessment leapYear = at(s, "2024-01-15");
            assertThat(leapYear.nextDueDate()).isEqualTo(d("2024-02-29"));
            assertThat(leapYear.feeYear()).isEqualTo(13);
            assertThat(leapYear.amountDue()).isEqualTo(yuan(6000));
        }

        @Test
        void feeReductionsCoverSixYearsFromTheGrantYear() {
            // 财税〔2016〕78号: 85% off for a single eligible owner, 70% for several, years 1-6 from the grant year.
            // Granted in patent year 3: years 3-8 reduced. Year 6 falls due Saturday 2023-05-20 -> Monday.
            FeeSubject single = subject("CN", "invention", "2018-05-20", "2021-03-01", Reduction.SINGLE);
            FeeAssessment a = at(single, "2023-05-01");
            assertThat(a.nextDueDate()).isEqualTo(d("2023-05-22"));
            assertThat(a.amountDue()).isEqualTo(yuan(180));
            FeeSubject joint = subject("CN", "invention", "2018-05-20", "2021-03-01", Reduction.JOINT);
            assertThat(at(joint, "2023-05-01").amountDue()).isEqualTo(yuan(360));
            FeeAssessment year9 = at(single, "2026-05-01");
            assertThat(year9.feeYear()).isEqualTo(9);
            assertThat(year9.amountDue()).as("beyond the reduced years").isEqualTo(yuan(2000));
        }

        @Test
        void theLateFeeIsComputedOnTheFullFee() {
            FeeSubject single = subject("CN", "invention", "2018-05-20", "2021-03-01", Reduction.SINGLE);
            // Month 2 after 2023-05-20: reduced fee 180 + 5% of the full 1,200.
            assertThat(at(single, "2023-06-21").amountDue()).isEqualTo(yuan(240));
        }

        @Test
        void announcement486ExtendsReducedFeesOtherThanTheFirstAfterGrant() {
            // 国家知识产权局公告第四八六号: reduced fees due 2022-06-15..2022-12-31, not the first after grant,
            // extended to 2023-06-15 with no late fee.
            FeeSubject reduced = subject("CN", "invention", "2015-08-01", "2018-01-15", Reduction.SINGLE);
            FeeAssessment a = at(reduced, "2022-09-01");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.nextDueDate()).isEqualTo(d("2023-06-15"));
            FeeSubject full = subject("CN", "invention", "2015-08-01", "2018-01-15", Reduction.NONE);
            assertThat(at(full, "2022-09-01").status()).isEqualTo(FeeStatus.GRACE);
            FeeSubject firstAfterGrant = subject("CN", "invention", "2015-08-01", "2021-09-01", Reduction.SINGLE);
            assertThat(at(firstAfterGrant, "2022-09-01").status()).isEqualTo(FeeStatus.GRACE);
        }

        @Test
        void theTermEndsTwentyYearsFromFiling() {
            // 专利法 第四十二条: invention 20 years from filing; last day 2025-01-09.
            FeeSubject s = subject("CN", "invention", "2005-01-10", "2008-01-01", Reduction.NONE);
            FeeAssessment lastDay = at(s, "2025-01-09");
            assertThat(lastDay.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(lastDay.nextDueDate()).isNull();
            assertThat(lastDay.termEnd()).isEqualTo(d("2025-01-09"));
            FeeAssessment after = at(s, "2025-01-10");
            assertThat(after.status()).isEqualTo(FeeStatus.EXPIRED);
            assertThat(after.statusSince()).isEqualTo(d("2025-01-10"));
        }

        @Test
        void designsFiledFromJune2021HaveFifteenYears() {
            // 专利法 (2020) 第四十二条, in force 2021-06-01: designs 15 years; earlier filings 10.
            FeeSubject old = subject("CN", "design", "2021-05-31", "2021-09-01", Reduction.NONE);
            assertThat(at(old, "2031-05-31").status()).isEqualTo(FeeStatus.EXPIRED);
            FeeSubject fifteen = subject("CN", "design", "2021-06-01", "2021-09-01", Reduction.NONE);
            FeeAssessment a = at(fifteen, "2031-05-01");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(11);
            // 2031-06-01 is a Sunday, after the last year the CN calendar covers: weekends only, said so.
            assertThat(a.nextDueDate()).isEqualTo(d("2031-06-02"));
            assertThat(a.amountDue()).isEqualTo(yuan(3000));
            assertThat(a.calendarCaveat()).isEqualTo(Deadlines.CalendarCaveat.NOT_YET_PUBLISHED);
            assertThat(a.explanation()).anyMatch(l -> l.contains("holiday calendar not yet published \u2014 weekend shift only:"
                    + " the CN holiday calendar does not cover 2031"));
        }

        @Test
        void anApplicationNotYetGrantedIsPending() {
            FeeAssessment a = at(subject("CN", "invention", "2024-01-05", null, Reduction.NONE), "2026-11-24");
            assertThat(a.status()).isEqualTo(FeeStatus.PENDING);
            assertThat(a.nextDueDate()).isNull();
        }

        @Test
        void aWithdrawalEndsAnApplicationForGood() {
            FeeSubject s = subject("CN", "invention", "2020-01-05", null, Reduction.NONE,
                    event("withdrawal", "发明专利申请公布后的视为撤回", "2023-04-07", null, null));
            FeeAssessment a = at(s, "2026-11-24");
            assertThat(a.status()).isEqualTo(FeeStatus.LAPSED);
            assertThat(a.statusSince()).isEqualTo(d("2023-04-07"));
        }
    }

    @Nested
    class UnitedStates {

        // Utility patent granted 2014-01-07: the 7.5-year fee window ends 2021-07-07, grace 2022-01-07
        // (35 U.S.C. 41(b); 37 CFR 1.362).
        static final String FILED = "2010-02-26";
        static final String GRANTED = "2014-01-07";
        final FeeEvent paid4 = event("fee_paid", "M1551", "2017-02-17", 4, "large");

        @Test
        void afterTheFirstFeeTheNextIsTheSevenAndAHalfYearOne() {
            FeeAssessment a = at(subject("US", "invention", FILED, GRANTED, null, paid4), "2017-03-01");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.feeYear()).isEqualTo(8);
            assertThat(a.nextDueDate()).isEqualTo(d("2021-07-07"));
            assertThat(a.graceDeadline()).isEqualTo(d("2022-01-07"));
        }

        @Test
        void unpaidInTheWindowItIsInGraceWithTheSurcharge() {
            // 2020 schedule (85 FR 46932): 3,760 + surcharge 500, large entity.
            FeeAssessment a = at(subject("US", "invention", FILED, GRANTED, null, paid4), "2021-07-08");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.amountDue()).isEqualTo(yuan(4260));
            assertThat(a.currency()).isEqualTo("USD");
        }

        @Test
        void unpaidAfterGraceThePatentExpiredAndIsRestorableOnPetition() {
            // 37 CFR 1.378; 24 months from expiry 2022-01-07 = Sunday 2024-01-07 -> Monday.
            FeeAssessment a = at(subject("US", "invention", FILED, GRANTED, null, paid4), "2022-01-08");
            assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(a.statusSince()).isEqualTo(d("2022-01-07"));
            assertThat(a.restoreDeadline()).isEqualTo(d("2024-01-08"));
            // Fee 3,760 + petition fee 2,100 (37 CFR 1.17(m), 2020 schedule).
            assertThat(a.amountDue()).isEqualTo(yuan(5860));
            assertThat(a.decidedBy()).isEqualTo("dates and rules");
        }

        @Test
        void anExpEventDecidesAndTheLapseRunsFromItsDate() {
            FeeSubject s = subject("US", "invention", FILED, GRANTED, null, paid4,
                    event("lapse", "EXP.", "2022-02-14", null, null));
            FeeAssessment a = at(s, "2022-03-01");
            assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(a.statusSince()).isEqualTo(d("2022-02-14"));
            assertThat(a.decidedBy()).isEqualTo("event EXP. 2022-02-14");
            assertThat(at(s, "2024-01-09").status()).isEqualTo(FeeStatus.LAPSED);
        }

        @Test
        void reinstatementRevivesThePatent() {
            FeeSubject s = subject("US", "invention", FILED, GRANTED, null, paid4,
                    event("lapse", "EXP.", "2022-02-14", null, null),
                    event("fee_paid", "M1552", "2022-06-01", 8, "large"),
                    event("restoration", "EXPX", "2022-06-01", null, null));
            FeeAssessment a = at(s, "2022-07-01");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.feeYear()).isEqualTo(12);
            assertThat(a.nextDueDate()).isEqualTo(d("2025-07-07"));
            assertThat(a.conflicts()).isEmpty();
        }

        @Test
        void aPaymentAfterAnExpiryWithoutReinstatementIsAConflict() {
            FeeSubject s = subject("US", "invention", FILED, GRANTED, null, paid4,
                    event("lapse", "EXP.", "2022-02-14", null, null),
                    event("fee_paid", "M1552", "2022-06-01", 8, "large"));
            FeeAssessment a = at(s, "2022-07-01");
            assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(a.conflicts()).containsExactly(
                    "payment M1552 recorded on 2022-06-01 after the lapse of 2022-02-14 (EXP.) with no restoration recorded");
        }

        @Test
        void smallEntitiesPayFortyPercentSince2022() {
            // Unleashing American Innovators Act: small entity 60% off from 2022-12-29; 2025 schedule 8,280.
            FeeSubject s = subject("US", "invention", FILED, GRANTED, null, paid4,
                    event("entity_status", "LTOS", "2018-01-01", null, "small"),
                    event("fee_paid", "M2552", "2021-06-01", 8, "small"));
            FeeAssessment a = at(s, "2025-06-01");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(12);
            assertThat(a.amountDue()).isEqualTo(yuan(3312));
        }

        @Test
        void withoutAnyFeeEventsPastFeesArePresumedPaid() {
            FeeAssessment a = at(subject("US", "invention", FILED, GRANTED, null), "2023-01-01");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.feeYear()).isEqualTo(12);
            assertThat(a.explanation()).anyMatch(l -> l.startsWith("fees 4-8 presumed paid: no fee events"));
        }

        @Test
        void designPatentsOweNoMaintenanceFees() {
            FeeAssessment a = at(subject("US", "design", "2016-03-01", "2018-05-01", null), "2026-11-24");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.nextDueDate()).isNull();
            assertThat(a.explanation()).anyMatch(l -> l.contains("owe no maintenance fees"));
        }

        @Test
        void theFeeScheduleInForceOnTheDatePricesTheFee() {
            // 2025-01-19 schedule (89 FR 91898): 3.5-year fee 2,150; the day before, 2,000.
            FeeSubject s = subject("US", "invention", "2019-03-01", "2021-09-14", null);
            assertThat(at(s, "2025-01-18").amountDue()).isEqualTo(yuan(2000));
            assertThat(at(s, "2025-01-19").amountDue()).isEqualTo(yuan(2150));
        }

        @Test
        void theGracePeriodSurchargeFrom2025Is540() {
            // 37 CFR 1.20(h) table 10 as amended by 89 FR 91898 (in force 2025-01-19): 540, not 550.
            // Granted 2021-09-14: the 3.5-year fee is due 2025-03-14, in grace the day after.
            FeeAssessment a = at(subject("US", "invention", "2019-03-01", "2021-09-14", null), "2025-03-17");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.amountDue()).isEqualTo(yuan(2150 + 540));
        }

        @Test
        void the2013ScheduleHeldUntilOctober2020() {
            // 78 FR 4212 (in force 2013-03-19): 1,600 / 3,600 / 7,400, surcharge 160; replaced on 2020-10-02
            // (85 FR 46932). Granted 2014-01-07: the 3.5-year fee is due 2017-07-07.
            FeeSubject s = subject("US", "invention", FILED, GRANTED, null);
            assertThat(at(s, "2017-06-01").amountDue()).isEqualTo(yuan(1600));
            FeeAssessment grace = at(s, "2017-07-10");
            assertThat(grace.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(grace.amountDue()).isEqualTo(yuan(1600 + 160));
            assertThat(grace.amountComplete()).isTrue();
            assertThat(grace.amountNote()).isNull();
        }

        @Test
        void beforeTheEarliestTranscribedScheduleTheAmountIsUnknownAndSaysWhy() {
            // fee-amounts.tsv holds no US amounts before 2013-03-19 (row US-GAP): the 7.5-year fee of a patent
            // granted 2000-09-26 (due 2008-03-26, in grace on 2008-04-01) has no amount, and the engine says so.
            FeeAssessment a = at(subject("US", "invention", "1998-05-01", "2000-09-26", null), "2008-04-01");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.feeYear()).isEqualTo(8);
            assertThat(a.amountDue()).isNull();
            assertThat(a.currency()).isEqualTo("USD");
            assertThat(a.amountComplete()).isFalse();
            assertThat(a.amountUnknown()).isTrue();
            assertThat(a.amountNote()).startsWith("PatNav's US schedule lacks the amounts in force on 2008-04-01 (maintenance:")
                    .contains("US-GAP from 1980-12-12");
        }

        @Test
        void theReinstatementPetitionFeeOf2025IsUnknownSoTheCostIsAMinimum() {
            // 89 FR 91898 split the 37 CFR 1.17(m) petition fee by delay; PatNav does not hold it: the
            // restoration cost is the maintenance fee, marked incomplete, with the reason.
            // Granted 2019-03-05, a reminder but no payment recorded: expired 2023-03-05, restorable to 2025-03-05.
            FeeSubject s = subject("US", "invention", "2017-01-03", "2019-03-05", null,
                    event("fee_reminder", "REM.", "2022-10-11", null, null));
            FeeAssessment a = at(s, "2025-02-03");
            assertThat(a.status()).isEqualTo(FeeStatus.RESTORABLE);
            assertThat(a.amountDue()).isEqualTo(yuan(2150));
            assertThat(a.amountComplete()).isFalse();
            assertThat(a.amountUnknown()).isFalse();
            assertThat(a.amountNote()).isEqualTo("PatNav's US schedule lacks the amounts in force on 2025-02-03"
                    + " (reinstatement petition: fee-amounts.tsv row US-2025 from 2025-01-19 has no amount)");
        }

        @Test
        void smallEntitiesHadNoReductionBefore41hWasEnacted() {
            // 35 U.S.C. 41(h), added by Pub. L. 97-247 in force 1982-08-27: the small-entity 50% applies from then.
            FeeRules rules = FeeRules.defaults();
            assertThat(rules.find("US", "small_discount_percent", d("1982-08-26"))).isEmpty();
            assertThat(rules.find("US", "small_discount_percent", d("1982-08-27"))).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(50));
        }

        // A reissue keeps its original patent's maintenance-fee schedule and term (MPEP 2506; 35 U.S.C. 41(b), 251).
        // Original granted 2014-01-07; the reissue, filed 2015-05-04, granted 2017-11-21.
        static FeeSubject reissue(String originalGrant) {
            return new FeeSubject("US-RE46700-E", "US", "reissue", d("2010-02-26"), d("2017-11-21"), null, null, null, List.of(),
                    null, null, originalGrant == null ? null : d(originalGrant));
        }

        @Test
        void aReissueIsScheduledFromTheOriginalPatentsGrant() {
            FeeAssessment a = at(reissue("2014-01-07"), "2021-05-01");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(8);
            assertThat(a.nextDueDate()).isEqualTo(d("2021-07-07"));
            assertThat(a.explanation()).anyMatch(l -> l.contains("follows the original patent's grant 2014-01-07")
                    && l.contains("MPEP 2506"));
        }

        @Test
        void aReissueWhoseOriginalGrantIsUnknownFallsBackToItsOwnGrantAndSaysSo() {
            FeeAssessment a = at(reissue(null), "2021-05-01");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(4);
            assertThat(a.nextDueDate()).isEqualTo(d("2021-05-21"));
            assertThat(a.explanation()).anyMatch(l -> l.contains("original patent's grant date is not known")
                    && l.contains("counted from the reissue's grant 2017-11-21"));
        }
    }

    @Nested
    class Europe {

        // Application filed 2021-03-15: renewal fee year 5 due on the last day of the anniversary's month,
        // 2025-03-31 (EPC Rule 51(1)); 6 months' grace to 2025-09-30 with 50% (Rule 51(2)).
        final FeeSubject application = subject("EP", "invention", "2021-03-15", null, null);

        @Test
        void renewalFeesFallDueAtTheEndOfTheAnniversaryMonth() {
            FeeAssessment a = at(application, "2025-02-01");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(5);
            assertThat(a.nextDueDate()).isEqualTo(d("2025-03-31"));
            assertThat(a.graceDeadline()).isEqualTo(d("2025-09-30"));
            assertThat(a.amountDue()).isEqualTo(yuan(1000));
        }

        @Test
        void paidLateTheAdditionalFeeIsFiftyPercent() {
            FeeAssessment a = at(application, "2025-04-15");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.amountDue()).isEqualTo(yuan(1500));
        }

        @Test
        void anApplicationBetweenFeesIsPendingWithItsNextDueDate() {
            FeeAssessment a = at(application, "2025-10-01");
            assertThat(a.status()).isEqualTo(FeeStatus.PENDING);
            assertThat(a.nextDueDate()).isEqualTo(d("2026-03-31"));
        }

        /** The fee the engine asks for on {@code asOf}: year {@code year} falling due within the window. */
        static BigDecimal renewal(FeeSubject s, String asOf, int year) {
            FeeAssessment a = at(s, asOf);
            assertThat(a.status()).as(asOf).isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).as(asOf).isEqualTo(year);
            return a.amountDue();
        }

        @Test
        void eachRenewalFeeScheduleSince2016PricesTheFeesPaidInItsTime() {
            // fee-amounts.tsv EP-2016 .. EP-2024: Decisions of the Administrative Council amending the Rules
            // relating to Fees (Art. 2(1) item 4 RFees), each binding on payments from 1 April of its year.
            FeeSubject filed2013 = subject("EP", "invention", "2013-05-20", null, null);
            assertThat(renewal(filed2013, "2018-03-31", 6)).as("EP-2016").isEqualTo(yuan(1050));
            assertThat(renewal(filed2013, "2019-04-01", 7)).as("EP-2016").isEqualTo(yuan(1165));
            assertThat(renewal(filed2013, "2020-03-31", 8)).as("EP-2016").isEqualTo(yuan(1280));
            assertThat(renewal(filed2013, "2020-04-01", 8)).as("EP-2020").isEqualTo(yuan(1330));
            assertThat(renewal(filed2013, "2021-04-01", 9)).as("EP-2020").isEqualTo(yuan(1450));
            assertThat(renewal(filed2013, "2022-03-31", 10)).as("EP-2020").isEqualTo(yuan(1640));
            assertThat(renewal(filed2013, "2022-04-01", 10)).as("EP-2022").isEqualTo(yuan(1690));
            assertThat(renewal(filed2013, "2023-03-31", 11)).as("EP-2022").isEqualTo(yuan(1690));
            assertThat(renewal(filed2013, "2023-04-01", 11)).as("EP-2023").isEqualTo(yuan(1775));
            assertThat(renewal(filed2013, "2024-04-01", 12)).as("EP-2024").isEqualTo(yuan(1775));

            FeeSubject filed2021 = subject("EP", "invention", "2021-05-20", null, null);
            assertThat(renewal(filed2021, "2023-03-31", 3)).as("EP-2022").isEqualTo(yuan(505));
            assertThat(renewal(filed2021, "2023-04-01", 3)).as("EP-2023").isEqualTo(yuan(530));
            FeeSubject filed2019 = subject("EP", "invention", "2019-05-20", null, null);
            assertThat(renewal(filed2019, "2023-04-01", 5)).as("EP-2023").isEqualTo(yuan(925));
            assertThat(renewal(filed2019, "2024-04-01", 6)).as("EP-2024").isEqualTo(yuan(1155));
        }

        @Test
        void the2016ScheduleIsKnownAndEarlierSchedulesShowNoAmount() {
            // EP-2016 (Decision of the Administrative Council of 16 December 2015): 3rd year 470, 4th 585 EUR
            // from 2016-04-01; EP-GAP: earlier schedules are not in the rule files, so no amount is shown.
            FeeSubject filed2014 = subject("EP", "invention", "2014-05-20", null, null);
            FeeAssessment before = at(filed2014, "2016-03-31");
            assertThat(before.status()).isEqualTo(FeeStatus.DUE);
            assertThat(before.amountDue()).isNull();
            assertThat(before.amountComplete()).isFalse();
            assertThat(before.explanation()).anyMatch(l -> l.equals("no EPO renewal-fee amount for year 3 in force on 2016-03-31"));
            assertThat(renewal(filed2014, "2016-04-01", 3)).isEqualTo(yuan(470));
            assertThat(renewal(filed2014, "2017-04-01", 4)).isEqualTo(yuan(585));
            FeeAssessment late = at(filed2014, "2016-06-15");
            assertThat(late.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(late.amountDue()).as("470 + 50%").isEqualTo(yuan(705));
        }

        @Test
        void afterTheMentionOfGrantRenewalFeesAreNational() {
            FeeSubject granted = subject("EP", "invention", "2021-03-15", "2025-06-10", null);
            FeeAssessment a = at(granted, "2025-10-01");
            assertThat(a.status()).isEqualTo(FeeStatus.IN_FORCE);
            assertThat(a.nextDueDate()).isNull();
            assertThat(a.explanation()).anyMatch(l -> l.contains("outside the EPO ledger"));
        }
    }

    /**
     * Euro-PCT applications: EPC Rule 159(1)(g); EPO Guidelines E-IX, 2.3.12 ("the due date is deferred and
     * the fee may be paid without surcharge up to expiry of the 31-month time limit"); Euro-PCT Guide,
     * chapter 5.11 (the six months' grace "is computed from the date of expiry of the 31-month time limit").
     */
    @Nested
    class EuroPct {

        static FeeSubject euroPct(String filed, String priority, String pct) {
            return new FeeSubject("EP-TEST", "EP", "invention", d(filed), null, null, null, null, List.of(),
                    d(priority), pct, null);
        }

        // International filing 2022-05-10, priority 2022-01-20: Rule 51(1) would make the 3rd-year fee due
        // 2024-05-31, before the 31-month limit 2024-08-20 (a Tuesday).
        final FeeSubject deferred = euroPct("2022-05-10", "2022-01-20", "PCT/CN2022/093001");

        @Test
        void aDirectApplicationWithAPriorityIsUnchanged() {
            FeeSubject direct = new FeeSubject("EP-TEST", "EP", "invention", d("2022-05-10"), null, null, null, null,
                    List.of(), d("2022-01-20"), null, null);
            FeeAssessment a = at(direct, "2024-06-15");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.nextDueDate()).isEqualTo(d("2024-05-31"));
            // The grace ends on Saturday 2024-11-30, so on Monday 2024-12-02 (Rule 134(1)).
            assertThat(a.graceDeadline()).isEqualTo(d("2024-12-02"));
        }

        @Test
        void theThirdYearFeeIsDueAtThirtyOneMonthsFromPriority() {
            FeeAssessment a = at(deferred, "2024-06-15");
            assertThat(a.status()).as("not in grace after the Rule 51(1) date").isEqualTo(FeeStatus.DUE);
            assertThat(a.feeYear()).isEqualTo(3);
            assertThat(a.nextDueDate()).isEqualTo(d("2024-08-20"));
            assertThat(a.graceDeadline()).isEqualTo(d("2025-02-20"));
            // EPO Rules relating to Fees, 2024 schedule: 690 EUR for the 3rd year.
            assertThat(a.amountDue()).isEqualTo(yuan(690));
            assertThat(a.explanation()).anyMatch(l -> l.contains("EPC Rule 159(1)(g)") && l.contains("earliest priority date 2022-01-20"));
            assertThat(at(deferred, "2024-08-20").status()).as("on the 31-month date").isEqualTo(FeeStatus.DUE);
        }

        @Test
        void itsGraceRunsSixMonthsFromTheThirtyOneMonthDate() {
            FeeAssessment late = at(deferred, "2024-08-21");
            assertThat(late.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(late.statusSince()).isEqualTo(d("2024-08-21"));
            assertThat(late.amountDue()).as("50% additional fee").isEqualTo(yuan(1035));
            // Six months from 2024-05-31 would end 2024-11-30: still in grace in December.
            assertThat(at(deferred, "2024-12-15").status()).isEqualTo(FeeStatus.GRACE);
            assertThat(at(deferred, "2025-02-20").status()).isEqualTo(FeeStatus.GRACE);
            FeeAssessment after = at(deferred, "2025-02-21");
            assertThat(after.status()).as("EPO payments are not in the data: presumed paid").isEqualTo(FeeStatus.PENDING);
            assertThat(after.feeYear()).isEqualTo(4);
            // The 4th-year fee falls due on Saturday 2025-05-31, so on Monday 2025-06-02.
            assertThat(after.nextDueDate()).isEqualTo(d("2025-06-02"));
        }

        @Test
        void withoutAPriorityTheLimitRunsFromTheInternationalFilingDate() {
            FeeSubject noPriority = euroPct("2022-05-10", "2022-05-10", "PCT/CN2022/093001");
            FeeAssessment a = at(noPriority, "2024-10-01");
            assertThat(a.status()).isEqualTo(FeeStatus.DUE);
            assertThat(a.nextDueDate()).as("31 months from 2022-05-10").isEqualTo(d("2024-12-10"));
            assertThat(a.graceDeadline()).isEqualTo(d("2025-06-10"));
        }

        @Test
        void aThirtyOneMonthDateOnASaturdayMovesTheDueDateAndTheGrace() {
            // 31 months from 2022-01-17 is Saturday 2024-08-17 (Rule 134(1)): Monday 2024-08-19, grace 2025-02-19.
            FeeAssessment a = at(euroPct("2022-05-10", "2022-01-17", "PCT/CN2022/093001"), "2024-08-01");
            assertThat(a.nextDueDate()).isEqualTo(d("2024-08-19"));
            assertThat(a.graceDeadline()).isEqualTo(d("2025-02-19"));
        }

        @Test
        void aFeeFallingDueAfterTheThirtyOneMonthsIsUnchanged() {
            // Priority 2021-05-20: the limit 2023-12-20 comes before the Rule 51(1) date 2024-05-31.
            FeeAssessment a = at(euroPct("2022-05-10", "2021-05-20", "PCT/CN2022/093001"), "2024-06-15");
            assertThat(a.status()).isEqualTo(FeeStatus.GRACE);
            assertThat(a.nextDueDate()).isEqualTo(d("2024-05-31"));
            assertThat(a.explanation()).anyMatch(l -> l.contains("on or after the 31-month time limit 2023-12-20"));
        }
    }

    @Nested
    class SharedEngine {

        @Test
        void aTasksCopyOfTheCalendarsFindsTheEngineAlreadyBuilt() throws IOException, ClassNotFoundException {
            // Each Spark task deserialises its own copy of the driver's calendars: equal calendars, one engine.
            Deadlines driver = Deadlines.defaults();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(driver);
            }
            Deadlines taskCopy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                taskCopy = (Deadlines) in.readObject();
            }
            assertThat(FeeStatusEngine.shared(taskCopy)).isSameAs(FeeStatusEngine.shared(driver));
        }

        @Test
        void otherCalendarsGetAnEngineOfTheirOwn(@TempDir Path dir) throws IOException {
            // A hypothetical 2027 notice (test data): 2027-02-08 closed, so a CN fee due that Monday moves to the 9th.
            Files.writeString(dir.resolve("holidays-CN.tsv"), "# date\tkind\tname\tsource\n"
                    + "coverage\t2027\t2027\ttest notice\n2027-02-08\tholiday\t春节\ttest notice\n", StandardCharsets.UTF_8);
            FeeStatusEngine withNotice = FeeStatusEngine.shared(Deadlines.withCalendars(dir));
            assertThat(withNotice).isNotSameAs(FeeStatusEngine.shared(Deadlines.defaults()));
            // Filed 2017-02-08: year 11 falls due on 2027-02-08.
            FeeSubject s = subject("CN", "invention", "2017-02-08", "2019-06-01", Reduction.NONE);
            assertThat(withNotice.assess(s, d("2027-01-15"), WITHIN).nextDueDate()).isEqualTo(d("2027-02-09"));
            assertThat(FeeStatusEngine.shared(Deadlines.defaults()).assess(s, d("2027-01-15"), WITHIN).nextDueDate())
                    .isEqualTo(d("2027-02-08"));
        }
    }
}
