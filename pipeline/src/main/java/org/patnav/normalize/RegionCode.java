package org.patnav.normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A division code of China's administrative divisions (行政区划代码, GB/T 2260 "中华人民共和国行政区划代码",
 * kept and published yearly by the Ministry of Civil Affairs): six digits, two for the province-level
 * division (省级), two for the prefecture-level city within it (地级) and two for the county-level division
 * within that (县级); a division of a higher level has zeros in the places below it: 安徽省 340000, 亳州市
 * 341600, 谯城区 341602.
 *
 * <p>The code alone says a division's level and its ancestors. Two arrangements look unusual but follow
 * the same rule:
 * <ul>
 * <li>the municipalities (北京 110000, 天津 120000, 上海 310000, 重庆 500000) have a city level of their
 *     own, 市辖区 "districts under the city" (110100; 重庆 also 500200 县), and their districts are counties
 *     under it (东城区 110101);</li>
 * <li>county-level cities (县级市) are counties: 广德市 341882 lies in 宣城市 341800; those a province governs
 *     directly (省直辖县级行政单位, 仙桃市 429004) sit under the grouping code xx90 of the city level (429000).</li>
 * </ul>
 * A prefecture-level city without counties (东莞市 441900) is a city no county code lies under.
 *
 * <p>Everything under a division starts with its code less the zero pairs below its level, the
 * {@link #prefix()} (34 for 安徽省, 3416 for 亳州市, 341602 for 谯城区); {@link Level#digits()} declares those
 * lengths once, and the level, the ancestors and containment here, and the jobs' Spark columns, are built
 * from them.
 *
 * @param code the six digits; a {@code RegionCode} is always a valid one ({@link #parse} says why not)
 */
public record RegionCode(String code) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Digits of every code. */
    public static final int LENGTH = 6;

    /** The three levels a code can name, the highest first. */
    public enum Level {
        PROVINCE(2), CITY(4), COUNTY(6);

        private final int digits;

        Level(int digits) {
            this.digits = digits;
        }

        /** The leading digits that name a division of this level (the rest of its code is zeros). */
        public int digits() {
            return digits;
        }
    }

    /** The levels, highest first: {@code Level.values()} copies its array on every call, and level() is hot. */
    private static final Level[] LEVELS = Level.values();

    /**
     * The first two digits of the province-level divisions (GB/T 2260): the provinces, autonomous regions and
     * municipalities, Taiwan (71), Hong Kong (81) and Macao (82).
     */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    public RegionCode {
        String problem = problem(code);
        if (problem != null) {
            throw new IllegalArgumentException(code + " is not a GB/T 2260 division code (" + problem + ")");
        }
    }

    /**
     * The code of {@code text}, or an {@link IllegalArgumentException} saying why it is none, such as
     * {@code 999999 is not a GB/T 2260 division code (no province has code 990000)}.
     */
    public static RegionCode parse(String text) {
        RegionCode known = text == null ? null : PARSED.get(text);
        if (known != null) {
            return known;
        }
        RegionCode parsed = new RegionCode(text);
        PARSED.putIfAbsent(text, parsed);
        return parsed;
    }

    /**
     * The codes parsed in this JVM. An analysis asks for the divisions of the same few thousand owners'
     * codes for every one of hundreds of thousands of applications; the codes of a form that can be valid
     * are at most 34 x 100 x 100, so the memo stays small.
     */
    private static final Map<String, RegionCode> PARSED = new ConcurrentHashMap<>();

    /** Whether {@code text} is a division code (without a division table only its form can be checked). */
    public static boolean isValid(String text) {
        return text != null && PARSED.containsKey(text) || problem(text) == null;
    }

    /** Why {@code text} is not a code, or null when it is one. */
    private static String problem(String text) {
        if (text == null || text.length() != LENGTH || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "six digits: two for the province, two for the city, two for the county";
        }
        if (!PROVINCES.contains(text.substring(0, Level.PROVINCE.digits()))) {
            return "no province has code " + zeroFilled(text, Level.PROVINCE);
        }
        boolean noCity = zeros(text, Level.PROVINCE.digits(), Level.CITY.digits());
        if (noCity && !zeros(text, Level.CITY.digits(), LENGTH)) {
            return "a county lies in a city: its middle digits cannot be 00";
        }
        return null;
    }

    /** PROVINCE for xx0000, CITY for xxxx00, else COUNTY. */
    public Level level() {
        for (Level level : LEVELS) {
            if (zeros(code, level.digits(), LENGTH)) {
                return level;
            }
        }
        throw new AssertionError(code);
    }

    /** The digits every code inside this division starts with: 341600 → 3416, 340000 → 34, 341602 → 341602. */
    public String prefix() {
        return code.substring(0, level().digits());
    }

    /** Whether {@code other} is this division or lies inside it (亳州市 341600 contains 谯城区 341602). */
    public boolean contains(RegionCode other) {
        return contains(other.code);
    }

    /** Whether the code {@code text} starts with this division's {@link #prefix()} (null: no). */
    public boolean contains(String text) {
        int digits = level().digits();
        return text != null && text.length() >= digits && text.regionMatches(0, code, 0, digits);
    }

    /** The province-level division this one lies in (itself for a province). */
    public RegionCode province() {
        return ancestor(Level.PROVINCE);
    }

    /** The city-level division this one lies in (itself for a city); none for a province. */
    public Optional<RegionCode> city() {
        return level() == Level.PROVINCE ? Optional.empty() : Optional.of(ancestor(Level.CITY));
    }

    /** The division one level up: a county's city, a city's province; none for a province. */
    public Optional<RegionCode> parent() {
        Level level = level();
        return level == Level.PROVINCE ? Optional.empty() : Optional.of(ancestor(LEVELS[level.ordinal() - 1]));
    }

    /** Itself and its ancestors, the province first: 341602 → 340000, 341600, 341602; 340000 → 340000. */
    public List<RegionCode> lineage() {
        List<RegionCode> out = new ArrayList<>();
        for (Level level : LEVELS) {
            out.add(ancestor(level));
            if (level == level()) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** The division at {@code level} that this one lies in (itself at its own level or deeper). */
    private RegionCode ancestor(Level level) {
        return level.ordinal() >= level().ordinal() ? this : parse(zeroFilled(code, level));
    }

    private static String zeroFilled(String code, Level level) {
        return code.substring(0, level.digits()) + "0".repeat(LENGTH - level.digits());
    }

    private static boolean zeros(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return code;
    }
}
