package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.patnav.navigate.TechnicalEffects;

/**
 * The fact table: one row per application of the warehouse with everything the analyses read (the
 * landscape, the watchlist, the indicators, navigation), so that each reads {@code facts} and none
 * re-derives owners, citations, families or events from {@code patents}. A publication without an
 * application id stands for its own application. Columns and rules: {@code docs/model.md}, section
 * {@code facts}.
 *
 * <p>Two publications speak for an application. The <em>latest</em> publication names the applicants the
 * landscape counts (the applicants as last published) and gives title, office and type; the
 * <em>holder</em> publication, the grant publication where there is one, names who holds the patent now
 * (CN 当前权利人) and so who pays its fees: the watchlist's and the indicators' owner.
 */
public final class ApplicationFacts {

    public static final String TABLE = "facts";
    public static final String MANIFEST = "_facts.json";

    /** The columns of {@code patents} the facts read: {@code patents} is scanned for these only. */
    private static final List<String> PATENT_COLUMNS = List.of("pub_id", "application_id", "country", "number",
            "publication_date", "application_number", "filing_date", "priority_date", "patent_type", "grant_date",
            "original_grant_date", "family_id", "title", "abstract", "claims", "claim_count", "ipc", "cpc", "applicants",
            "assignees", "owners", "inventors", "citations", "entity_status", "term_extension_days", "pct_number");

    private ApplicationFacts() {
    }

    /**
     * Whether the stored facts were built from the warehouse's current snapshot and sector membership:
     * a fact table left from an earlier ingest or navigate run is not read as if it were current.
     */
    public static boolean current(Warehouse w) throws IOException {
        JsonNode m = manifest(w);
        if (m.isMissingNode()) {
            return false;
        }
        String sectors = SectorMembership.built(w);
        return m.path("snapshot_id").asText("").equals(w.snapshotId().orElse(null))
                && m.path("sectors_built").asText("").equals(sectors == null ? "" : sectors);
    }

    /** The manifest of the stored facts; a missing node when there are none. */
    private static JsonNode manifest(Warehouse w) throws IOException {
        Path file = new Path(w.table(TABLE), MANIFEST);
        if (!w.fileSystem().exists(file)) {
            return new ObjectMapper().missingNode();
        }
        try (InputStream in = w.fileSystem().open(file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The stored facts when they are current ({@link #current}), else built now from the warehouse (not stored). */
    public static Dataset<Row> read(SparkSession spark, Warehouse w) throws IOException {
        return current(w) ? stored(spark, w) : build(spark, w, publications(spark, w));
    }

    /**
     * The stored facts, read with the schema {@code _facts.json} records: Spark then runs no job of its own
     * to infer it from the Parquet footers (a second or more of a short command's time).
     */
    public static Dataset<Row> stored(SparkSession spark, Warehouse w) throws IOException {
        JsonNode schema = manifest(w).path("schema");
        return schema.isTextual() ? spark.read().schema((StructType) DataType.fromJson(schema.asText())).parquet(w.table(TABLE))
                : spark.read().parquet(w.table(TABLE));
    }

    /**
     * The publications of {@code patents} with what the facts read, keyed by {@code app}. The caller may
     * persist it: {@link #build} uses it four times (applications, citations, families, event keys).
     */
    public static Dataset<Row> publications(SparkSession spark, Warehouse w) {
        Dataset<Row> patents = w.read(spark, Warehouse.PATENTS);
        if (!List.of(patents.columns()).contains("original_grant_date")) {
            // A warehouse ingested before the column existed: its reissues' originals are unknown.
            patents = patents.withColumn("original_grant_date", lit(null).cast(DataTypes.DateType));
        }
        return patents.select(PATENT_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new))
                .withColumn("app", coalesce(col("application_id"), col("pub_id")));
    }

    /** One row per application: {@code publications} (see {@link #publications}), the events, the sectors. */
    public static Dataset<Row> build(SparkSession spark, Warehouse w, Dataset<Row> publications) throws IOException {
        Column latestOrder = coalesce(col("publication_date"), lit(Date.valueOf("1900-01-01")));
        Column latest = struct(col("pub_id"), col("title").getItem("zh").as("title_zh"),
                col("title").getItem("en").as("title_en"), col("country").as("office"), col("patent_type"),
                OwnerColumns.allOwners().as("applicants"),
                transform(col("inventors"), p -> p.getField("name")).as("inventors"),
                // Title and abstract in every language: the SEI concordance matches keywords in them.
                concat_ws(" ", col("title").getItem("zh"), col("title").getItem("en"),
                        col("abstract").getItem("zh"), col("abstract").getItem("en")).as("text"),
                // Where the technical effects are stated: the abstract, and the first claim (claims are
                // joined one per line; CN exports give the first claim alone).
                concat_ws("\n", col("abstract").getItem("zh"), col("abstract").getItem("en")).as("abstract"),
                coalesce(split(col("claims").getItem("zh"), "\n", 2).getItem(0),
                        split(col("claims").getItem("en"), "\n", 2).getItem(0)).as("first_claim"));
        // The grant publication speaks for the patent's holder; before a grant, the latest publication.
        Column holderOrder = struct(when(col("grant_date").isNotNull(), 1).otherwise(0), col("publication_date"));
        Column holder = struct(col("pub_id"), coalesce(col("title").getItem("zh"), col("title").getItem("en")).as("title"),
                OwnerColumns.currentOwners().as("owners"), OwnerColumns.allOwners().as("named"),
                col("country").as("office"), col("patent_type"));
        Dataset<Row> apps = publications.groupBy("app").agg(
                max_by(latest, latestOrder).as("latest"),
                max_by(holder, holderOrder).as("holder"),
                sort_array(collect_set("pub_id")).as("pub_ids"),
                max("publication_date").as("publication_date"),
                min("filing_date").as("filing_date"),
                min("priority_date").as("priority_date"),
                min(coalesce(col("priority_date"), col("filing_date"))).as("earliest_date"),
                min("grant_date").as("grant_date"),
                min("original_grant_date").as("original_grant_date"),
                max("term_extension_days").as("term_extension_days"),
                max("claim_count").as("claim_count"),
                max("application_number").as("application_number"),
                min("family_id").as("family_id"),
                // The EPO's 31-month rule for Euro-PCT applications needs to know it came from a PCT filing.
                max("pct_number").as("pct_number"),
                max(when(col("entity_status").isNotNull(), struct(col("publication_date"), col("entity_status"))))
                        .getField("entity_status").as("entity_status"),
                array_sort(array_distinct(flatten(collect_list(transform(col("ipc"), c -> c.getField("code")))))).as("ipc"),
                array_sort(array_distinct(flatten(collect_list(transform(col("cpc"), c -> c.getField("code")))))).as("cpc"));

        Column first = OwnerColumns.first(col("holder.owners"));
        // A current owner (当前权利人) is often given by name alone; its region then comes from the same party
        // named as applicant or assignee with an address (a different name means the patent changed hands).
        Column named = OwnerColumns.first(col("holder.named"));
        Column sameParty = first.getField("name").equalTo(named.getField("name"));
        apps = apps.select(col("app"), col("latest.pub_id").as("pub_id"), col("pub_ids"),
                col("latest.title_zh").as("title_zh"), col("latest.title_en").as("title_en"),
                col("latest.office").as("office"), col("latest.patent_type").as("patent_type"),
                col("publication_date"), col("filing_date"), col("priority_date"), col("earliest_date"), col("grant_date"),
                col("original_grant_date"), col("term_extension_days"), col("claim_count"), col("application_number"),
                col("family_id"), col("pct_number"), col("entity_status"),
                col("latest.applicants").as("applicants"), col("latest.inventors").as("inventors"),
                col("ipc"), col("cpc"), col("latest.text").as("text"),
                udf(new StatedEffects(TechnicalEffects.shipped().all()), DataTypes.createArrayType(DataTypes.StringType))
                        .apply(col("latest.abstract"), col("latest.first_claim")).as("effects"),
                col("holder.pub_id").as("holder_pub_id"), col("holder.title").as("holder_title"),
                col("holder.office").as("holder_office"), col("holder.patent_type").as("holder_patent_type"),
                first.getField("name").as("holder_name"),
                coalesce(first.getField("type"), named.getField("type")).as("holder_type"),
                coalesce(first.getField("country"), when(sameParty, named.getField("country"))).as("holder_country"),
                coalesce(first.getField("region_code"), when(sameParty, named.getField("region_code"))).as("holder_region"),
                transform(col("holder.owners"), p -> p.getField("name")).as("holder_names"),
                filter(transform(col("holder.owners"), p -> p.getField("region_code")), c -> c.isNotNull())
                        .as("holder_regions"));

        Dataset<Row> citing = citingApplications(publications);
        Dataset<Row> families = families(publications);
        Dataset<Row> events = eventsPerApplication(keyedEvents(spark, w, publications));
        Dataset<Row> sectors = sectors(spark, w);
        Dataset<Row> branches = branches(spark, w);
        StructType eventType = (StructType) ((ArrayType) events.schema().apply("events").dataType()).elementType();
        StructType grantType = (StructType) ((ArrayType) families.schema().apply("f_grants").dataType()).elementType();
        return apps.join(citing, "app", "left")
                .withColumn("citing", coalesce(col("citing"), array().cast("array<string>")))
                .join(families, col("family_id").equalTo(col("f_family")), "left")
                .withColumn("family_size", coalesce(col("f_size"), lit(1L)))
                .withColumn("family_offices", coalesce(col("f_offices"), lit(1L)))
                .withColumn("family_grants", coalesce(col("f_grants"), array().cast(DataTypes.createArrayType(grantType))))
                .drop("f_family", "f_size", "f_offices", "f_grants")
                .join(events, "app", "left")
                .withColumn("events", coalesce(col("events"), array().cast(DataTypes.createArrayType(eventType))))
                .join(sectors, "app", "left")
                .withColumn("sectors", coalesce(col("sectors"), array().cast("array<string>")))
                .join(branches, "app", "left")
                .withColumn("branches", coalesce(col("branches"), array().cast("array<string>")));
    }

    /**
     * Forward citations inside the warehouse: per application, the other applications citing any of its
     * publications. A citation names the publication with its kind (CN-101481674-B) or only the number
     * (US-4287053).
     */
    private static Dataset<Row> citingApplications(Dataset<Row> publications) {
        Dataset<Row> cites = publications.select(col("app").as("citing_app"), explode(col("citations")).as("c"))
                .select(col("citing_app"), col("c.pub_id").as("cited"));
        Dataset<Row> targets = publications.select(col("app"), col("pub_id").as("cited"))
                .union(publications.select(col("app"), concat_ws("-", col("country"), col("number")).as("cited")))
                .distinct();
        return cites.join(targets, "cited")
                .filter(col("citing_app").notEqual(col("app")))
                .groupBy("app").agg(sort_array(collect_set("citing_app")).as("citing"));
    }

    /** Simple families across the warehouse: applications, offices and the grants of each family id. */
    private static Dataset<Row> families(Dataset<Row> publications) {
        Column grant = when(col("grant_date").isNotNull(),
                struct(col("pub_id"), col("country").as("office"), col("grant_date")));
        return publications.filter(col("family_id").isNotNull()).groupBy(col("family_id").as("f_family"))
                .agg(countDistinct("app").as("f_size"), countDistinct("country").as("f_offices"),
                        sort_array(collect_set(grant)).as("f_grants"));
    }

    /**
     * Events with the application they belong to: the application of the patent the event names (USPTO
     * fee events name the patent, CN exports the publication), else the event's own application id, else
     * the patent key or publication it names (a patent known only from fee events: no row of the facts).
     * Columns: {@code app}, {@code patent_key}, {@code country}, {@code category}, {@code code},
     * {@code event_date}, {@code fee_year}, {@code entity_status}, {@code filing_date}, {@code grant_date}.
     */
    public static Dataset<Row> keyedEvents(SparkSession spark, Warehouse w, Dataset<Row> publications) {
        Dataset<Row> events = w.read(spark, Warehouse.EVENTS);
        Dataset<Row> byPatentKey = publications.select(concat_ws("-", col("country"), col("number")).as("patent_key"),
                col("app").as("key_app")).distinct();
        Dataset<Row> byPub = publications.select(col("pub_id").as("ev_pub"), col("app").as("pub_app"));
        return events.join(byPatentKey, "patent_key", "left")
                .join(byPub, events.col("pub_id").equalTo(byPub.col("ev_pub")), "left")
                .withColumn("app", coalesce(col("key_app"), col("pub_app"), col("application_id"), col("patent_key"),
                        events.col("pub_id")))
                .select(col("app"), col("patent_key"), col("country"), col("category"), col("code"), col("event_date"),
                        col("fee_year"), col("entity_status"), col("filing_date"), col("grant_date"));
    }

    /** The events of each key, sorted by date and code so the column does not depend on partitioning. */
    public static Dataset<Row> eventsPerApplication(Dataset<Row> keyedEvents) {
        return keyedEvents.groupBy("app").agg(sortedEvents().as("events"));
    }

    /**
     * The aggregate of a group's events as the fee engine reads them (category, code, event_date, fee_year,
     * entity_status), sorted by date, code and category, so the column does not depend on partitioning.
     */
    public static Column sortedEvents() {
        return transform(sort_array(collect_list(struct(col("event_date"), col("code"), col("category"), col("fee_year"),
                        col("entity_status")))),
                e -> struct(e.getField("category").as("category"), e.getField("code").as("code"),
                        e.getField("event_date").as("event_date"), e.getField("fee_year").as("fee_year"),
                        e.getField("entity_status").as("entity_status")));
    }

    /**
     * The industry-chain branches each application is placed on ({@code W/chains}): {@code sector/branch},
     * and {@code sector/branch/sub-branch} for a sub-branch, sorted; none when navigate placed nothing.
     */
    private static Dataset<Row> branches(SparkSession spark, Warehouse w) throws IOException {
        if (!w.hasTable(ChainMembership.TABLE)) {
            return spark.createDataFrame(List.of(), new StructType()
                    .add("app", DataTypes.StringType).add("branches", DataTypes.createArrayType(DataTypes.StringType)));
        }
        Dataset<Row> placed = spark.read().parquet(w.table(ChainMembership.TABLE));
        Column branch = concat_ws("/", col("sector"), col("branch"));
        Column subBranch = when(col("sub_branch").isNotNull(), concat_ws("/", col("sector"), col("branch"), col("sub_branch")));
        return placed.select(col("application_key").as("app"), explode(array(branch, subBranch)).as("b"))
                .filter(col("b").isNotNull())
                .groupBy("app").agg(sort_array(collect_set("b")).as("branches"));
    }

    /** The sectors each application belongs to; none when navigate has not run. */
    private static Dataset<Row> sectors(SparkSession spark, Warehouse w) throws IOException {
        if (!w.hasTable(SectorMembership.TABLE)) {
            return spark.createDataFrame(List.of(), new StructType()
                    .add("app", DataTypes.StringType).add("sectors", DataTypes.createArrayType(DataTypes.StringType)));
        }
        return spark.read().parquet(w.table(SectorMembership.TABLE))
                .groupBy(coalesce(col("application_id"), col("pub_id")).as("app"))
                .agg(sort_array(collect_set("sector")).as("sectors"));
    }
}
