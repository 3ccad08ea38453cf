package org.patnav.jobs.indicators;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.indicators.Indicator;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PatentRef;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.jobs.spark.JobGroup;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * The drill-down behind one number ({@code patnav indicators --explain INDICATOR --region CODE}): the
 * figure with its source, then every patent, mark, contract or declaration it counts, on the as-of date.
 */
public final class IndicatorExplain {

    private IndicatorExplain() {
    }

    public static List<String> explain(SparkSession spark, IndicatorsJob.Options options, Indicator indicator, String regionCode)
            throws IOException {
        String region = regionCode == null ? IndicatorsJob.NATION : regionCode;
        // Only the as-of date: the drill-down is about today's number.
        IndicatorsJob.Options asOfOnly = new IndicatorsJob.Options(options.warehouse(), options.asOf(),
                region.equals(IndicatorsJob.NATION) ? null : region, options.asOf().getYear(), options.population(),
                options.targets(), options.inputs(), options.pledges(), options.openLicences(), options.awards(),
                options.rules(), options.concordance(), options.holidays(), options.divisions(), options.termExtensions());
        IndicatorsJob job = new IndicatorsJob(spark, asOfOnly, Progress.SILENT);
        return JobGroup.run(spark, "patnav-indicators", "indicators: explain " + indicator.id() + " " + region + " as of "
                + options.asOf(), () -> job.judged((figures, patents) -> {
                    IndicatorsJob.Figure f = figures.figure(indicator, region, figures.asOf());
                    List<String> out = new ArrayList<>();
                    out.add(indicator.id() + " " + region + " on " + figures.asOf() + ": "
                            + (f.value() == null ? "no value" : f.value().toPlainString()) + " (" + f.source()
                            + (f.note() == null ? "" : "; " + f.note()) + ")");
                    IndicatorsJob.Region r = figures.regions().stream().filter(x -> x.code().equals(region)).findFirst()
                            .orElseThrow();
                    switch (indicator) {
                        case VALID_INVENTION_PATENTS -> out.addAll(patents(figures, patents, r, false));
                        case HIGH_VALUE_INVENTION_PATENTS, HIGH_VALUE_PER_10K -> out.addAll(patents(figures, patents, r, true));
                        case VALID_TRADEMARKS -> out.addAll(trademarks(spark, job, asOfOnly.warehouse(), figures, r));
                        case PLEDGE_FINANCING -> out.addAll(pledges(figures, r));
                        case OPEN_LICENCES -> out.addAll(openLicences(figures, r));
                        default -> out.add("  an input value: see the --inputs file");
                    }
                    return out;
                }));
    }

    private static List<String> patents(IndicatorsJob.Figures figures, Dataset<Row> patents, IndicatorsJob.Region r,
                                        boolean highValue) {
        List<String> out = new ArrayList<>();
        for (Row p : IndicatorReport.counted(patents, figures.asOf(), r, highValue)
                .select("pub_id", "fee_status", "region_code", "owner", "criteria", "industries", "title")
                .orderBy("pub_id").collectAsList()) {
            out.add("  " + p.getString(0) + "  " + p.getString(1) + "  " + p.getString(2) + "  " + p.getString(3)
                    + "  criteria: " + (p.getList(4).isEmpty() ? "none" : p.<String>getList(4).stream().collect(Collectors.joining(",")))
                    + (p.getList(5).isEmpty() ? "" : "  industries: " + String.join("; ", p.<String>getList(5)))
                    + "  " + p.getString(6));
        }
        return out;
    }

    private static List<String> trademarks(SparkSession spark, IndicatorsJob job, String warehouse,
                                           IndicatorsJob.Figures figures, IndicatorsJob.Region r) throws IOException {
        Warehouse w = new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration());
        if (!w.hasTable(Warehouse.TRADEMARKS)) {
            return List.of("  no trademarks in the warehouse");
        }
        List<String> out = new ArrayList<>();
        for (Row m : job.validTrademarks(w, List.of(figures.asOf()))
                .filter(array_contains(IndicatorsJob.regionKeys(col("regions")), r.code()))
                .select("trademark_id", "mark_text", "owner", "first_region", "expiry_date", "status_text")
                .orderBy("trademark_id").collectAsList()) {
            out.add("  " + m.getString(0) + "  " + m.getString(1) + "  " + m.getString(2) + "  " + m.getString(3)
                    + "  expires " + m.get(4) + "  " + m.getString(5));
        }
        return out;
    }

    private static List<String> pledges(IndicatorsJob.Figures figures, IndicatorsJob.Region r) {
        List<String> out = new ArrayList<>();
        PlacedRegisters registers = figures.registers();
        for (PledgeRegister.Contract c : registers.pledgedInYearTo(figures.asOf(), r.code())) {
            out.add("  " + c.registrationNo() + "  " + c.registered() + "  " + c.amountYuan().toPlainString() + " yuan  "
                    + c.pledgor() + " → " + c.pledgee() + "  " + c.patents().stream().map(PatentRef::written)
                    .collect(Collectors.joining(";")) + "  region " + registers.regionOf(c));
        }
        return out;
    }

    private static List<String> openLicences(IndicatorsJob.Figures figures, IndicatorsJob.Region r) {
        List<String> out = new ArrayList<>();
        PlacedRegisters registers = figures.registers();
        for (OpenLicenceRegister.Declaration d : registers.openLicencesOn(figures.asOf(), r.code())) {
            out.add("  " + d.patent().written() + "  declared " + d.declared() + "  region " + registers.regionOf(d));
        }
        return out;
    }
}
