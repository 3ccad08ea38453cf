package org.patnav.analytics.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patnav.normalize.InputTable;

/**
 * A plan target ({@code indicator,region_code,baseline_year,baseline,target_year,target,source}): the
 * baseline may be empty (the plan's "–": not measured then).
 */
public record Target(Indicator indicator, String regionCode, int baselineYear, BigDecimal baseline, int targetYear,
                     BigDecimal target, String source) {

    public static List<Target> read(Path file) throws IOException {
        List<Target> out = new ArrayList<>();
        for (InputTable.Row r : InputTable.read(file, List.of("indicator", "region_code", "baseline_year", "baseline",
                "target_year", "target", "source"))) {
            Indicator indicator;
            try {
                indicator = Indicator.ofId(r.get("indicator"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            int baselineYear = r.integer("baseline_year");
            int targetYear = r.integer("target_year");
            if (targetYear <= baselineYear) {
                throw r.error("target_year " + targetYear + " is not after baseline_year " + baselineYear);
            }
            String baseline = r.optional("baseline");
            out.add(new Target(indicator, r.get("region_code"), baselineYear,
                    baseline == null || baseline.equals("-") || baseline.equals("–") ? null : r.decimal("baseline"),
                    targetYear, r.decimal("target"), r.get("source")));
        }
        return out;
    }
}
