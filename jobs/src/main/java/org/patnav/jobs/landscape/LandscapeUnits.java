package org.patnav.jobs.landscape;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.year;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.analytics.LegalStatus;
import org.patnav.analytics.PatentTerms;
import org.patnav.jobs.navigate.NavigateJob;
import org.patnav.jobs.warehouse.OwnerColumns;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * The counting units of a landscape, one row per application (or simple family) of the sector: the
 * A and B publications of a CN invention are one unit. Built in Spark; nothing comes to the driver.
 *
 * <p>Columns: {@code unit}, {@code pub_id} (the unit's latest publication, whose owners count),
 * {@code title_zh}, {@code title_en}, {@code office}, {@code patent_type}, {@code filing_date},
 * {@code filing_year}, {@code priority_year}, {@code grant_date}, {@code grant_year}, {@code owner_name},
 * {@code owner_type}, {@code owner_country}, {@code owner_region}, {@code parties} (name, type),
 * {@code owners} (names), {@code owner_types}, {@code inventors}, {@code claim_count}, {@code subclasses}, {@code groups},
 * {@code cited_by} (forward citations from other applications of the warehouse), {@code family_size}
 * and {@code family_offices} (warehouse-wide), {@code status}, {@code status_since}.
 */
public final class LandscapeUnits {

    /** What counts as one invention. */
    public enum Unit { APPLICATION, FAMILY }

    private LandscapeUnits() {
    }

    static Dataset<Row> build(SparkSession spark, Warehouse w, String sector, Unit unit, LocalDate asOf) {
        Dataset<Row> patents = spark.read().parquet(w.table(Warehouse.PATENTS))
                .withColumn("app", coalesce(col("application_id"), col("pub_id")));
        Dataset<Row> members = spark.read().parquet(w.table(NavigateJob.SECTORS))
                .filter(col("sector").equalTo(sector))
                .select(coalesce(col("application_id"), col("pub_id")).as("app")).distinct();

        Column unitKey = unit == Unit.FAMILY ? coalesce(col("family_id"), col("app")) : col("app");
        Column codes = transform(col("ipc"), c -> c.getField("code"));
        Column owners = OwnerColumns.allOwners();
        Dataset<Row> pubs = patents.join(members, "app")
                .withColumn("unit", unitKey)
                .withColumn("codes", codes)
                .withColumn("owner_list", owners);

        Column latest = struct(col("pub_id"), col("title").getItem("zh").as("title_zh"),
                col("title").getItem("en").as("title_en"), col("owner_list"),
                size(col("inventors")).as("inventors"), col("country").as("office"), col("patent_type"));
        Dataset<Row> units = pubs.groupBy("unit").agg(
                max_by(latest, coalesce(col("publication_date"), lit(Date.valueOf("1900-01-01")))).as("latest"),
                min("filing_date").as("filing_date"),
                min(coalesce(col("priority_date"), col("filing_date"))).as("priority_date"),
                min("grant_date").as("grant_date"),
                max("term_extension_days").as("term_extension_days"),
                max("claim_count").as("claim_count"),
                first("family_id", true).as("family_id"),
                array_distinct(flatten(collect_list(col("codes")))).as("codes"),
                collect_list(col("app")).as("apps"));

        Column ownerList = col("latest.owner_list");
        Column firstOwner = OwnerColumns.first(ownerList);
        units = units.select(
                col("unit"), col("latest.pub_id").as("pub_id"),
                col("latest.title_zh").as("title_zh"), col("latest.title_en").as("title_en"),
                col("latest.office").as("office"), col("latest.patent_type").as("patent_type"),
                col("filing_date"), year(col("filing_date")).as("filing_year"),
                year(col("priority_date")).as("priority_year"),
                col("grant_date"), year(col("grant_date")).as("grant_year"),
                firstOwner.getField("name").as("owner_name"),
                firstOwner.getField("type").as("owner_type"),
                firstOwner.getField("country").as("owner_country"),
                firstOwner.getField("region_code").as("owner_region"),
                // Owners as (name, type) pairs, each name once: the applicant tables count names, the
                // collaboration table pairs their types.
                array_distinct(filter(transform(ownerList, p -> struct(p.getField("name").as("name"),
                        p.getField("type").as("type"))), p -> p.getField("name").isNotNull())).as("parties"),
                col("latest.inventors").as("inventors"), col("claim_count"), col("term_extension_days"),
                array_distinct(transform(col("codes"), c -> substring(c, 1, 4))).as("subclasses"),
                array_distinct(filter(transform(col("codes"),
                        c -> regexp_extract(c, "^([A-H][0-9]{2}[A-Z][0-9]+)", 1)), c -> c.notEqual(""))).as("groups"),
                col("family_id"), col("apps"))
                .withColumn("owners", transform(col("parties"), p -> p.getField("name")))
                .withColumn("owner_types", transform(col("parties"), p -> p.getField("type")));

        units = units.join(citedBy(patents, pubs), "unit", "left")
                .withColumn("cited_by", coalesce(col("cited_by"), lit(0L)));
        units = units.join(families(patents), col("family_id").equalTo(col("f_family")), "left")
                .withColumn("family_size", coalesce(col("f_size"), lit(1L)))
                .withColumn("family_offices", coalesce(col("f_offices"), lit(1L)))
                .drop("f_family", "f_size", "f_offices");
        units = units.join(eventsPerUnit(spark, w, patents, pubs), "unit", "left");
        return withStatus(units, asOf);
    }

    /**
     * Forward citations: distinct other applications of the warehouse citing any publication of the unit.
     * {@code pubs} holds the units' publications ({@code unit}, {@code app}, {@code pub_id}, {@code country},
     * {@code number}); {@code patents} the warehouse's with {@code app}. Columns: {@code unit}, {@code cited_by}.
     */
    public static Dataset<Row> citedBy(Dataset<Row> patents, Dataset<Row> pubs) {
        Dataset<Row> cites = patents.select(col("app").as("citing"), explode(col("citations")).as("c"))
                .select(col("citing"), col("c.pub_id").as("cited"));
        // A citation names the publication with its kind (CN-101481674-B) or only the number (US-4287053).
        Dataset<Row> targets = pubs.select(col("unit"), col("app").as("target_app"), col("pub_id").as("cited"))
                .union(pubs.select(col("unit"), col("app").as("target_app"),
                        concat_ws("-", col("country"), col("number")).as("cited")))
                .distinct();
        return cites.join(targets, "cited")
                .filter(col("citing").notEqual(col("target_app")))
                .groupBy("unit").agg(countDistinct("citing").as("cited_by"));
    }

    /**
     * Simple families across the warehouse: {@code f_family}, applications {@code f_size} and offices
     * {@code f_offices} per family id ({@code patents} with {@code app}).
     */
    public static Dataset<Row> families(Dataset<Row> patents) {
        return patents.filter(col("family_id").isNotNull()).groupBy(col("family_id").as("f_family"))
                .agg(countDistinct("app").as("f_size"), countDistinct("country").as("f_offices"));
    }

    /** The unit's events up to any date (the status rule applies the as-of date), keyed by application. */
    private static Dataset<Row> eventsPerUnit(SparkSession spark, Warehouse w, Dataset<Row> patents, Dataset<Row> pubs) {
        Dataset<Row> events = spark.read().parquet(w.table(Warehouse.EVENTS));
        // The USPTO fee file names the patent (US-4287053) and its application; other sources the application.
        Dataset<Row> byPatentKey = patents.select(concat_ws("-", col("country"), col("number")).as("patent_key"),
                col("app").as("key_app")).distinct();
        Dataset<Row> keyed = events.join(byPatentKey, "patent_key", "left")
                .withColumn("event_app", coalesce(col("application_id"), col("key_app")))
                .select("event_app", "category", "event_date");
        Dataset<Row> appToUnit = pubs.select(col("app").as("event_app"), col("unit")).distinct();
        return keyed.join(appToUnit, "event_app").groupBy("unit")
                .agg(collect_list(struct(col("category"), col("event_date"))).as("events"));
    }

    /** Dates are LocalDate: PatNav's sessions turn on Spark's java.time API (SparkSessions). */
    private static Dataset<Row> withStatus(Dataset<Row> units, LocalDate asOf) {
        StructType schema = units.schema()
                .add("status", DataTypes.StringType, false)
                .add("status_since", DataTypes.DateType, true);
        int office = units.schema().fieldIndex("office");
        int type = units.schema().fieldIndex("patent_type");
        int filing = units.schema().fieldIndex("filing_date");
        int grant = units.schema().fieldIndex("grant_date");
        int extension = units.schema().fieldIndex("term_extension_days");
        int events = units.schema().fieldIndex("events");
        MapFunction<Row, Row> status = r -> {
            PatentTerms terms = Holder.TERMS;
            LocalDate filed = r.isNullAt(filing) ? null : r.getLocalDate(filing);
            LocalDate granted = r.isNullAt(grant) ? null : r.getLocalDate(grant);
            LocalDate lastDay = terms.lastDay(r.getString(office), r.getString(type), filed, granted,
                    r.isNullAt(extension) ? null : r.getInt(extension)).orElse(null);
            List<LegalStatus.Event> list = new ArrayList<>();
            if (!r.isNullAt(events)) {
                for (Row e : r.<Row>getList(events)) {
                    list.add(new LegalStatus.Event(e.getString(0), e.isNullAt(1) ? null : e.getLocalDate(1)));
                }
            }
            LegalStatus.Outcome o = LegalStatus.of(asOf, granted, lastDay, list);
            Object[] values = new Object[r.size() + 2];
            for (int i = 0; i < r.size(); i++) {
                values[i] = r.get(i);
            }
            values[r.size()] = o.status().id();
            values[r.size() + 1] = o.since();
            return RowFactory.create(values);
        };
        return units.map(status, Encoders.row(schema)).drop("events", "apps", "term_extension_days");
    }

    /** One rule table per executor JVM. */
    private static final class Holder {
        static final PatentTerms TERMS = PatentTerms.defaults();
    }

    /** Units whose filing year is within [from, to] (either may be null). */
    static Dataset<Row> withinYears(Dataset<Row> units, Integer from, Integer to) {
        Dataset<Row> u = units;
        if (from != null) {
            u = u.filter(col("filing_year").geq(from));
        }
        if (to != null) {
            u = u.filter(col("filing_year").leq(to));
        }
        return u;
    }

}
