package org.patnav.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPC and CPC symbols to one form: {@code A61K36/18}.
 *
 * <p>Accepted: free spacing ({@code A61K  36/18}, {@code A61K 36/18}); the 14-character IPCR
 * layout of bulk files ({@code A61K0036180000}: subclass, main group in 4 digits, subgroup in 6
 * digits right-padded with zeros); the IPC 1-7 fixed layout of old USPTO XML ({@code A45F  504}:
 * subclass, main group right-aligned in 3 characters, subgroup); a trailing version or edition in
 * brackets, with anything after it ({@code H01M 10/0525 (2010.01)}, {@code A61K36/18(2006.01)I}); and a bare subclass ({@code A61K}).
 */
public final class ClassificationCodes {

    private static final Pattern SLASHED = Pattern.compile("^([A-HY]\\d{2}[A-Z])\\s*0*(\\d{1,4})\\s*/\\s*(\\d{1,6})$");
    private static final Pattern IPCR14 = Pattern.compile("^([A-HY]\\d{2}[A-Z])(\\d{4})(\\d{6})$");
    private static final Pattern FIXED7 = Pattern.compile("^([A-HY]\\d{2}[A-Z])([\\s\\d]{3})(\\d{2,})$");
    private static final Pattern SUBCLASS = Pattern.compile("^([A-HY]\\d{2}[A-Z])$");
    private static final Pattern SUFFIX = Pattern.compile("\\s*[(\\[].*$");

    private ClassificationCodes() {
    }

    public static Parsed<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.missing();
        }
        String s = SUFFIX.matcher(ChineseText.toHalfWidth(text).toUpperCase(Locale.ROOT).strip())
                .replaceAll("");
        Matcher m = SLASHED.matcher(s);
        if (m.matches()) {
            return Parsed.value(m.group(1) + Integer.parseInt(m.group(2)) + "/" + subgroup(m.group(3)));
        }
        m = IPCR14.matcher(s);
        if (m.matches()) {
            return Parsed.value(m.group(1) + Integer.parseInt(m.group(2)) + "/" + subgroup(m.group(3)));
        }
        m = FIXED7.matcher(s);
        if (m.matches() && !m.group(2).isBlank()) {
            return Parsed.value(m.group(1) + Integer.parseInt(m.group(2).strip()) + "/"
                    + subgroup(m.group(3)));
        }
        m = SUBCLASS.matcher(s);
        if (m.matches()) {
            return Parsed.value(m.group(1));
        }
        return Parsed.invalid("not an IPC/CPC symbol: " + text);
    }

    /** From the separate elements of {@code classification-ipcr} / {@code classification-cpc}. */
    public static Parsed<String> fromParts(String section, String klass, String subclass,
                                           String mainGroup, String subgroup) {
        if (section == null || klass == null || subclass == null) {
            return Parsed.missing();
        }
        String symbol = section.strip() + klass.strip() + subclass.strip();
        if (mainGroup == null || mainGroup.isBlank()) {
            return normalise(symbol);
        }
        return normalise(symbol + mainGroup.strip() + "/"
                + (subgroup == null || subgroup.isBlank() ? "00" : subgroup.strip()));
    }

    /** Subgroups keep at least two digits; IPCR padding zeros beyond them are dropped. */
    private static String subgroup(String digits) {
        String s = digits;
        while (s.length() > 2 && s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() == 1 ? s + "0" : s;
    }

    /** {@code A61K36/18} → {@code A61K}. */
    public static String subclassOf(String code) {
        return code.length() >= 4 ? code.substring(0, 4) : code;
    }

    /** {@code A61K36/18} → {@code A61K36}; a bare subclass has no main group. */
    public static String mainGroupOf(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }
}
