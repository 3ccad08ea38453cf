package org.patnav.jobs.indicators;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.analytics.fees.FeeRegisters;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.analytics.highvalue.HighValueClassifier;
import org.patnav.analytics.highvalue.HighValueRules;
import org.patnav.analytics.highvalue.SeiConcordance;
import org.patnav.jobs.warehouse.Warehouse;

/** The indicators' patent judgement step by step, for {@code org.patnav.bench.IndicatorsBench} to time apart. */
public final class IndicatorsBenchAccess {

    private IndicatorsBenchAccess() {
    }

    public static Dataset<Row> candidates(SparkSession spark, String warehouse) throws IOException {
        return IndicatorPatents.candidates(spark, new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration()));
    }

    /** The shipped rules, calendars and concordance; no registers. */
    private static IndicatorPatents.Inputs inputs(List<LocalDate> dates) {
        Map<LocalDate, HighValueRules> rules = new HashMap<>();
        dates.forEach(d -> rules.put(d, HighValueRules.defaults(d)));
        return new IndicatorPatents.Inputs(dates, Deadlines.defaults(), rules, SeiConcordance.defaults(), Map.of(), Map.of(),
                FeeRegisters.none());
    }

    /** The judgement in Spark tasks: rows of the (patent, date) pairs that count. */
    public static Dataset<Row> assess(Dataset<Row> candidates, List<LocalDate> dates) {
        return IndicatorPatents.assess(candidates, inputs(dates));
    }

    /** The same judgement on the calling thread: how many (patent, date) pairs count, and how many are high-value. */
    public static long[] judgeHere(Iterator<Row> candidates, List<LocalDate> dates) {
        IndicatorPatents.Inputs in = inputs(dates);
        FeeStatusEngine engine = FeeStatusEngine.shared(in.deadlines());
        Map<LocalDate, HighValueClassifier> classifiers = IndicatorPatents.classifiers(in);
        long counted = 0;
        long highValue = 0;
        while (candidates.hasNext()) {
            Row r = candidates.next();
            for (LocalDate d : dates) {
                Row out = IndicatorPatents.judge(r, d, engine, classifiers.get(d), in);
                if (out != null) {
                    counted++;
                    highValue += out.getBoolean(IndicatorPatents.SCHEMA.fieldIndex("high_value")) ? 1 : 0;
                }
            }
        }
        return new long[] {counted, highValue};
    }
}
