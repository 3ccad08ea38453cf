package org.patnav.jobs.navigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.warehouse.ChainMembership;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.cli.PatNav;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.navigate.IndustryChains;
import org.patnav.navigate.SectorScore;
import org.patnav.navigate.Sectors;
import picocli.CommandLine;

/** Sector membership on the sample world: counts, membership by application, explanations, evaluation. */
class NavigateJobTest {

    private final SparkSession spark = SharedSpark.get();
    private final SampleWarehouse sample = SampleWarehouse.get();

    @Test
    void countsPerSector() {
        assertThat(sample.navigate.counts()).containsExactly(
                new NavigateJob.SectorCount("tcm", "2026.1", 95, 115),
                new NavigateJob.SectorCount("equipment", "2026.1", 100, 114),
                new NavigateJob.SectorCount("new-energy", "2026.1", 121, 136));
        assertThat(Files.exists(sample.warehouse.resolve("sectors").resolve(SectorMembership.MANIFEST))).isTrue();
    }

    @Test
    void allPublicationsOfAnApplicationShareItsSectors() {
        // CN-117633471: the A publication and the B grant of one TCM invention application (herbal granules).
        List<Row> rows = spark.read().parquet(sample.warehouse.resolve("sectors").toString())
                .filter("application_id = 'CN-202118692196'").orderBy("pub_id")
                .selectExpr("pub_id", "sector", "sector_version", "matched_clauses", "matched_by").collectAsList();
        assertThat(rows).extracting(Row::toString).containsExactly(
                "[CN-117633471-A,tcm,2026.1,ArraySeq(herbal-preparations, tcm-therapy),"
                        + "ArraySeq(CN-117633471-A, CN-117633471-B)]",
                "[CN-117633471-B,tcm,2026.1,ArraySeq(herbal-preparations, tcm-therapy),"
                        + "ArraySeq(CN-117633471-A, CN-117633471-B)]");
    }

    @Test
    void perfectOnTheGeneratorsGroundTruth() {
        List<SectorScore> scores = SectorEvaluation.evaluate(spark,
                new Warehouse(sample.warehouse.toString(), spark.sparkContext().hadoopConfiguration()),
                sample.world.resolve("ground-truth.csv").toString(), "application_id", "sector",
                List.of("tcm", "equipment", "new-energy"));
        assertThat(scores).containsExactly(
                new SectorScore("tcm", 95, 0, 0),
                new SectorScore("equipment", 100, 0, 0),
                new SectorScore("new-energy", 121, 0, 0));
    }

    @Test
    void explainNamesTheClausesAndTermsThatMatch() {
        StringWriter out = new StringWriter();
        CommandLine cli = PatNav.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("navigate", "--warehouse", sample.warehouse.toString(), "--explain", "CN-117633471-B");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .startsWith("CN-117633471-B (application CN-202118692196, also published as CN-117633471-A)")
                .contains("tcm 2026.1: IN\n  + include herbal-preparations              ipc:A61K36\n")
                .contains("  + include tcm-therapy                      ipc:A61P, title:的中药, abstract:的中药, abstract:汤剂, "
                        + "title:herbal, abstract:herbal, abstract:decoct\n")
                .contains("equipment 2026.1: out\n")
                .contains("new-energy 2026.1: out\n");
    }

    @Test
    void searchPrintsOneJsonObjectWithTheExactTotal() {
        StringWriter out = new StringWriter();
        CommandLine cli = PatNav.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("search", "--warehouse", sample.warehouse.toString(), "title:中药 AND ipc:A61K36*",
                "--limit", "2", "--facets", "year", "--format", "json");
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("{\"query\":\"title:中药 AND ipc:A61K36*\",\"total\":14,\"hits\":[{\"pub_id\":\"CN-117261278-A\"")
                .contains("\"facets\":{\"year\":[{\"value\":\"2017\",\"count\":1},{\"value\":\"2018\",\"count\":1}");
    }

    @Test
    void theSectorsApplicationsArePlacedOnTheirIndustryChains() {
        // Per branch, its own matches and its sub-branches' (tcm's chain, chains/tcm.yaml): a branch counts
        // each application once however many clauses or sub-branches place it. Every branch of the sample
        // world has applications.
        assertThat(sample.navigate.branches()).filteredOn(b -> b.sector().equals("tcm"))
                .extracting(b -> b.segment() + " " + b.branch() + (b.subBranch() == null ? "" : "/" + b.subBranch())
                        + " " + b.applications())
                .containsExactly("upstream cultivation 10", "upstream cultivation/seedlings 3",
                        "upstream harvest-primary-processing 11", "midstream processing-decoction-pieces 31",
                        "midstream extraction-purification 17", "midstream proprietary-medicines 28",
                        "midstream proprietary-medicines/novel-dosage-forms 20", "midstream formula-granules 6",
                        "midstream quality-control 10", "midstream pharmaceutical-equipment 22",
                        "midstream pharmaceutical-equipment/material-processing-machinery 14",
                        "midstream pharmaceutical-equipment/extraction-equipment 3",
                        "midstream pharmaceutical-equipment/formulation-equipment 5", "downstream health-products 9",
                        "downstream health-products/foods-and-supplements 5", "downstream health-products/cosmetics 4",
                        "downstream veterinary-agricultural 7", "downstream veterinary-agricultural/veterinary-tcm 5",
                        "downstream veterinary-agricultural/agricultural-tcm 2");
        assertThat(sample.navigate.branches()).extracting(NavigateJob.BranchCount::sector).containsOnly("tcm",
                "equipment", "new-energy");
    }

    @Test
    void theChainPlacementIsScoredPerBranchOverTheLabelledApplicationsOfItsSector(@TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // An application on processing-decoction-pieces, labelled there and on a sub-branch of a branch it is not
        // placed on: a hit, a miss of that branch, and a false placement for each of its other branches.
        Warehouse w = new Warehouse(sample.warehouse.toString(), spark.sparkContext().hadoopConfiguration());
        var chains = spark.read().parquet(sample.warehouse.resolve(ChainMembership.TABLE).toString());
        String app = chains.filter("sector = 'tcm' AND branch = 'processing-decoction-pieces'")
                .orderBy("application_key").first().getAs("application_key");
        List<String> on = chains.filter("application_key = '" + app + "'").selectExpr("branch").distinct()
                .orderBy("branch").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        List<String> others = on.stream().filter(b -> !b.equals("processing-decoction-pieces")).toList();
        String missed = IndustryChains.shipped().stream().filter(c -> c.sector().equals("tcm")).findFirst().orElseThrow()
                .segments().stream().flatMap(s -> s.branches().stream()).map(b -> b.id()).filter(b -> !on.contains(b))
                .findFirst().orElseThrow();
        java.nio.file.Path labels = Files.writeString(dir.resolve("labels.csv"), "application_id,sector,chain_branches\n"
                + app + ",tcm,processing-decoction-pieces;" + missed + "/a-sub-branch\n");
        List<SectorScore> scores = ChainEvaluation.evaluate(spark, w, labels.toString(), "application_id", "sector",
                "chain_branches", IndustryChains.forSectors(Sectors.shipped()));
        assertThat(scores).contains(new SectorScore("tcm/processing-decoction-pieces", 1, 0, 0),
                new SectorScore("tcm/" + missed, 0, 0, 1), new SectorScore("tcm/*", 1, others.size(), 1),
                new SectorScore("equipment/*", 0, 0, 0));
        others.forEach(b -> assertThat(scores).contains(new SectorScore("tcm/" + b, 0, 1, 0)));
        assertThat(ChainEvaluation.evaluate(spark, w, labels.toString(), "application_id", "sector", "no_such_column",
                IndustryChains.shipped())).as("labels without branches").isEmpty();
    }

    @Test
    void aChainPlacesOnlyTheApplicationsOfItsSector() {
        var chains = spark.read().parquet(sample.warehouse.resolve(ChainMembership.TABLE).toString());
        var sectors = spark.read().parquet(sample.warehouse.resolve(SectorMembership.TABLE).toString())
                .selectExpr("coalesce(application_id, pub_id) as application_key", "sector").distinct();
        assertThat(chains.count()).isPositive();
        assertThat(chains.join(sectors, scala.jdk.javaapi.CollectionConverters.asScala(
                List.of("application_key", "sector")).toSeq(), "left_anti").count()).isZero();
    }

    @Test
    void aChainOfASectorTheRunDoesNotMatchIsRefused() {
        var onlyTcm = Sectors.shipped().stream().filter(d -> d.id().equals("tcm")).toList();
        assertThatThrownBy(() -> new NavigateJob(spark, new NavigateJob.Options(sample.warehouse.toString(), onlyTcm,
                IndustryChains.shipped()), org.patnav.jobs.spark.Progress.SILENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refines sector 'equipment', which this run does not match (sectors: tcm)");
        var tcmChain = IndustryChains.forSectors(onlyTcm);
        assertThatThrownBy(() -> new NavigateJob(spark, new NavigateJob.Options(sample.warehouse.toString(), onlyTcm,
                List.of(tcmChain.getFirst(), tcmChain.getFirst())), org.patnav.jobs.spark.Progress.SILENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two industry chains refine sector 'tcm'");
    }
}
