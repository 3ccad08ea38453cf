package org.patnav.analytics.fees;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days the USPTO is closed by statute, for any year from 1971: the legal public holidays of
 * 5 U.S.C. 6103(a), observed on the Friday before when they fall on a Saturday and on the Monday after
 * when they fall on a Sunday (6103(b); E.O. 11582 of 1971-02-11), and Inauguration Day (6103(c)), a
 * holiday for federal employees in the District of Columbia and the nearby counties and cities, Alexandria
 * (where the USPTO sits) among them. 35 U.S.C. 21(b) moves a deadline off "a Saturday, Sunday, or
 * Federal holiday within the District of Columbia", so all of these count.
 *
 * <p>Why from 1971: the Monday holidays of the Uniform Monday Holiday Act (Pub. L. 90-363) and the
 * Saturday-to-Friday rule of E.O. 11582 both took effect that year; earlier years followed other rules
 * and no US fee deadline PatNav computes falls in them (maintenance fees apply to applications filed from
 * 1980-12-12).
 */
final class UsFederalHolidays {

    /** The first year these rules describe. */
    static final int FIRST_YEAR = 1971;

    /** Computed once per year and JVM: a fee assessment asks for the same few years many times. */
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private UsFederalHolidays() {
    }

    /**
     * The days observed as federal holidays in calendar year {@code year} (from {@link #FIRST_YEAR}),
     * with their names; a New Year's Day on a Saturday is observed on December 31 of the year before.
     */
    static Map<LocalDate, String> observedIn(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("US federal holidays are computed from " + FIRST_YEAR + ": " + year);
        }
        return BY_YEAR.computeIfAbsent(year, UsFederalHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> out = new TreeMap<>();
        for (int y = year; y <= year + 1; y++) {
            Map<LocalDate, String> of = holidaysOf(y);
            of.forEach((day, name) -> {
                if (day.getYear() == year) {
                    add(out, day, name);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /** The holidays of year {@code y} on the days they are observed (some may fall in the year before). */
    private static Map<LocalDate, String> holidaysOf(int y) {
        Map<LocalDate, String> out = new TreeMap<>();
        fixed(out, LocalDate.of(y, Month.JANUARY, 1), "New Year's Day");
        if (y >= 1986) {
            // Pub. L. 98-144 (1983), first observed in 1986.
            add(out, nth(y, Month.JANUARY, 3, DayOfWeek.MONDAY), "Birthday of Martin Luther King, Jr.");
        }
        if (y > 1965 && (y - 1965) % 4 == 0) {
            // 6103(c): January 20 of each fourth year after 1965; on a Sunday, the next day. The subsection
            // names no Saturday rule, so a Saturday Inauguration Day moves nothing.
            LocalDate jan20 = LocalDate.of(y, Month.JANUARY, 20);
            add(out, jan20.getDayOfWeek() == DayOfWeek.SUNDAY ? jan20.plusDays(1) : jan20, "Inauguration Day");
        }
        add(out, nth(y, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
        add(out, LocalDate.of(y, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), "Memorial Day");
        if (y >= 2021) {
            // Pub. L. 117-17 of 2021-06-17; June 19, 2021 was a Saturday, observed on Friday June 18.
            fixed(out, LocalDate.of(y, Month.JUNE, 19), "Juneteenth National Independence Day");
        }
        fixed(out, LocalDate.of(y, Month.JULY, 4), "Independence Day");
        add(out, nth(y, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
        add(out, nth(y, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day");
        if (y <= 1977) {
            // Pub. L. 90-363 put Veterans Day on the fourth Monday of October; Pub. L. 94-97 returned it to
            // November 11 from 1978.
            add(out, nth(y, Month.OCTOBER, 4, DayOfWeek.MONDAY), "Veterans Day");
        } else {
            fixed(out, LocalDate.of(y, Month.NOVEMBER, 11), "Veterans Day");
        }
        add(out, nth(y, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day");
        fixed(out, LocalDate.of(y, Month.DECEMBER, 25), "Christmas Day");
        return out;
    }

    /** A fixed-date holiday on the day it is observed: Saturday to Friday, Sunday to Monday (6103(b)). */
    private static void fixed(Map<LocalDate, String> out, LocalDate day, String name) {
        LocalDate observed = switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
        add(out, observed, observed.equals(day) ? name : name + " (observed)");
    }

    /** Two holidays on one day (Inauguration Day 2025 and the Birthday of Martin Luther King, Jr.) share it. */
    private static void add(Map<LocalDate, String> out, LocalDate day, String name) {
        out.merge(day, name, (a, b) -> a + "; " + b);
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
