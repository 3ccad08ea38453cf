package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
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
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.InputTable;

/**
 * What the fee engine assesses, one row per patent: each application of the warehouse (its grant
 * publication, else its latest), and each patent known only from fee events (the USPTO fee file names
 * patents PatNav may hold no document of). Built in Spark from the fact table ({@link ApplicationFacts});
 * nothing comes to the driver.
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
 * international application an application comes from, when a publication names one), {@code ipc},
 * {@code text} (CNIPA inventions only) and {@code family_grants} for the CNIPA high-value classifier (null
 * for event-only patents).
 *
 * <p>The indicators job assesses the same subjects with the same engine, so "valid" means one thing.
 */
public final class FeeSubjects {

    public static final String FROM_PATENTS = "patents";
    public static final String FROM_FEE_EVENTS = "fee_events";

    private FeeSubjects() {
    }

    public static Dataset<Row> build(SparkSession spark, Warehouse w) throws IOException {
        return build(spark, w, Map.of());
    }

    /**
     * @param reductions CN fee reductions the data states (专利收费减缴办法), by publication or application id:
     *                   {@code single} or {@code joint}; every other patent pays the full fee
     */
    public static Dataset<Row> build(SparkSession spark, Warehouse w, Map<String, String> reductions) throws IOException {
        // The fact table's applications, the holder publication speaking for each (ApplicationFacts).
        Dataset<Row> fromPatents = ApplicationFacts.read(spark, w).select(col("app").as("subject"),
                        col("holder_pub_id").as("pub_id"), col("pub_ids"), col("holder_office").as("office"),
                        col("holder_patent_type").as("patent_type"), col("holder_title").as("title"), col("filing_date"),
                        col("grant_date"), col("original_grant_date"), col("term_extension_days"), col("entity_status"),
                        col("claim_count"), col("application_number"), col("priority_date"), col("pct_number"),
                        col("holder_name").as("owner"), col("holder_type").as("owner_type"),
                        col("holder_country").as("owner_country"), col("holder_region").as("region_code"),
                        col("holder_names").as("owner_names"), col("holder_regions").as("owner_regions"),
                        size(col("citing")).cast("long").as("cited_by"), col("family_offices"), col("sectors"), col("events"),
                        // What the CNIPA high-value classifier reads besides: only CNIPA inventions can qualify.
                        col("ipc"), when(col("holder_office").equalTo("CN").and(col("holder_patent_type").equalTo("invention")),
                                col("text")).as("text"), col("family_grants"))
                .withColumn("known_from", lit(FROM_PATENTS));

        // Patents known only from fee events: their events name no publication or application PatNav holds.
        Dataset<Row> events = ApplicationFacts.keyedEvents(spark, w, ApplicationFacts.publications(spark, w));
        Dataset<Row> orphans = events.join(fromPatents.select("subject"),
                events.col("app").equalTo(fromPatents.col("subject")), "left_anti");
        Dataset<Row> fromEvents = orphans.groupBy(col("app").as("subject")).agg(
                        first("country").as("office"),
                        first("patent_key", true).as("patent_key"),
                        min("filing_date").as("filing_date"), min("grant_date").as("grant_date"),
                        max_by(col("entity_status"), col("event_date")).as("entity_status"),
                        ApplicationFacts.sortedEvents().as("events"))
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
    public static Map<String, String> readReductions(Path file) throws IOException {
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

    /** Subjects inside the scope of the options: region prefix, owners (normalised names), sector. */
    public static Dataset<Row> scoped(Dataset<Row> subjects, String regionPrefix, List<String> owners, String sector) {
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
