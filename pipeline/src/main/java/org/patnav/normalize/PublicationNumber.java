package org.patnav.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication number in DOCDB style: country, number, kind.
 *
 * <p>Rules: leading zeros of the numeric part are dropped ({@code 08926509} becomes
 * {@code 8926509}); US letter prefixes stay and lose their zero padding ({@code D0513425} becomes
 * {@code D513425}, {@code RE043123} becomes {@code RE43123}); US pre-grant publications keep the
 * USPTO's 11 digits ({@code 20130014308}) and the 10-digit DOCDB form Google uses
 * ({@code US-2013014308-A1}) is widened to it, so both sources meet on one key; other letter
 * prefixes (Japanese era years such as {@code H0476664}) are kept as given because their digits
 * carry meaning.
 */
public record PublicationNumber(String country, String number, String kind) {

    private static final Pattern COMPACT = Pattern.compile(
            "^([A-Z]{2})[-\\s]*([A-Z]{0,2}[0-9][0-9,/\\s]*?)[-\\s]*([A-Z][0-9]?)?$");
    private static final Pattern US_PREFIXED = Pattern.compile("^(D|RE|PP|H|T|X|RX|AI|E)0*([0-9]+)$");
    private static final Pattern US_PGPUB_DOCDB = Pattern.compile("^((?:19|20)\\d{2})(\\d{6})$");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern KIND = Pattern.compile("[A-Z][0-9]?");
    private static final Pattern SEPARATORS = Pattern.compile("[,/\\s-]");
    private static final Pattern LETTERED = Pattern.compile("[A-Z]{1,3}[0-9]+[A-Z0-9]*|[0-9]+[A-Z]?");

    /** Parses {@code CN101481674B}, {@code CN-101481674-B}, {@code US 2013/0014308 A1} and the like. */
    public static Parsed<PublicationNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.missing();
        }
        String s = ChineseText.toHalfWidth(text).strip().toUpperCase(Locale.ROOT);
        Matcher m = COMPACT.matcher(s);
        if (!m.matches()) {
            return Parsed.invalid("not a publication number: " + text);
        }
        return of(m.group(1), m.group(2), m.group(3));
    }

    /** Builds from separate parts, as XML and TSV sources give them; kind may be null. */
    public static Parsed<PublicationNumber> of(String country, String number, String kind) {
        if (country == null || country.isBlank() || number == null || number.isBlank()) {
            return Parsed.missing();
        }
        String cc = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(cc).matches()) {
            return Parsed.invalid("not a country code: " + country);
        }
        String n = SEPARATORS.matcher(number.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        if (n.startsWith(cc)) {
            n = n.substring(2);
        }
        String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
        if (k != null && !KIND.matcher(k).matches()) {
            return Parsed.invalid("not a kind code: " + kind);
        }
        String normalised = normaliseNumber(cc, n, k);
        if (normalised == null) {
            return Parsed.invalid("not a publication number: " + country + " " + number);
        }
        return Parsed.value(new PublicationNumber(cc, normalised, k));
    }

    private static String normaliseNumber(String cc, String n, String kind) {
        if (n.isEmpty()) {
            return null;
        }
        if (n.chars().allMatch(Character::isDigit)) {
            String digits = stripZeros(n);
            if (cc.equals("US") && isPreGrantKind(kind)) {
                Matcher docdb = US_PGPUB_DOCDB.matcher(digits);
                if (docdb.matches()) {
                    return docdb.group(1) + "0" + docdb.group(2);
                }
            }
            return digits.isEmpty() ? null : digits;
        }
        if (cc.equals("US")) {
            Matcher m = US_PREFIXED.matcher(n);
            if (!m.matches()) {
                return null;
            }
            String serial = stripZeros(m.group(2));
            return serial.isEmpty() ? null : m.group(1) + serial;
        }
        return LETTERED.matcher(n).matches() ? n : null;
    }

    private static boolean isPreGrantKind(String kind) {
        return kind != null && (kind.equals("A1") || kind.equals("A2") || kind.equals("A9"));
    }

    /** Leading zeros dropped; empty when the digits are all zeros, which number nothing. */
    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** {@code CN-101481674-B}; without kind when the source gave none ({@code US-4287053}). */
    public String pubId() {
        return kind == null ? patentKey() : country + "-" + number + "-" + kind;
    }

    /** {@code CN-101481674}: the publication without its kind code. */
    public String patentKey() {
        return country + "-" + number;
    }
}
