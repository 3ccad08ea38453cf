package org.patnav.analytics.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patnav.normalize.InputTable;

/**
 * Values of the indicators no data supports ({@code indicator,region_code,year,value,source}): the
 * enterprises and service points the bureau itself recognises. A row for a computed indicator is an
 * error: PatNav computes those, and two sources for one number would disagree unseen.
 */
public record IndicatorInputs(List<Value> values) {

    public record Value(Indicator indicator, String regionCode, int year, BigDecimal value, String source) {
    }

    public IndicatorInputs {
        values = List.copyOf(values);
    }

    public static IndicatorInputs none() {
        return new IndicatorInputs(List.of());
    }

    public static IndicatorInputs read(Path file) throws IOException {
        List<Value> out = new ArrayList<>();
        for (InputTable.Row r : InputTable.read(file, List.of("indicator", "region_code", "year", "value", "source"))) {
            Indicator indicator;
            try {
                indicator = Indicator.ofId(r.get("indicator"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            if (indicator.computed()) {
                throw r.error(indicator.id() + " is computed from the data, not an input");
            }
            out.add(new Value(indicator, r.get("region_code"), r.integer("year"), r.decimal("value"), r.get("source")));
        }
        return new IndicatorInputs(out);
    }
}
