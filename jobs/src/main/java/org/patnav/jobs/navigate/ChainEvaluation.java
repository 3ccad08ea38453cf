package org.patnav.jobs.navigate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.warehouse.ChainMembership;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.navigate.IndustryChain;
import org.patnav.navigate.SectorScore;

/**
 * Precision and recall of the industry-chain placement in {@code W/chains} against a labelled CSV (the
 * sample generator's ground truth): per branch of each chain, counted per application over the labelled
 * applications of the chain's sector (a branch places only its sector's applications, so an application
 * of another sector is neither a hit nor a miss of the branch), and over all of a chain's branches
 * together (micro-averaged: every application-branch pair counts once). Labels list branch ids separated by
 * ';', a sub-branch written {@code branch/sub-branch}; a sub-branch, labelled or placed, counts for its branch,
 * as in the reports. The labelled pairs are few; they
 * and the placements of the labelled applications are collected to the driver.
 */
public final class ChainEvaluation {

    private ChainEvaluation() {
    }

    /**
     * Per branch ({@code sector/branch}), then per chain ({@code sector/*}), in chain order; none when the
     * labels have no {@code branchColumn}.
     */
    public static List<SectorScore> evaluate(SparkSession spark, Warehouse w, String labelsCsv, String keyColumn,
                                             String sectorColumn, String branchColumn, List<IndustryChain> chains) {
        Dataset<Row> rows = spark.read().option("header", "true").csv(labelsCsv);
        if (!List.of(rows.columns()).contains(branchColumn)) {
            return List.of();
        }
        Map<String, Set<String>> members = new HashMap<>();
        for (Row r : rows.select(trim(col(keyColumn)).as("key"), explode(split(col(sectorColumn), ";")).as("sector"))
                .select(col("key"), trim(col("sector")).as("sector")).collectAsList()) {
            members.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(0));
        }
        Set<String> labelled = new HashSet<>();
        for (Row r : rows.select(trim(col(keyColumn)).as("key"), explode(split(col(branchColumn), ";")).as("branch"))
                .select(col("key"), trim(col("branch")).as("branch")).filter(col("branch").notEqual(lit("")))
                .collectAsList()) {
            // A label may name a sub-branch (branch/sub-branch): it belongs to the branch.
            labelled.add(r.getString(0) + "|" + r.getString(1).split("/", 2)[0]);
        }
        Set<String> placed = new HashSet<>();
        for (Row r : spark.read().parquet(w.table(ChainMembership.TABLE))
                .select(concat_ws("|", col("application_key"), col("branch")), col("sector")).distinct().collectAsList()) {
            placed.add(r.getString(1) + "|" + r.getString(0));
        }
        List<SectorScore> perBranch = new ArrayList<>();
        List<SectorScore> perChain = new ArrayList<>();
        for (IndustryChain chain : chains) {
            Set<String> universe = members.getOrDefault(chain.sector(), Set.of());
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (IndustryChain.Segment segment : chain.segments()) {
                for (IndustryChain.Branch branch : segment.branches()) {
                    Set<String> found = new HashSet<>();
                    Set<String> truth = new HashSet<>();
                    for (String app : universe) {
                        if (placed.contains(chain.sector() + "|" + app + "|" + branch.id())) {
                            found.add(app);
                        }
                        if (labelled.contains(app + "|" + branch.id())) {
                            truth.add(app);
                        }
                    }
                    SectorScore s = SectorScore.of(chain.sector() + "/" + branch.id(), found, truth, universe);
                    perBranch.add(s);
                    tp += s.truePositives();
                    fp += s.falsePositives();
                    fn += s.falseNegatives();
                }
            }
            perChain.add(new SectorScore(chain.sector() + "/*", tp, fp, fn));
        }
        List<SectorScore> out = new ArrayList<>(perBranch);
        out.addAll(perChain);
        return out;
    }
}
