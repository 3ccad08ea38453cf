package org.patnav.analytics.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.patnav.normalize.InputTable;

/**
 * Resident population by region and year ({@code region_code,region_name,year,population,source,sample}).
 * A year without a figure takes the latest earlier one (statistics bureaus publish year-end population
 * months later), else the earliest later one; which figure was used is stated beside every per-10k value.
 */
public final class Population {

    /** @param sample true for an illustrative figure (the bundled samples), never an official one */
    public record Entry(String regionCode, String regionName, int year, long population, String source, boolean sample) {
    }

    private final List<Entry> entries;

    public Population(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Population read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (InputTable.Row r : InputTable.read(file, List.of("region_code", "region_name", "year", "population", "source"))) {
            long population;
            try {
                population = Long.parseLong(r.get("population").replace(",", ""));
            } catch (NumberFormatException e) {
                throw r.error("population '" + r.get("population") + "' is not a whole number");
            }
            if (population <= 0) {
                throw r.error("population must be positive");
            }
            String sample = r.optional("sample");
            out.add(new Entry(r.get("region_code"), r.get("region_name"), r.integer("year"), population,
                    r.get("source"), sample != null && (sample.equalsIgnoreCase("true") || sample.equals("是"))));
        }
        return new Population(out);
    }

    public static Population none() {
        return new Population(List.of());
    }

    /** The figure for a region and year: that year's, else the latest earlier, else the earliest later. */
    public Optional<Entry> of(String regionCode, int year) {
        List<Entry> region = entries.stream().filter(e -> e.regionCode().equals(regionCode)).toList();
        Optional<Entry> before = region.stream().filter(e -> e.year() <= year).max(Comparator.comparingInt(Entry::year));
        return before.isPresent() ? before : region.stream().min(Comparator.comparingInt(Entry::year));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** count / (population / 10,000), rounded half up to two decimals as the bureau reports it. */
    public static BigDecimal perTenThousand(long count, long population) {
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }
}
