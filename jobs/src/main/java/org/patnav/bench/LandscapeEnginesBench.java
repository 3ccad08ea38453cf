package org.patnav.bench;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.jobs.landscape.LandscapeJob;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.SparkSessions;
import org.patnav.jobs.warehouse.ApplicationFacts;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * The two ways issue 12 names to run the landscape's tables, measured in one JVM on one warehouse
 * (bench/landscape-engines.sh):
 * <ul>
 *   <li>PatNav's: the sector's rows of the fact table read on the driver (the Parquet files, no Spark job),
 *       where every table of the report is computed in Java (the whole {@link LandscapeJob}, status and high
 *       value included);</li>
 *   <li>the alternative: the sector's slice cached in Spark, the eight tables that are plain groupings
 *       (patent type, filing, priority and grant year, country, applicant type, province, city) computed
 *       in one GROUPING SETS query, and the three exploded ones (IPC subclasses, main groups, applicants)
 *       one query each — eleven of the report's 26 tables, and no status (the fee engine is Java).</li>
 * </ul>
 * Each round runs both after a warm-up; figures are printed, nothing is asserted.
 * Usage: {@code LandscapeEnginesBench WAREHOUSE [SECTOR] [AS_OF] [ROUNDS]}.
 */
public final class LandscapeEnginesBench {

    private LandscapeEnginesBench() {
    }

    public static void main(String[] args) throws Exception {
        String warehouse = args[0];
        String sector = args.length > 1 ? args[1] : "tcm";
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 11, 24);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SparkSession spark = SparkSessions.getOrCreate("patnav landscape engines bench", null);
        Warehouse w = new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration());
        LandscapeJob.Options options = new LandscapeJob.Options(warehouse, sector, "zh", "341600", List.of(), asOf,
                null, null, LandscapeUnit.Unit.APPLICATION, null, IpcTitles.bundled());
        Dataset<Row> slice = spark.read().parquet(w.table(ApplicationFacts.TABLE))
                .filter(array_contains(col("sectors"), sector))
                .select(col("patent_type"), year(col("filing_date")).as("filing_year"),
                        year(col("earliest_date")).as("priority_year"),
                        when(col("grant_date").leq(lit(asOf)), year(col("grant_date"))).as("grant_year"),
                        when(size(col("applicants")).gt(0), element_at(col("applicants"), 1)).as("first"),
                        transform(col("applicants"), p -> p.getField("name")).as("owners"),
                        transform(col("ipc"), c -> substring(c, 1, 4)).as("subclasses"), col("ipc"))
                .select(col("*"), col("first.country").as("owner_country"), col("first.type").as("owner_type"),
                        concat(substring(col("first.region_code"), 1, 2), lit("0000")).as("province"),
                        concat(substring(col("first.region_code"), 1, 4), lit("00")).as("city"));
        new LandscapeJob(spark.sparkContext().hadoopConfiguration(), options, Progress.SILENT).run();
        System.out.printf(Locale.ROOT, "%nlandscape of %s on %s, as of %s%n", sector, warehouse, asOf);
        System.out.printf(Locale.ROOT, "%-6s %-44s %10s %10s %10s%n", "round", "engine", "read s", "compute s", "total s");
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            LandscapeJob.Result result = new LandscapeJob(spark.sparkContext().hadoopConfiguration(), options, Progress.SILENT).run();
            double total = seconds(t0);
            System.out.printf(Locale.ROOT, "%-6d %-44s %10.2f %10.2f %10.2f%n", r,
                    "driver read + Java: all 26 tables, " + result.units() + " units", result.read().toMillis() / 1000.0,
                    result.judge().plus(result.analyse()).toMillis() / 1000.0, total);

            t0 = System.nanoTime();
            Dataset<Row> cached = slice.cache();
            long units = cached.count();
            double read = seconds(t0);
            cached.createOrReplaceTempView("slice");
            t0 = System.nanoTime();
            long groups = spark.sql("""
                    SELECT patent_type, filing_year, priority_year, grant_year, owner_country, owner_type, province, city,
                           count(*) FROM slice
                    GROUP BY GROUPING SETS ((patent_type), (filing_year), (priority_year), (grant_year), (owner_country),
                                           (owner_type), (province), (city))""").collectAsList().size();
            for (String exploded : List.of("subclasses", "ipc", "owners")) {
                groups += spark.sql("SELECT k, count(*) FROM slice LATERAL VIEW explode(" + exploded + ") t AS k GROUP BY k")
                        .collectAsList().size();
            }
            double compute = seconds(t0);
            System.out.printf(Locale.ROOT, "%-6d %-44s %10.2f %10.2f %10.2f%n", r,
                    "cached slice + 4 Spark queries: 11 tables", read, compute, read + compute);
            cached.unpersist(true);
            if (units != result.units()) {
                throw new IllegalStateException("the two engines read different slices: " + units + " vs " + result.units());
            }
            System.out.printf(Locale.ROOT, "%-6s (%,d groups)%n", "", groups);
        }
        spark.stop();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
