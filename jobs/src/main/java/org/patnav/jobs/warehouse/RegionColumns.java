package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.patnav.normalize.RegionCode;

/**
 * The rules of {@link RegionCode} as Spark columns over the warehouse's division codes (an owner's
 * {@code region_code}), built from the digit counts {@link RegionCode.Level} declares, so the tasks place a
 * code in its city and province by the same rule as the driver.
 */
public final class RegionColumns {

    private RegionColumns() {
    }

    /**
     * A division code and its ancestors, the province first and without repeats: 341602 → [340000, 341600,
     * 341602], 341600 → [340000, 341600]; the column form of {@link RegionCode#lineage()}.
     */
    public static Column lineage(Column code) {
        return array_distinct(array(Arrays.stream(RegionCode.Level.values()).map(level -> at(code, level))
                .toArray(Column[]::new)));
    }

    /** The division at {@code level} a code lies in (the code itself when it is of that level or higher). */
    private static Column at(Column code, RegionCode.Level level) {
        return concat(substring(code, 1, level.digits()), lit("0".repeat(RegionCode.LENGTH - level.digits())));
    }

    /** Whether a division code lies in {@code region} (or is it): {@link RegionCode#contains} of a column. */
    public static Column within(Column code, RegionCode region) {
        return code.startsWith(region.prefix());
    }

    /** Whether any code of an array of division codes lies in {@code region}. */
    public static Column anyWithin(Column codes, RegionCode region) {
        return exists(codes, code -> within(code, region));
    }
}
