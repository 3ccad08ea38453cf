package org.patnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.patnav.index.IndexFields;
import org.patnav.index.PatentSearcher;
import org.patnav.jobs.warehouse.IndexLocation;
import org.patnav.jobs.facts.FactsJob;
import org.patnav.jobs.navigate.NavigateJob;
import org.patnav.jobs.navigate.ChainEvaluation;
import org.patnav.jobs.navigate.SectorEvaluation;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.navigate.CompiledSector;
import org.patnav.navigate.IndustryChains;
import org.patnav.navigate.SectorDefinition;
import org.patnav.navigate.SectorMatcher;
import org.patnav.navigate.SectorScore;
import org.patnav.navigate.Sectors;
import org.patnav.normalize.ApplicantNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code patnav navigate}: sector membership from versioned, explainable definitions. */
@Command(name = "navigate", mixinStandardHelpOptions = true,
        header = "Finds the patents of each sector by its definition over the index.",
        description = {
            "Runs the sector definitions over the index and writes W/sectors (pub_id, application_id, sector,",
            "sector_version, matched_clauses, matched_by). Membership is by application: all publications of",
            "an application share its sectors. Shipped definitions: tcm (中医药), equipment (高端装备),",
            "new-energy (新能源); --sectors DIR uses an analyst's own YAML files instead. In the same search it",
            "places each shipped sector's applications on its industry chain (上游/中游/下游 -> branch ->",
            "sub-branch) and writes W/chains; it prints the applications per branch.",
            "--explain PUB_ID tells which clauses of which sectors match one publication (nothing is written);",
            "--evaluate FILE prints precision and recall against a labelled CSV."})
final class NavigateCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Warehouse directory.")
    String warehouse;

    @Option(names = "--sectors", paramLabel = "DIR", description = "Folder of sector definitions (*.yaml).")
    Path sectorsDir;

    @Option(names = "--explain", paramLabel = "PUB_ID", description = "Explain one publication's sectors.")
    String explain;

    @Option(names = "--evaluate", paramLabel = "FILE",
            description = "Labelled CSV to score the membership against (after writing it).")
    String evaluate;

    @Option(names = "--key-column", defaultValue = "application_id", paramLabel = "NAME",
            description = "Column of --evaluate holding application ids (default: ${DEFAULT-VALUE}).")
    String keyColumn;

    @Option(names = "--label-column", defaultValue = "sector", paramLabel = "NAME",
            description = "Column of --evaluate holding sector ids, ';'-separated (default: ${DEFAULT-VALUE}).")
    String labelColumn;

    @Option(names = "--branch-column", defaultValue = "chain_branches", paramLabel = "NAME",
            description = "Column of --evaluate holding industry-chain branch ids, ';'-separated; when the file "
                    + "has it, the chain placement is scored per branch too (default: ${DEFAULT-VALUE}).")
    String branchColumn;

    @Option(names = "--snapshot", paramLabel = "ID",
            description = "Warehouse snapshot to read: its id or number (default: the latest; patnav snapshots lists them).")
    String snapshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The warehouse, its index and the --evaluate file are checked before the Spark session starts.
        Checks.inputsExist(spec);
        Warehouse checked = Checks.snapshot(spec, Checks.warehouse(spec, warehouse), snapshot);
        IndexLocation.currentManifest(checked);
        Checks.exists(spec, "--evaluate", evaluate, checked.fileSystem().getConf());
        PrintWriter out = spec.commandLine().getOut();
        List<SectorDefinition> definitions = sectorsDir == null ? Sectors.shipped() : Sectors.fromDirectory(sectorsDir);
        if (explain != null) {
            explain(out, definitions);
            return 0;
        }
        var session = spark.session("navigate");
        NavigateJob.Result r = new NavigateJob(session, new NavigateJob.Options(warehouse, definitions,
                IndustryChains.forSectors(definitions), snapshot),
                Console.progress(out, "navigate")).run();
        out.printf(Locale.ROOT, "%n%-12s %-9s %13s %13s%n", "sector", "version", "applications", "publications");
        for (NavigateJob.SectorCount c : r.counts()) {
            out.printf(Locale.ROOT, "%-12s %-9s %,13d %,13d%n", c.sector(), c.version(), c.applications(),
                    c.publications());
        }
        printBranches(out, r.branches());
        out.printf(Locale.ROOT, "wrote %s (snapshot %s) in %.1f s%n", r.location(), r.snapshotId(),
                r.elapsed().toMillis() / 1000.0);
        // The fact table follows the membership: every analysis reads the sectors from it.
        FactsJob.Result facts = new FactsJob(session, new FactsJob.Options(warehouse, snapshot), Console.progress(out, "navigate")).run();
        out.printf(Locale.ROOT, "wrote %s (%,d applications) in %.1f s%n", facts.location(), facts.applications(),
                facts.elapsed().toMillis() / 1000.0);
        if (evaluate != null) {
            List<SectorScore> scores = SectorEvaluation.evaluate(session,
                    new Warehouse(warehouse, session.sparkContext().hadoopConfiguration()), evaluate, keyColumn,
                    labelColumn, definitions.stream().map(SectorDefinition::id).toList());
            printScores(out, evaluate, scores);
            printBranchScores(out, evaluate, ChainEvaluation.evaluate(session,
                    new Warehouse(warehouse, session.sparkContext().hadoopConfiguration()), evaluate, keyColumn,
                    labelColumn, branchColumn, IndustryChains.forSectors(definitions)));
        }
        out.flush();
        return 0;
    }

    /** Applications per branch of each sector's industry chain, sub-branches indented under their branch. */
    static void printBranches(PrintWriter out, List<NavigateJob.BranchCount> branches) {
        if (branches.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%nindustry chains (applications per branch, sub-branches indented):%n");
        for (NavigateJob.BranchCount b : branches) {
            String name = b.subBranch() == null ? b.branch() : "  " + b.subBranch();
            out.printf(Locale.ROOT, "%-12s %-11s %-36s %,8d%n", b.sector(), b.segment(), name, b.applications());
        }
    }

    /** The chain placement's scores, per branch and per chain; nothing when the labels have no branches. */
    static void printBranchScores(PrintWriter out, String labels, List<SectorScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%nindustry-chain branches against %s (per application of the sector; sector/* all branches):%n",
                labels);
        out.printf(Locale.ROOT, "%-40s %6s %6s %6s %10s %8s %6s%n", "branch", "tp", "fp", "fn", "precision", "recall", "F1");
        for (SectorScore s : scores) {
            out.printf(Locale.ROOT, "%-40s %6d %6d %6d %10.3f %8.3f %6.3f%n", s.sector(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
        }
    }

    static void printScores(PrintWriter out, String labels, List<SectorScore> scores) {
        out.printf(Locale.ROOT, "%nagainst %s (per application):%n", labels);
        out.printf(Locale.ROOT, "%-12s %6s %6s %6s %10s %8s %6s%n", "sector", "tp", "fp", "fn", "precision", "recall",
                "F1");
        for (SectorScore s : scores) {
            out.printf(Locale.ROOT, "%-12s %6d %6d %6d %10.3f %8.3f %6.3f%n", s.sector(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
        }
    }

    private void explain(PrintWriter out, List<SectorDefinition> definitions) throws Exception {
        Warehouse w = new Warehouse(warehouse, new Configuration());
        var manifest = IndexLocation.currentManifest(w);
        List<CompiledSector> sectors = definitions.stream().map(CompiledSector::compile).toList();
        try (PatentSearcher searcher = PatentSearcher.open(IndexLocation.localShards(w, manifest),
                ApplicantNames.defaults())) {
            var s = searcher.searcher();
            ScoreDoc[] hit = s.search(new TermQuery(new Term(IndexFields.PUB_ID, explain.toUpperCase(Locale.ROOT))), 1).scoreDocs;
            if (hit.length == 0) {
                throw new IllegalArgumentException("no publication " + explain + " in the index");
            }
            String application = s.storedFields().document(hit[0].doc).get(IndexFields.APPLICATION_ID);
            List<String> siblings = new ArrayList<>();
            if (application != null) {
                for (ScoreDoc d : s.search(new TermQuery(new Term(IndexFields.APPLICATION_ID, application)), 100).scoreDocs) {
                    String id = s.storedFields().document(d.doc).get(IndexFields.PUB_ID);
                    if (!id.equalsIgnoreCase(explain)) {
                        siblings.add(id);
                    }
                }
            }
            out.printf(Locale.ROOT, "%s (application %s%s)%n", explain.toUpperCase(Locale.ROOT), application,
                    siblings.isEmpty() ? "" : ", also published as " + String.join(", ", siblings));
            List<SectorMatcher.SectorExplanation> own = SectorMatcher.explain(s, sectors, explain);
            for (int i = 0; i < own.size(); i++) {
                SectorMatcher.SectorExplanation e = own.get(i);
                String via = null;
                if (!e.member()) {
                    for (String sibling : siblings) {
                        if (SectorMatcher.explain(s, List.of(sectors.get(i)), sibling).get(0).member()) {
                            via = sibling;
                            break;
                        }
                    }
                }
                String verdict = e.member() ? "IN" : via != null ? "IN by its application (" + via + " matches)" : "out";
                out.printf(Locale.ROOT, "%n%s %s: %s%n", e.sector(), e.version(), verdict);
                for (SectorMatcher.ClauseResult c : e.include()) {
                    out.printf(Locale.ROOT, "  %s include %-32s %s%n", c.matched() ? "+" : " ", c.clause(),
                            c.matched() ? String.join(", ", c.terms()) : "");
                }
                for (SectorMatcher.ClauseResult c : e.exclude()) {
                    out.printf(Locale.ROOT, "  %s exclude %-32s %s%n", c.matched() ? "-" : " ", c.clause(),
                            c.matched() ? String.join(", ", c.terms()) : "");
                }
            }
        }
        out.flush();
    }
}
