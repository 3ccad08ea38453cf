package org.patnav.jobs.watchlist;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.jobs.landscape.LandscapeUnits;
import org.patnav.jobs.navigate.NavigateJob;
import org.patnav.jobs.warehouse.OwnerColumns;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.InputTable;

/**
 * What the fee engine assesses, one row per patent: each application of the warehouse (its grant
 * publication, else its latest), and each patent known only from fee events (the USPTO fee file names
 * patents PatNav may hold no document of). Built in Spark; nothing comes to the driver.
 *
 * <p>Columns: {@code subject} (application id, or the patent key of an event-only patent), {@code pub_id},
 * {@code pub_ids}, {@code office}, {@code patent_type}, {@code title}, {@code filing_date},
 * {@code grant_date}, {@code original_grant_date} (a reissue's original patent's grant, MPEP 2506),
 * {@code term_extension_days}, {@code entity_status}, {@code claim_count},
 * {@code owner}, {@code owner_type}, {@code owner_country}, {@code region_code}, {@code owner_names},
 * {@code owner_regions} (every current owner's division, where known), {@code application_number} (as the
 * office writes it; none for event-only patents),
 * {@code cited_by}, {@code family_offices}, {@code sectors}, {@code events}
 * (category, code, event_date, fee_year, entity_status), {@code known_from} ({@code patents} or
 * {@code fee_events}), {@code reduction} ({@code none}, {@code single}, {@code joint}),
 * {@code priority_date} (earliest of the application's publications), {@code pct_number} (the
 * international application an application comes from, when a publication names one).
 *
 * <p>The indicators job assesses the same subjects with the same engine, so "valid" means one thing.
 */
public final class WatchlistSubjects {

    static final String FROM_PATENTS = "patents";
    static final String FROM_FEE_EVENTS = "fee_events";

    private WatchlistSubjects() {
    }

    public static Dataset<Row> build(SparkSession spark, Warehouse w) throws IOException {
        return build(spark, w, Map.of());
    }

    /**
     * @param reductions CN fee reductions the data states (专利收费减缴办法), by publication or application id:
     *                   {@code single} or {@code joint}; every other patent pays the full fee
     */
    static Dataset<Row> build(SparkSession spark, Warehouse w, Map<String, String> reductions) throws IOException {
        Dataset<Row> patents = spark.read().parquet(w.table(Warehouse.PATENTS))
                .withColumn("app", coalesce(col("application_id"), col("pub_id")));
        if (!List.of(patents.columns()).contains("original_grant_date")) {
            // A warehouse ingested before the column existed: its reissues' originals are unknown.
            patents = patents.withColumn("original_grant_date", lit(null).cast(DataTypes.DateType));
        }
        // The grant publication speaks for the patent; before a grant, the latest publication.
        Column order = struct(when(col("grant_date").isNotNull(), 1).otherwise(0), col("publication_date"));
        Column owners = OwnerColumns.currentOwners();
        Column latest = struct(col("pub_id"), coalesce(col("title").getItem("zh"), col("title").getItem("en")).as("title"),
                owners.as("owner_list"), OwnerColumns.allOwners().as("named_list"), col("country").as("office"),
                col("patent_type"));
        Dataset<Row> apps = patents.groupBy("app").agg(
                max_by(latest, order).as("latest"),
                collect_set("pub_id").as("pub_ids"),
                min("filing_date").as("filing_date"),
                min("grant_date").as("grant_date"),
                min("original_grant_date").as("original_grant_date"),
                max("term_extension_days").as("term_extension_days"),
                max("claim_count").as("claim_count"),
                max("application_number").as("application_number"),
                first("family_id", true).as("family_id"),
                min("priority_date").as("priority_date"),
                // The EPO's 31-month rule for Euro-PCT applications needs to know it came from a PCT filing.
                max("pct_number").as("pct_number"),
                max(when(col("entity_status").isNotNull(), struct(col("publication_date"), col("entity_status"))))
                        .getField("entity_status").as("entity_status"));
        Column owner = OwnerColumns.first(col("latest.owner_list"));
        // A current owner (当前权利人) is often given by name alone; its region then comes from the same party
        // named as applicant or assignee with an address (a different name means the patent changed hands).
        Column named = OwnerColumns.first(col("latest.named_list"));
        apps = apps.select(col("app").as("subject"), col("latest.pub_id").as("pub_id"), col("pub_ids"),
                col("latest.office").as("office"), col("latest.patent_type").as("patent_type"),
                col("latest.title").as("title"), col("filing_date"), col("grant_date"), col("original_grant_date"),
                col("term_extension_days"),
                col("entity_status"), col("claim_count"), col("application_number"), col("family_id"), col("priority_date"), col("pct_number"),
                owner.getField("name").as("owner"), coalesce(owner.getField("type"), named.getField("type")).as("owner_type"),
                coalesce(owner.getField("country"), when(owner.getField("name").equalTo(named.getField("name")),
                        named.getField("country"))).as("owner_country"),
                coalesce(owner.getField("region_code"), when(owner.getField("name").equalTo(named.getField("name")),
                        named.getField("region_code"))).as("region_code"),
                transform(col("latest.owner_list"), p -> p.getField("name")).as("owner_names"),
                filter(transform(col("latest.owner_list"), p -> p.getField("region_code")), c -> c.isNotNull())
                        .as("owner_regions"));

        Dataset<Row> pubs = patents.select(col("app").as("unit"), col("app"), col("pub_id"), col("country"), col("number"));
        apps = apps.join(LandscapeUnits.citedBy(patents, pubs).withColumnRenamed("unit", "subject"), "subject", "left")
                .withColumn("cited_by", coalesce(col("cited_by"), lit(0L)))
                .join(LandscapeUnits.families(patents), col("family_id").equalTo(col("f_family")), "left")
                .withColumn("family_offices", coalesce(col("f_offices"), lit(1L)))
                .drop("f_family", "f_size", "f_offices", "family_id");
        apps = apps.join(sectors(spark, w), "subject", "left")
                .withColumn("sectors", coalesce(col("sectors"), array().cast("array<string>")));

        Dataset<Row> events = keyedEvents(spark, w, patents);
        Dataset<Row> perSubject = events.groupBy("subject").agg(collect_list(struct(col("category"), col("code"),
                col("event_date"), col("fee_year"), col("entity_status"))).as("events"));
        Dataset<Row> fromPatents = apps.join(perSubject, "subject", "left")
                .withColumn("events", coalesce(col("events"), array().cast(perSubject.schema().apply("events").dataType())))
                .withColumn("known_from", lit(FROM_PATENTS));

        // Patents known only from fee events: their events name no publication or application PatNav holds.
        Dataset<Row> orphans = events.join(apps.select("subject"), events.col("subject").equalTo(apps.col("subject")), "left_anti");
        Dataset<Row> fromEvents = orphans.groupBy("subject").agg(
                        first("country").as("office"),
                        first("patent_key", true).as("patent_key"),
                        min("filing_date").as("filing_date"), min("grant_date").as("grant_date"),
                        max_by(col("entity_status"), col("event_date")).as("entity_status"),
                        collect_list(struct(col("category"), col("code"), col("event_date"), col("fee_year"),
                                col("entity_status"))).as("events"))
                // The patent number names it (US-10249999), else whatever the events name.
                .withColumn("pub_id", coalesce(col("patent_key"), col("subject")))
                .withColumn("pub_ids", array(col("pub_id")))
                // The USPTO fee file covers utility and reissue patents; reissue numbers start with RE.
                .withColumn("patent_type", when(col("pub_id").startsWith("US-RE"), "reissue").otherwise("invention"))
                .drop("patent_key")
                .withColumn("known_from", lit(FROM_FEE_EVENTS));
        Dataset<Row> all = fromPatents.unionByName(fromEvents, true);
        if (reductions.isEmpty()) {
            return all.withColumn("reduction", lit("none"));
        }
        Dataset<Row> stated = spark.createDataFrame(reductions.entrySet().stream()
                        .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(),
                new StructType().add("r_id", DataTypes.StringType).add("r_reduction", DataTypes.StringType));
        Dataset<Row> byId = all.select(col("subject").as("r_subject"), explode(array_union(col("pub_ids"), array(col("subject"))))
                .as("r_id")).join(stated, "r_id").groupBy("r_subject").agg(first("r_reduction").as("r_reduction"));
        return all.join(byId, col("subject").equalTo(col("r_subject")), "left")
                .withColumn("reduction", coalesce(col("r_reduction"), lit("none"))).drop("r_subject", "r_reduction");
    }

    /**
     * Reads a reductions file: CSV with header {@code id,reduction}, {@code id} a publication or application
     * id, {@code reduction} {@code single} (85% off) or {@code joint} (70% off). A bad line is an error naming it.
     */
    static Map<String, String> readReductions(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (InputTable.Row r : InputTable.read(file, List.of("id", "reduction"))) {
            String id = r.optional("id");
            String reduction = r.optional("reduction");
            String normalised = reduction == null ? "" : reduction.toLowerCase(java.util.Locale.ROOT);
            if (id == null || !(normalised.equals("single") || normalised.equals("joint"))) {
                throw r.error("expected an id and single or joint, found '" + (id == null ? "" : id) + ","
                        + (reduction == null ? "" : reduction) + "'");
            }
            out.put(id, normalised);
        }
        return out;
    }

    /**
     * Events with the subject they belong to: the application of the patent the event names (USPTO fee
     * events name the patent, CN exports the publication), else the event's own application id, else
     * the patent key (an event-only patent).
     */
    private static Dataset<Row> keyedEvents(SparkSession spark, Warehouse w, Dataset<Row> patents) {
        Dataset<Row> events = spark.read().parquet(w.table(Warehouse.EVENTS));
        Dataset<Row> byPatentKey = patents.select(concat_ws("-", col("country"), col("number")).as("patent_key"),
                col("app").as("key_app")).distinct();
        Dataset<Row> byPub = patents.select(col("pub_id").as("ev_pub"), col("app").as("pub_app"));
        return events.join(byPatentKey, "patent_key", "left")
                .join(byPub, events.col("pub_id").equalTo(byPub.col("ev_pub")), "left")
                .withColumn("subject", coalesce(col("key_app"), col("pub_app"), col("application_id"), col("patent_key"),
                        events.col("pub_id")))
                .select(col("subject"), col("patent_key"), col("country"), col("category"), col("code"), col("event_date"),
                        col("fee_year"), col("entity_status"), col("filing_date"), col("grant_date"));
    }

    /** The sectors each application belongs to; none when navigate has not run. */
    private static Dataset<Row> sectors(SparkSession spark, Warehouse w) throws IOException {
        if (!w.hasTable(NavigateJob.SECTORS)) {
            return spark.createDataFrame(List.of(), new StructType()
                    .add("subject", DataTypes.StringType).add("sectors", DataTypes.createArrayType(DataTypes.StringType)));
        }
        return spark.read().parquet(w.table(NavigateJob.SECTORS))
                .groupBy(coalesce(col("application_id"), col("pub_id")).as("subject"))
                .agg(collect_set("sector").as("sectors"));
    }

    /** Subjects inside the scope of the options: region prefix, owners (normalised names), sector. */
    static Dataset<Row> scoped(Dataset<Row> subjects, String regionPrefix, List<String> owners, String sector) {
        Dataset<Row> s = subjects;
        if (regionPrefix != null) {
            s = s.filter(col("region_code").startsWith(regionPrefix));
        }
        if (!owners.isEmpty()) {
            ApplicantNames names = ApplicantNames.defaults();
            Column wanted = array(owners.stream().map(n -> lit(names.normalise(n))).toArray(Column[]::new));
            s = s.filter(arrays_overlap(col("owner_names"), wanted));
        }
        if (sector != null) {
            s = s.filter(array_contains(col("sectors"), sector));
        }
        return s;
    }
}
