package org.patnav.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * China's administrative divisions (行政区划代码, GB/T 2260, published yearly by the Ministry of Civil
 * Affairs), province / prefecture-level city / county level.
 *
 * <p>Loaded from a directory in the layout of the widely used open conversion of the official table
 * (github.com/modood/Administrative-divisions-of-China, {@code dist/}): {@code provinces.csv}
 * ({@code code,name}), {@code cities.csv} ({@code code,name,provinceCode}) and {@code areas.csv}
 * ({@code code,name,cityCode,provinceCode}), UTF-8, with 2-, 4- and 6-digit codes. Codes are
 * held as the official 6-digit codes: 34 → 340000, 3416 → 341600.
 */
public final class AdminDivisions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One division: its 6-digit code, official name, level (the file listing it) and parent (null for provinces). */
    public record Division(String code, String name, RegionCode.Level level, String parentCode) implements Serializable {
    }

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> childrenByParent;

    private AdminDivisions(Map<String, Division> byCode) {
        this.byCode = byCode;
        Map<String, List<Division>> children = new HashMap<>();
        for (Division d : byCode.values()) {
            if (d.parentCode() != null) {
                children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
        }
        this.childrenByParent = children;
    }

    /** Opens one of the table's files by name; lets the jobs read the table from any file system. */
    @FunctionalInterface
    public interface TableFiles {
        InputStream open(String fileName) throws IOException;
    }

    public static AdminDivisions load(Path directory) {
        return load(name -> {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("administrative-division table incomplete: " + file
                        + " is missing (expected provinces.csv, cities.csv and areas.csv)");
            }
            return Files.newInputStream(file);
        });
    }

    public static AdminDivisions load(TableFiles files) {
        Map<String, Division> byCode = new HashMap<>();
        for (CSVRecord r : csv(files, "provinces.csv")) {
            Division d = new Division(sixDigits(r.get("code")), r.get("name"), RegionCode.Level.PROVINCE, null);
            byCode.put(d.code(), d);
        }
        for (CSVRecord r : csv(files, "cities.csv")) {
            Division d = new Division(sixDigits(r.get("code")), r.get("name"), RegionCode.Level.CITY,
                    sixDigits(r.get("provinceCode")));
            byCode.put(d.code(), d);
        }
        for (CSVRecord r : csv(files, "areas.csv")) {
            Division d = new Division(sixDigits(r.get("code")), r.get("name"), RegionCode.Level.COUNTY,
                    sixDigits(r.get("cityCode")));
            // Cities without counties (东莞市 441900, 中山市 442000, 儋州市 460400) are listed again as
            // their own "area" under the same code; the city row is the official one, and keeping
            // the copy would make the division its own parent.
            if (d.code().equals(d.parentCode())) {
                continue;
            }
            byCode.put(d.code(), d);
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("the administrative-division table is empty");
        }
        return new AdminDivisions(byCode);
    }

    private static List<CSVRecord> csv(TableFiles files, String name) {
        try (Reader in = new InputStreamReader(files.open(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read administrative-division file " + name, e);
        }
    }

    /** A code of the table's 2-, 4- or 6-digit layout as the official six digits, checked as a {@link RegionCode}. */
    static String sixDigits(String code) {
        String c = code.strip().replace("\uFEFF", "");
        if (!c.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new IllegalArgumentException("not an administrative-division code: " + code);
        }
        return RegionCode.parse((c + "0".repeat(RegionCode.LENGTH)).substring(0, RegionCode.LENGTH)).code();
    }

    public Optional<Division> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Division> children(String parentCode) {
        return Collections.unmodifiableList(childrenByParent.getOrDefault(parentCode, List.of()));
    }

    public List<Division> all(RegionCode.Level level) {
        return byCode.values().stream().filter(d -> d.level() == level).toList();
    }

    public int size() {
        return byCode.size();
    }
}
