package org.patnav.normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patnav.normalize.AdminDivisions.Division;
import org.patnav.normalize.RegionCode.Level;

/**
 * Chinese addresses to administrative-division codes: {@code 安徽省亳州市谯城区魏武大道1号} → 341602.
 *
 * <p>The address is read left to right as Chinese addresses are written: a province, then a city of
 * that province, then a county of that city. Each step takes the longest name that matches at the
 * current position, full ({@code 安徽省}) or short ({@code 安徽}: the name without its level suffix,
 * kept only when at least two characters remain). A level may be skipped: {@code 北京市海淀区}
 * (municipal districts sit under a 市辖区 pseudo-city), {@code 安徽省涡阳县}, or an address starting at
 * the city ({@code 亳州市谯城区}). Without a province, city and county names are matched only when
 * unique in the whole country (there are several 朝阳区). The result is the most specific division
 * found; nothing is guessed past the first level that fails.
 */
public final class AddressResolver implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] SUFFIXES = {
        "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "地区",
        "省", "市", "盟", "州", "县", "区", "旗"
    };

    private final AdminDivisions divisions;
    /** name (full and short) → divisions with that name, per level. */
    private final Map<Level, Map<String, List<Division>>> byName = new HashMap<>();

    public AddressResolver(AdminDivisions divisions) {
        this.divisions = divisions;
        for (Level level : Level.values()) {
            Map<String, List<Division>> names = new HashMap<>();
            for (Division d : divisions.all(level)) {
                names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
                String shortName = shortName(d.name());
                if (shortName != null) {
                    names.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
                }
            }
            byName.put(level, names);
        }
    }

    static String shortName(String name) {
        if (name.equals("市辖区") || name.endsWith("直辖县级行政区划")) {
            return null;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** The most specific division the address names, if any. */
    public Optional<Division> resolve(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String s = stripPrefix(ChineseText.compact(address));
        int[] pos = {0};
        Division province = match(s, pos, Level.PROVINCE, null);
        Division city = match(s, pos, Level.CITY, province);
        Division county = match(s, pos, Level.COUNTY, city != null ? city : province);
        if (county != null) {
            return Optional.of(county);
        }
        return Optional.ofNullable(city != null ? city : province);
    }

    /** Leading postcode, country name and punctuation carry no division. */
    private static String stripPrefix(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        s = s.substring(i);
        for (String country : new String[] {"中华人民共和国", "中国"}) {
            if (s.startsWith(country)) {
                return s.substring(country.length());
            }
        }
        return s;
    }

    /**
     * Longest name of the given level starting at pos[0] whose division lies under {@code within}
     * (or, with no context, is unique nationally). Advances pos[0] past the match.
     *
     * <p>A short name followed by a level suffix is the stem of another division's full name, not
     * this one: in {@code 朝阳区} the short name of 朝阳市 is followed by 区, so it names a district
     * called 朝阳, never the city.
     */
    private Division match(String s, int[] pos, Level level, Division within) {
        Map<String, List<Division>> names = byName.get(level);
        for (int end = Math.min(s.length(), pos[0] + 12); end > pos[0] + 1; end--) {
            String name = s.substring(pos[0], end);
            List<Division> candidates = names.get(name);
            if (candidates == null) {
                continue;
            }
            boolean suffixFollows = startsWithSuffix(s, end);
            List<Division> inside = candidates.stream()
                    .filter(d -> d.name().equals(name) || !suffixFollows)
                    .filter(d -> isUnder(d, within)).toList();
            if (inside.size() == 1) {
                pos[0] = end;
                return inside.get(0);
            }
        }
        return null;
    }

    private static boolean startsWithSuffix(String s, int at) {
        for (String suffix : SUFFIXES) {
            if (s.startsWith(suffix, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean isUnder(Division d, Division within) {
        if (within == null) {
            return true;
        }
        String parent = d.parentCode();
        while (parent != null) {
            if (parent.equals(within.code())) {
                return true;
            }
            parent = divisions.get(parent).map(Division::parentCode).orElse(null);
        }
        return false;
    }

    public AdminDivisions divisions() {
        return divisions;
    }
}
