package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.model.ApplicationFact;

/**
 * The landscape's driver-side read of the fact table against Spark's read of the same files: the same
 * applications of each sector, and every field the same, nested lists of structs and nulls included.
 */
class FactFilesTest {

    @TempDir
    Path tmp;

    @Test
    void everySectorReadsAsSparkReadsIt() throws IOException {
        SparkSession spark = SharedSpark.get();
        Warehouse w = new Warehouse(SampleWarehouse.get().warehouse.toString(), spark.sparkContext().hadoopConfiguration());
        int compared = 0;
        int withText = 0;
        int withEvents = 0;
        for (String sector : SectorMembership.sectorIds(w)) {
            Map<String, Row> spark_ = ApplicationFacts.stored(spark, w).filter(array_contains(col("sectors"), sector))
                    .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("app"), Function.identity()));
            List<ApplicationFact> facts = FactFiles.sector(w, sector);
            assertThat(facts).as(sector).hasSize(spark_.size()).isNotEmpty();
            for (ApplicationFact f : facts) {
                Row r = spark_.get(f.app());
                assertThat(r).as(sector + " " + f.app()).isNotNull();
                assertThat(view(f)).as(f.app()).isEqualTo(view(r));
                compared++;
                withText += f.text() == null ? 0 : 1;
                withEvents += f.events().isEmpty() ? 0 : 1;
            }
        }
        assertThat(withText).as("facts with their text (CNIPA inventions)").isPositive().isLessThan(compared);
        assertThat(withEvents).as("facts with events").isPositive();
    }

    @Test
    void aFactTableWithoutAColumnIsAClearError() throws IOException {
        SparkSession spark = SharedSpark.get();
        Path copy = SampleWarehouse.get().copy(tmp.resolve("w"));
        Warehouse w = new Warehouse(copy.toString(), spark.sparkContext().hadoopConfiguration());
        Path facts = Path.of(w.table(ApplicationFacts.TABLE).replaceFirst("^file:", ""));
        spark.read().parquet(facts.toString()).drop("citing").write().parquet(tmp.resolve("older").toString());
        try (var parts = Files.list(facts)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
                Files.delete(p);
            }
        }
        try (var parts = Files.list(tmp.resolve("older"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
                Files.move(p, facts.resolve(p.getFileName()));
            }
        }
        assertThatThrownBy(() -> FactFiles.sector(w, "tcm")).hasMessageContaining("has no column citing")
                .hasMessageContaining("run ./patnav navigate");
    }

    @Test
    void aRowGroupIsSkippedOnlyWhenItsSectorsRangeLeavesTheSectorOut() {
        assertThat(FactFiles.mayHold(sectors("equipment", "equipment", 0), "tcm")).as("equipment only").isFalse();
        assertThat(FactFiles.mayHold(sectors("new-energy", "tcm", 0), "tcm")).as("up to tcm").isTrue();
        assertThat(FactFiles.mayHold(sectors("equipment", "new-energy", 3), "new-energy")).isTrue();
        assertThat(FactFiles.mayHold(sectors("equipment", "tcm", 0), "new-energy")).as("inside the range").isTrue();
        assertThat(FactFiles.mayHold(sectors("tcm", "tcm", 0), "equipment")).isFalse();
        // Rows in no sector: the column has only nulls (empty lists), so no sector is there.
        Statistics<?> none = Statistics.getBuilderForReading(SECTOR_ELEMENT).withNumNulls(40).build();
        assertThat(FactFiles.mayHold(none, "tcm")).isFalse();
        // No statistics written (another writer, or too long values): the row group must be read.
        assertThat(FactFiles.mayHold(null, "tcm")).isTrue();
        assertThat(FactFiles.mayHold(Statistics.getBuilderForReading(SECTOR_ELEMENT).build(), "tcm")).isTrue();
    }

    private static final PrimitiveType SECTOR_ELEMENT = Types.optional(PrimitiveType.PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType()).named("element");

    private static Statistics<?> sectors(String min, String max, long nulls) {
        return Statistics.getBuilderForReading(SECTOR_ELEMENT).withMin(Binary.fromString(min).getBytes())
                .withMax(Binary.fromString(max).getBytes()).withNumNulls(nulls).build();
    }

    /** The fields the landscape reads, of a fact; the text as the landscape keeps it (CNIPA inventions only). */
    private static List<Object> view(ApplicationFact f) {
        return List.of(String.valueOf(f.pubId()), String.valueOf(f.titleZh()), String.valueOf(f.titleEn()),
                String.valueOf(f.office()), String.valueOf(f.patentType()), String.valueOf(f.publicationDate()),
                String.valueOf(f.filingDate()), String.valueOf(f.priorityDate()), String.valueOf(f.earliestDate()),
                String.valueOf(f.grantDate()), String.valueOf(f.originalGrantDate()),
                String.valueOf(f.termExtensionDays()), String.valueOf(f.claimCount()), String.valueOf(f.familyId()),
                String.valueOf(f.pctNumber()), String.valueOf(f.entityStatus()),
                f.applicants().stream().map(o -> o == null ? "null"
                        : o.name() + "|" + o.type() + "|" + o.country() + "|" + o.regionCode()).toList(),
                String.valueOf(f.inventors()), String.valueOf(f.ipc()), String.valueOf(f.text()),
                String.valueOf(f.holderPubId()), String.valueOf(f.holderOffice()), String.valueOf(f.holderPatentType()),
                String.valueOf(f.holderCountry()), String.valueOf(f.holderRegion()), String.valueOf(f.citing()),
                f.familySize(), f.familyOffices(),
                f.familyGrants().stream().map(g -> g.pubId() + "|" + g.office() + "|" + g.grantDate()).toList(),
                String.valueOf(f.sectors()),
                f.events().stream().map(e -> e.category() + "|" + e.code() + "|" + e.date() + "|" + e.feeYear() + "|"
                        + e.entityStatus()).toList());
    }

    /** The same fields of Spark's row, by name. */
    private static List<Object> view(Row r) {
        boolean cnInvention = "CN".equals(r.getAs("holder_office")) && "invention".equals(r.getAs("holder_patent_type"));
        return List.of(s(r, "pub_id"), s(r, "title_zh"), s(r, "title_en"), s(r, "office"), s(r, "patent_type"),
                s(r, "publication_date"), s(r, "filing_date"), s(r, "priority_date"), s(r, "earliest_date"),
                s(r, "grant_date"), s(r, "original_grant_date"), s(r, "term_extension_days"), s(r, "claim_count"),
                s(r, "family_id"), s(r, "pct_number"), s(r, "entity_status"),
                structs(r, "applicants", "name", "type", "country", "region_code"),
                s(r, "inventors"), s(r, "ipc"), cnInvention ? s(r, "text") : "null", s(r, "holder_pub_id"),
                s(r, "holder_office"), s(r, "holder_patent_type"), s(r, "holder_country"), s(r, "holder_region"),
                s(r, "citing"), r.<Long>getAs("family_size"), r.<Long>getAs("family_offices"),
                structs(r, "family_grants", "pub_id", "office", "grant_date"), s(r, "sectors"),
                structs(r, "events", "category", "code", "event_date", "fee_year", "entity_status"));
    }

    private static String s(Row r, String field) {
        Object v = r.getAs(field);
        return v instanceof scala.collection.Seq<?> seq ? String.valueOf(scala.jdk.javaapi.CollectionConverters.asJava(seq))
                : String.valueOf(v);
    }

    private static List<String> structs(Row r, String field, String... names) {
        List<String> out = new ArrayList<>();
        for (Row e : r.<Row>getList(r.fieldIndex(field))) {
            out.add(e == null ? "null" : java.util.Arrays.stream(names).map(n -> String.valueOf((Object) e.getAs(n)))
                    .collect(Collectors.joining("|")));
        }
        return out;
    }
}
