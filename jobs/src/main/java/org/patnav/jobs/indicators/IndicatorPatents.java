package org.patnav.jobs.indicators;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.analytics.fees.FeeRegisters;
import org.patnav.analytics.fees.Deadlines;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.analytics.highvalue.HighValueAssessment;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.analytics.highvalue.HighValueClassifier;
import org.patnav.analytics.highvalue.HighValueRules;
import org.patnav.analytics.highvalue.SeiConcordance;
import org.patnav.jobs.warehouse.FeeSubjectRows;
import org.patnav.jobs.warehouse.RowValues;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.jobs.warehouse.FeeSubjects;

/**
 * The CNIPA invention patents of the warehouse judged on each date of the indicator series: the fee
 * engine of the watchlist says whether each is valid, {@link HighValueClassifier} whether it is domestic
 * and high-value. Runs on the executors; one output row per patent and date on which it counts.
 */
final class IndicatorPatents {

    /** One row per (patent, date) on which the patent is a valid domestic CNIPA invention patent. */
    static final StructType SCHEMA = new StructType()
            .add("subject", DataTypes.StringType, false)
            .add("pub_id", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, false)
            .add("high_value", DataTypes.BooleanType, false)
            .add("criteria", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("industries", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("fee_status", DataTypes.StringType, false)
            .add("region_code", DataTypes.StringType)
            .add("owner_regions", DataTypes.createArrayType(DataTypes.StringType, true), false)
            .add("owner", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("filing_date", DataTypes.DateType)
            .add("grant_date", DataTypes.DateType);

    private IndicatorPatents() {
    }

    /**
     * The watchlist's subjects that are CNIPA invention patents, with what the criteria need besides:
     * IPC symbols of all their publications, title and abstract, and the grants of their simple family.
     */
    static Dataset<Row> candidates(SparkSession spark, Warehouse w) throws IOException {
        return FeeSubjects.build(spark, w, java.util.Map.of())
                .filter(col("office").equalTo("CN").and(col("patent_type").equalTo("invention"))
                        .and(col("known_from").equalTo(FeeSubjects.FROM_PATENTS)));
    }

    /**
     * What the tasks need besides the rows, all read on the driver and shipped as values (no task opens a
     * local path): the dates, the holiday calendars, the high-value rules in force on each date, the
     * strategic-emerging-industry concordance, the registers' pledges and awards by warehouse id (application
     * or publication id), and what the fee engine takes from the registers (term extensions, open licences).
     */
    record Inputs(List<LocalDate> dates, Deadlines deadlines, Map<LocalDate, HighValueRules> rules,
                  SeiConcordance concordance, Map<String, List<HighValueCandidate.Pledge>> pledges,
                  Map<String, List<HighValueCandidate.Award>> awards, FeeRegisters fees)
            implements java.io.Serializable {

        Inputs {
            dates = List.copyOf(dates);
            rules = Map.copyOf(rules);
            if (!rules.keySet().containsAll(dates)) {
                throw new IllegalArgumentException("high-value rules missing for some of " + dates);
            }
        }
    }

    /** Every candidate judged on every date; only the dates on which it counts give a row. */
    static Dataset<Row> assess(Dataset<Row> candidates, Inputs in) {
        MapPartitionsFunction<Row, Row> f = rows -> {
            FeeStatusEngine engine = FeeStatusEngine.shared(in.deadlines());
            Map<LocalDate, HighValueClassifier> classifiers = classifiers(in);
            return new Iterator<>() {
                private final List<Row> pending = new ArrayList<>();

                @Override
                public boolean hasNext() {
                    while (pending.isEmpty() && rows.hasNext()) {
                        Row r = rows.next();
                        for (LocalDate date : in.dates()) {
                            Row out = judge(r, date, engine, classifiers.get(date), in);
                            if (out != null) {
                                pending.add(out);
                            }
                        }
                    }
                    return !pending.isEmpty();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return pending.removeFirst();
                }
            };
        };
        return candidates.mapPartitions(f, Encoders.row(SCHEMA));
    }

    /** The classifier of each date: the rules in force on it, with the concordance. */
    static Map<LocalDate, HighValueClassifier> classifiers(Inputs in) {
        Map<LocalDate, HighValueClassifier> out = new LinkedHashMap<>();
        for (LocalDate d : in.dates()) {
            out.put(d, new HighValueClassifier(in.rules().get(d), in.concordance()));
        }
        return out;
    }

    static Row judge(Row r, LocalDate date, FeeStatusEngine engine, HighValueClassifier classifier, Inputs in) {
        FeeStatus status = engine.assess(FeeSubjectRows.subject(r, in.fees()), date, 0).status();
        if (!status.valid()) {
            return null;
        }
        HighValueAssessment a = classifier.assess(candidate(r, status, in), date);
        if (!a.counted()) {
            return null;
        }
        return RowFactory.create(r.getString(r.fieldIndex("subject")), r.getString(r.fieldIndex("pub_id")), date,
                a.highValue(), RowValues.seq(a.met().stream().sorted().map(c -> c.id()).toList()),
                RowValues.seq(a.industries().stream().map(i -> i.code() + " " + i.name()).toList()), status.id(),
                text(r, "region_code"), RowValues.seq(r.<String>getList(r.fieldIndex("owner_regions"))), text(r, "owner"),
                text(r, "title"),
                date(r, "filing_date"), date(r, "grant_date"));
    }

    /** The classifier's view of a candidate row with its fee status on the date. */
    static HighValueCandidate candidate(Row r, FeeStatus status, Inputs in) {
        List<String> ids = new ArrayList<>(r.<String>getList(r.fieldIndex("pub_ids")));
        ids.add(r.getString(r.fieldIndex("subject")));
        List<HighValueCandidate.Pledge> pledges = ids.stream().distinct()
                .flatMap(id -> in.pledges().getOrDefault(id, List.of()).stream()).distinct().toList();
        List<HighValueCandidate.Award> awards = ids.stream().distinct()
                .flatMap(id -> in.awards().getOrDefault(id, List.of()).stream()).distinct().toList();
        return FeeSubjectRows.highValueCandidate(r, status, pledges, awards);
    }

    private static String text(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getString(i);
    }

    private static LocalDate date(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getLocalDate(i);
    }
}
