package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date forms of the sources: USPTO XML writes YYYYMMDD and, in citations, 00 for an unknown day or
 * month (Red Book DTD, e.g. {@code <date>19820200</date>}); Google Patents Public Data holds dates
 * as integers YYYYMMDD with 0 for none (its BigQuery schema); PatentsView writes ISO 8601; Chinese
 * platform exports use 2009/1/19, 2009.01.19 and 2009年1月19日.
 */
class PatentDatesTest {

    private static final LocalDate JAN_19 = LocalDate.of(2009, 1, 19);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "20090119", "2009-01-19", "2009/1/19", "2009.01.19", "2009年1月19日", "2009 年 1 月 19 日",
        "2009-1-19", "2009-01-19 00:00:00", "2009-01-19T08:00", " 20090119 ", "20090119.0",
        "２００９０１１９", "２００９年１月１９日",
    })
    void everySourceFormOfOneDay(String text) {
        assertThat(PatentDates.parse(text)).isEqualTo(Parsed.value(JAN_19));
    }

    @Test
    void googleIntegers() {
        assertThat(PatentDates.fromInt(20090119)).isEqualTo(Parsed.value(JAN_19));
        assertThat(PatentDates.fromInt(0)).isEqualTo(Parsed.missing());
        assertThat(PatentDates.fromInt(19820200)).isEqualTo(Parsed.invalid("impossible date 19820200"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  ", "0", "-", "null", "NULL", "None"})
    void emptyMarkersAreMissing(String text) {
        assertThat(PatentDates.parse(text)).isEqualTo(Parsed.missing());
    }

    @Test
    void nullIsMissing() {
        assertThat(PatentDates.parse(null)).isEqualTo(Parsed.missing());
    }

    @Test
    void unknownDayOrMonthIsInvalid() {
        assertThat(PatentDates.parse("19820200")).isEqualTo(Parsed.invalid("impossible date 19820200"));
        assertThat(PatentDates.parse("19820000")).isEqualTo(Parsed.invalid("impossible date 19820000"));
    }

    @Test
    void calendarRules() {
        assertThat(PatentDates.parse("2021-02-30")).isEqualTo(Parsed.invalid("impossible date 2021-02-30"));
        assertThat(PatentDates.parse("2021-02-29")).isEqualTo(Parsed.invalid("impossible date 2021-02-29"));
        assertThat(PatentDates.parse("2020-02-29")).isEqualTo(Parsed.value(LocalDate.of(2020, 2, 29)));
        assertThat(PatentDates.parse("20090132")).isEqualTo(Parsed.invalid("impossible date 20090132"));
        assertThat(PatentDates.parse("2009-13-01")).isEqualTo(Parsed.invalid("impossible date 2009-13-01"));
    }

    @Test
    void yearsOutside1790To2100AreInvalid() {
        // 1790: the first US patent act; nothing in the sources is older.
        assertThat(PatentDates.parse("17000101")).isEqualTo(Parsed.invalid("impossible date 17000101: year out of range"));
        assertThat(PatentDates.parse("1700-01-01")).isEqualTo(Parsed.invalid("impossible date 1700-01-01: year out of range"));
        assertThat(PatentDates.parse("2101-01-01")).isEqualTo(Parsed.invalid("impossible date 2101-01-01: year out of range"));
        assertThat(PatentDates.parse("1790-07-31")).isEqualTo(Parsed.value(LocalDate.of(1790, 7, 31)));
    }

    @Test
    void otherTextIsInvalid() {
        assertThat(PatentDates.parse("19-01-2009")).isEqualTo(Parsed.invalid("not a date: 19-01-2009"));
        assertThat(PatentDates.parse("Jan 19, 2009")).isEqualTo(Parsed.invalid("not a date: Jan 19, 2009"));
        assertThat(PatentDates.parse("2009-01-19Z")).isEqualTo(Parsed.invalid("not a date: 2009-01-19Z"));
        assertThat(PatentDates.parse("200901")).isEqualTo(Parsed.invalid("not a date: 200901"));
    }
}
