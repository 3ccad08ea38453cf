package org.patnav.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.patnav.analytics.IpcTitles;
import org.patnav.analytics.landscape.ChainPositions;
import org.patnav.analytics.landscape.InventorIdentities;
import org.patnav.analytics.landscape.LandscapeAnalyses;
import org.patnav.analytics.landscape.LandscapeContext;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.jobs.landscape.LandscapeJob;
import org.patnav.jobs.warehouse.ApplicationFacts;
import org.patnav.jobs.warehouse.ChainMembership;
import org.patnav.jobs.warehouse.FactFiles;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.model.ApplicationFact;
import org.patnav.navigate.IndustryChain;
import org.patnav.navigate.TechnicalEffect;
import org.patnav.navigate.TechnicalEffects;
import org.patnav.report.Messages;

/**
 * What the DuckDB baseline of {@code bench/landscape-vs-duckdb.sh} cannot compute in SQL, prepared once per
 * run and outside its timing, with PatNav's own classes:
 * <ul>
 *   <li>{@code status.csv}: per unit of the sector ({@code unit}, {@code status}, {@code status_since},
 *       {@code high_value}), the fee engine's status ({@code LandscapeUnit.statusId}) and CNIPA's high-value
 *       judgement, by {@code LandscapeUnit.of} over the sector's facts with {@code LandscapeJob.judges}:
 *       the two are plain-Java rule engines, which no SQL engine runs;</li>
 *   <li>{@code inventors.csv} ({@code unit}, {@code name}, {@code normal}): every inventor name as each unit
 *       writes it, with the form the identity rule compares (the recruitment targets' teams are counted by
 *       written name, the target's own name left out by that form);</li>
 *   <li>{@code persons.csv} ({@code unit}, {@code person}, {@code name}): per unit and inventor named on it,
 *       the person {@code InventorIdentities} makes of the mention (its id and the name the report prints):
 *       telling namesakes apart is a union-find over names, organisations and co-inventors, a rule of Java
 *       like the fee engine's; every count, ranking, affiliation and move over the persons is left to SQL;</li>
 *   <li>{@code chain.csv} ({@code node}, {@code key}, {@code parent}, {@code segment}, {@code name}): the
 *       industry chain navigate placed the sector on ({@code W/chains/_chains.json}), its branches and
 *       sub-branches in report order ({@code ChainPositions.nodes}), keyed as the fact table's {@code branches}
 *       without the sector, with the segment and branch names the report prints
 *       ({@code LandscapeContext.segmentName} and {@code branchName}): a YAML tree and its naming, not data;</li>
 *   <li>{@code effects.csv} ({@code effect}, {@code id}, {@code label}): the technical effects of the sector's
 *       技术功效矩阵 in column order, with the report's labels ({@code TechnicalEffects.forSector});</li>
 *   <li>{@code labels.csv} ({@code key}, {@code text}): the report's words for the codes the tables show
 *       (patent and applicant types, statuses, region levels, the core-patent reasons with {@code {n}} where
 *       the number goes; quadrants, trends, flows, opportunities, routes, candidate reasons, paths), from the
 *       report's message file;</li>
 *   <li>{@code ipc-titles.csv} ({@code symbol}, {@code zh}, {@code en}): the bundled IPC titles.</li>
 * </ul>
 * It also times, apart and twice (cold, then warm), the parts of PatNav's read and analyse steps: the
 * sector's facts read, the judges built, the units judged (fee engine and classifier), the tables built
 * (the navigation sections' included), and the inventors made persons alone (which the tables do too):
 * wall and CPU time ({@code analyse-parts-wall} and {@code analyse-parts-cpu} lines).
 * Usage: {@code LandscapeBaselineInputs WAREHOUSE SECTOR AS_OF LANG REGION OUT_DIR}.
 */
public final class LandscapeBaselineInputs {

    /** Label keys the tables print, by prefix or whole. */
    private static final List<String> LABEL_PREFIXES = List.of("type.", "status.", "level.", "quadrant.", "gap.",
            "trend.", "flow.", "opportunity.", "route.", "candidate.", "path.");
    private static final List<String> LABEL_KEYS = List.of("region.nation", "team.unknown", "list.separator",
            "reason.abroad", "yes");
    /** Labels with a number in them: written with {n} where the number goes. */
    private static final List<String> NUMBERED_LABELS = List.of("reason.cited", "reason.claims", "reason.maintained");
    private static final long PLACEHOLDER = 987_654_321L;

    private LandscapeBaselineInputs() {
    }

    /** What the landscape of the bench is run with, as {@code LandscapeJob} gathers it. */
    private record Run(String warehouse, String sector, LocalDate asOf, String lang, String region, IndustryChain chain,
                       List<TechnicalEffect> effects) {

        /** The report's context over the units, sorted by unit as {@code LandscapeJob} sorts them. */
        LandscapeContext context(List<LandscapeUnit> units) {
            List<LandscapeUnit> sorted = units.stream().sorted(Comparator.comparing(LandscapeUnit::unit)).toList();
            return LandscapeContext.of(sorted, lang, region, asOf, null, null, List.of(), null, IpcTitles.bundled(),
                    chain, effects);
        }
    }

    public static void main(String[] args) throws Exception {
        String warehouse = args[0];
        String sector = args[1];
        LocalDate asOf = LocalDate.parse(args[2]);
        String lang = args[3];
        String region = args[4];
        Path out = Files.createDirectories(Path.of(args[5]));
        Warehouse w = new Warehouse(warehouse, new Configuration());
        if (!ApplicationFacts.current(w)) {
            throw new IllegalStateException("no current fact table in " + warehouse + " (run ./patnav navigate)");
        }
        // The bench compares the navigation sections too, which a sector has only when navigate placed it on a chain.
        IndustryChain chain = ChainMembership.chain(w, sector).orElseThrow(() -> new IllegalStateException(
                "navigate placed sector " + sector + " on no industry chain in " + warehouse + " (run ./patnav navigate)"));
        Run run = new Run(warehouse, sector, asOf, lang, region, chain, TechnicalEffects.shipped().forSector(sector));
        List<LandscapeUnit> units = judgeAndTime(w, run);
        try (CSVPrinter csv = printer(out.resolve("status.csv"))) {
            csv.printRecord("unit", "status", "status_since", "high_value");
            for (LandscapeUnit u : units) {
                csv.printRecord(u.unit(), u.statusId(), u.statusSince(), u.highValue());
            }
        }
        LandscapeContext context = run.context(units);
        writePersons(context.people(), out.resolve("persons.csv"));
        writeInventorNames(context.units(), out.resolve("inventors.csv"));
        writeChain(context, out.resolve("chain.csv"));
        writeEffects(context, out.resolve("effects.csv"));
        writeLabels(new Messages("landscape", lang), lang, out.resolve("labels.csv"));
        writeIpcTitles(out.resolve("ipc-titles.csv"));
        System.out.printf(Locale.ROOT, "baseline inputs for %,d units of %s as of %s in %s%n", units.size(), sector, asOf, out);
    }

    /**
     * The units of the rows, judged as the landscape judges them; on the way, the parts of PatNav's analyse
     * step timed twice (cold, then warm), in wall time and in this thread's CPU time: the analyses run on
     * one thread, and its CPU time holds still on a machine other work keeps busy, where the wall time does not.
     */
    private static List<LandscapeUnit> judgeAndTime(Warehouse w, Run run) throws IOException {
        Clock clock = new Clock();
        // The landscape's own read and judgement (LandscapeJob.run), then its tables.
        List<ApplicationFact> facts = FactFiles.sector(w, run.sector());
        clock.lap();
        LandscapeUnit.Judges judges = LandscapeJob.judges(run.asOf());
        clock.lap();
        List<LandscapeUnit> units = LandscapeUnit.of(facts, LandscapeUnit.Unit.APPLICATION, judges);
        clock.lap();
        // The inventors as persons alone (the tables make them too): what DuckDB is handed as persons.csv.
        run.context(units).people();
        clock.lap();
        tables(units, run);
        clock.lap();
        // Once more, warm: what the same work costs once the JIT has compiled it.
        LandscapeUnit.of(facts, LandscapeUnit.Unit.APPLICATION, judges);
        clock.lap();
        run.context(units).people();
        clock.lap();
        tables(units, run);
        clock.lap();
        for (String kind : List.of("wall", "cpu")) {
            double[] s = clock.seconds(kind);
            System.out.printf(Locale.ROOT, "analyse-parts-%s facts-read %.2f judges-built %.2f units-judged %.2f %.2f"
                    + " tables %.2f %.2f persons %.2f %.2f%n", kind, s[0], s[1], s[2], s[5], s[4], s[7], s[3], s[6]);
        }
        return units;
    }

    /** Laps of wall time and of this thread's CPU time. */
    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<long[]> marks = new ArrayList<>();

        Clock() {
            lap();
        }

        void lap() {
            marks.add(new long[] {System.nanoTime(), threads.getCurrentThreadCpuTime()});
        }

        double[] seconds(String kind) {
            int k = kind.equals("wall") ? 0 : 1;
            double[] out = new double[marks.size() - 1];
            for (int i = 1; i < marks.size(); i++) {
                out[i - 1] = (marks.get(i)[k] - marks.get(i - 1)[k]) / 1e9;
            }
            return out;
        }
    }

    /**
     * The report's tables over the units, as LandscapeJob builds them (the files are not written); a context of
     * its own each time, so the persons and chain positions it computes once per report are timed each time.
     */
    private static void tables(List<LandscapeUnit> units, Run run) {
        LandscapeAnalyses.report(run.context(units), new LandscapeAnalyses.Run(Map.of("id", run.sector()),
                run.warehouse(), "bench", LandscapeUnit.Unit.APPLICATION));
    }

    /** Each person's units, people in the report's order (most units first), units in unit order. */
    private static void writePersons(List<InventorIdentities.Person> people, Path file) throws IOException {
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord("unit", "person", "name");
            for (InventorIdentities.Person p : people) {
                for (LandscapeUnit u : p.units()) {
                    csv.printRecord(u.unit(), p.id(), p.name());
                }
            }
        }
    }

    /**
     * Every inventor name as each unit writes it, once per unit, with the form {@code InventorIdentities}
     * compares (half-width, upper case, no spaces or punctuation: Unicode folding DuckDB has no function for).
     */
    private static void writeInventorNames(List<LandscapeUnit> units, Path file) throws IOException {
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord("unit", "name", "normal");
            for (LandscapeUnit u : units) {
                for (String name : u.nav().inventors().stream().distinct().toList()) {
                    csv.printRecord(u.unit(), name, InventorIdentities.normalise(name));
                }
            }
        }
    }

    /** The chain's nodes numbered in report order; {@code parent} is empty for a branch. */
    private static void writeChain(LandscapeContext c, Path file) throws IOException {
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord("node", "key", "parent", "segment", "name");
            int node = 0;
            for (ChainPositions.Node n : c.positions().nodes()) {
                csv.printRecord(++node, n.key(), n.parent() == null ? null : n.parent().id(), c.segmentName(n.segment()),
                        c.branchName(n));
            }
        }
    }

    /** The matrix's effects numbered in column order. */
    private static void writeEffects(LandscapeContext c, Path file) throws IOException {
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord("effect", "id", "label");
            int effect = 0;
            for (TechnicalEffect e : c.effects()) {
                csv.printRecord(++effect, e.id(), c.effectName(e));
            }
        }
    }

    private static void writeLabels(Messages m, String lang, Path file) throws IOException {
        Properties keys = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("landscape_" + lang + ".properties")) {
            keys.load(new InputStreamReader(in, UTF_8));
        }
        try (CSVPrinter csv = printer(file)) {
            csv.printRecord("key", "text");
            for (String key : new TreeSet<>(keys.stringPropertyNames())) {
                if (LABEL_KEYS.contains(key) || LABEL_PREFIXES.stream().anyMatch(key::startsWith)) {
                    csv.printRecord(key, m.get(key));
                } else if (NUMBERED_LABELS.contains(key)) {
                    csv.printRecord(key, m.get(key, PLACEHOLDER).replace(String.valueOf(PLACEHOLDER), "{n}"));
                }
            }
        }
    }

    private static void writeIpcTitles(Path file) throws IOException {
        try (InputStream in = IpcTitles.class.getResourceAsStream("ipc-titles.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
             CSVPrinter csv = printer(file)) {
            csv.printRecord("symbol", "zh", "en");
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    csv.printRecord(f[0], f[1], f[2]);
                }
            }
        }
    }

    private static CSVPrinter printer(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180);
    }
}
