package org.patnav.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in every form the sources write them: {@code 20090119} (XML, Google integers),
 * {@code 2009-01-19} (PatentsView, ISO), {@code 2009/1/19} and {@code 2009.01.19} (platform
 * exports), {@code 2009年1月19日}, and date-times whose time part is dropped. Google writes 0 for
 * "no date". Days or months written as 00 (USPTO citation dates such as {@code 19820200}) and
 * calendar-impossible dates are invalid, as are years outside 1790-2100.
 */
public final class PatentDates {

    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\.0+)?$");
    private static final Pattern SEPARATED = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?$");
    private static final int FIRST_YEAR = 1790;
    private static final int LAST_YEAR = 2100;

    private PatentDates() {
    }

    public static Parsed<LocalDate> parse(String text) {
        if (text == null) {
            return Parsed.missing();
        }
        String s = ChineseText.toHalfWidth(text).strip();
        if (s.isEmpty() || s.equals("0") || s.equals("-") || s.equalsIgnoreCase("null")
                || s.equalsIgnoreCase("none")) {
            return Parsed.missing();
        }
        Matcher m = COMPACT.matcher(s);
        if (!m.matches()) {
            m = SEPARATED.matcher(s);
            if (!m.matches()) {
                return Parsed.invalid("not a date: " + text);
            }
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), text);
    }

    /** Google's integer dates: {@code 20090119}, 0 for none. */
    public static Parsed<LocalDate> fromInt(long yyyymmdd) {
        if (yyyymmdd == 0) {
            return Parsed.missing();
        }
        return parse(Long.toString(yyyymmdd));
    }

    private static Parsed<LocalDate> of(int year, int month, int day, String original) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Parsed.invalid("impossible date " + original + ": year out of range");
        }
        try {
            return Parsed.value(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Parsed.invalid("impossible date " + original);
        }
    }
}
