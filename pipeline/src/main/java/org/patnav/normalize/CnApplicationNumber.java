package org.patnav.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese (CNIPA) application number.
 *
 * <p>Since 2003 numbers have 12 digits: filing year (4), type (1), serial (7), then a check
 * character after a dot; from 1985 to 2003 they had 8 digits: year (2), type (1), serial (5). The
 * check character is the sum of each digit times the weights 2,3,4,5,6,7,8,9,2,3,4,5 (8-digit
 * numbers use the first eight), mod 11, with 10 written X (GB/T and CNIPA's 专利申请号标准,
 * ZC 0006-2003). The type digit: 1 invention, 2 utility model, 3 design, 8 PCT invention entering
 * the national phase, 9 PCT utility model.
 *
 * @param digits the 8 or 12 digits without check character
 */
public record CnApplicationNumber(String digits, char checkChar) {

    /**
     * Accepts CN/ZL prefixes, spaces, a dot or nothing before the check character, and a DOCDB kind
     * suffix ({@code CN-200910095505-A}), as platforms and Google write them. 12 digits are tried
     * before 8, so {@code 2009100955051} reads as 12 digits plus check digit.
     */
    private static final Pattern FORM = Pattern.compile(
            "^(?:CN|ZL)?[-\\s]*((?:\\d{12})|(?:\\d{8}))(?:[.\\s]?([0-9X]))?(?:-?[A-Z]\\d?)?$");

    /** Two-digit years of the 8-digit scheme: 85-99 are 1985-1999, 00-03 are 2000-2003. */
    private static final int FIRST_8_DIGIT_YEAR = 85;
    private static final int LAST_8_DIGIT_YEAR = 3;

    public static Parsed<CnApplicationNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.missing();
        }
        Matcher m = form(text);
        if (!m.matches()) {
            return Parsed.invalid("not a CN application number: " + text);
        }
        String digits = m.group(1);
        char expected = checkCharFor(digits);
        String given = m.group(2);
        if (given != null && given.charAt(0) != expected) {
            return Parsed.invalid("bad check digit in CN application number " + text + ": expected "
                    + expected + ", found " + given);
        }
        if (digits.length() == 8) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            if (yy > LAST_8_DIGIT_YEAR && yy < FIRST_8_DIGIT_YEAR) {
                return Parsed.invalid("CN application number " + text + ": 8-digit numbers were issued from "
                        + "1985 to 2003, not in year " + digits.substring(0, 2));
            }
        }
        int typeDigit = digits.charAt(digits.length() == 12 ? 4 : 2) - '0';
        if (typeDigit != 1 && typeDigit != 2 && typeDigit != 3 && typeDigit != 8 && typeDigit != 9) {
            return Parsed.invalid("CN application number " + text + " has type digit " + typeDigit
                    + " (expected 1, 2, 3, 8 or 9)");
        }
        return Parsed.value(new CnApplicationNumber(digits, expected));
    }

    /**
     * True when the text is a well-formed number whose stated check character is wrong: readers
     * report that as a bad check digit, apart from text that is not a number at all.
     */
    public static boolean hasWrongCheckChar(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = form(text);
        return m.matches() && m.group(2) != null && m.group(2).charAt(0) != checkCharFor(m.group(1));
    }

    private static Matcher form(String text) {
        return FORM.matcher(ChineseText.toHalfWidth(text).toUpperCase(Locale.ROOT).replace(" ", ""));
    }

    /** The check character of 8 or 12 application-number digits. */
    public static char checkCharFor(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    public int typeDigit() {
        return digits.charAt(digits.length() == 12 ? 4 : 2) - '0';
    }

    /** invention for 1 and 8, utility model for 2 and 9, design for 3. */
    public org.patnav.model.PatentType patentType() {
        return switch (typeDigit()) {
            case 1, 8 -> org.patnav.model.PatentType.INVENTION;
            case 2, 9 -> org.patnav.model.PatentType.UTILITY_MODEL;
            case 3 -> org.patnav.model.PatentType.DESIGN;
            default -> throw new IllegalStateException("validated in parse");
        };
    }

    public boolean pctNationalPhase() {
        return typeDigit() == 8 || typeDigit() == 9;
    }

    /** The filing year the number encodes. */
    public int year() {
        if (digits.length() == 12) {
            return Integer.parseInt(digits.substring(0, 4));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return yy >= FIRST_8_DIGIT_YEAR ? 1900 + yy : 2000 + yy;
    }

    /** {@code CN-200710308494}: the key shared by every publication of the application. */
    public String applicationId() {
        return "CN-" + digits;
    }

    /** {@code 200710308494.X}: the number as CNIPA prints it. */
    public String formatted() {
        return digits + "." + checkChar;
    }

    /**
     * {@code ZL 2007 1 0308494.X}: the patent number (专利号) of the granted application, as the patent
     * certificate and CNIPA's fee payment forms write it: ZL, then the application number with its year,
     * type digit and serial spaced (专利申请号标准 ZC 0006-2003 defines the parts).
     */
    public String patentNumber() {
        int year = digits.length() == 12 ? 4 : 2;
        return "ZL " + digits.substring(0, year) + " " + digits.charAt(year) + " " + digits.substring(year + 1) + "." + checkChar;
    }
}
