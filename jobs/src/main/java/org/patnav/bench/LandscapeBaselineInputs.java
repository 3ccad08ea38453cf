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
import org.patnav.analytics.landscape.LandscapeAnalyses;
import org.patnav.analytics.landscape.LandscapeContext;
import org.patnav.analytics.landscape.LandscapeUnit;
import org.patnav.jobs.landscape.LandscapeJob;
import org.patnav.jobs.warehouse.ApplicationFacts;
import org.patnav.jobs.warehouse.FactFiles;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.model.ApplicationFact;
import org.patnav.report.Messages;

/**
 * What the DuckDB baseline of {@code bench/landscape-vs-duckdb.sh} cannot compute in SQL, prepared once per
 * run and outside its timing, with PatNav's own classes:
 * <ul>
 *   <li>{@code status.csv}: per unit of the sector ({@code unit}, {@code status}, {@code status_since},
 *       {@code high_value}), the fee engine's status ({@code LandscapeUnit.statusId}) and CNIPA's high-value
 *       judgement, by {@code LandscapeUnit.of} over the sector's facts with {@code LandscapeJob.judges}:
 *       the two are plain-Java rule engines, which no SQL engine runs;</li>
 *   <li>{@code labels.csv} ({@code key}, {@code text}): the report's words for the codes the tables show
 *       (patent and applicant types, statuses, region levels, the core-patent reasons with {@code {n}} where
 *       the number goes), from the report's message file;</li>
 *   <li>{@code ipc-titles.csv} ({@code symbol}, {@code zh}, {@code en}): the bundled IPC titles.</li>
 * </ul>
 * It also times, apart and twice (cold, then warm), the parts of PatNav's read and analyse steps: the
 * sector's facts read, the judges built, the units judged (fee engine and classifier), the tables built:
 * wall and CPU time ({@code analyse-parts-wall} and {@code analyse-parts-cpu} lines).
 * Usage: {@code LandscapeBaselineInputs WAREHOUSE SECTOR AS_OF LANG REGION OUT_DIR}.
 */
public final class LandscapeBaselineInputs {

    /** Label keys the tables print, by prefix or whole. */
    private static final List<String> LABEL_PREFIXES = List.of("type.", "status.", "level.");
    private static final List<String> LABEL_KEYS = List.of("region.nation", "team.unknown", "list.separator",
            "reason.abroad");
    /** Labels with a number in them: written with {n} where the number goes. */
    private static final List<String> NUMBERED_LABELS = List.of("reason.cited", "reason.claims", "reason.maintained");
    private static final long PLACEHOLDER = 987_654_321L;

    private LandscapeBaselineInputs() {
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
        List<LandscapeUnit> units = judgeAndTime(w, sector, warehouse, lang, region, asOf);
        try (CSVPrinter csv = printer(out.resolve("status.csv"))) {
            csv.printRecord("unit", "status", "status_since", "high_value");
            for (LandscapeUnit u : units) {
                csv.printRecord(u.unit(), u.statusId(), u.statusSince(), u.highValue());
            }
        }
        writeLabels(new Messages("landscape", lang), lang, out.resolve("labels.csv"));
        writeIpcTitles(out.resolve("ipc-titles.csv"));
        System.out.printf(Locale.ROOT, "baseline inputs for %,d units of %s as of %s in %s%n", units.size(), sector, asOf, out);
    }

    /**
     * The units of the rows, judged as the landscape judges them; on the way, the parts of PatNav's analyse
     * step timed twice (cold, then warm), in wall time and in this thread's CPU time: the analyses run on
     * one thread, and its CPU time holds still on a machine other work keeps busy, where the wall time does not.
     */
    private static List<LandscapeUnit> judgeAndTime(Warehouse w, String sector, String warehouse, String lang,
                                                    String region, LocalDate asOf) throws IOException {
        Clock clock = new Clock();
        // The landscape's own read and judgement (LandscapeJob.run), then its tables.
        List<ApplicationFact> facts = FactFiles.sector(w, sector);
        clock.lap();
        LandscapeUnit.Judges judges = LandscapeJob.judges(asOf);
        clock.lap();
        List<LandscapeUnit> units = LandscapeUnit.of(facts, LandscapeUnit.Unit.APPLICATION, judges);
        clock.lap();
        tables(units, sector, warehouse, lang, region, asOf);
        clock.lap();
        // Once more, warm: what the same work costs once the JIT has compiled it.
        LandscapeUnit.of(facts, LandscapeUnit.Unit.APPLICATION, judges);
        clock.lap();
        tables(units, sector, warehouse, lang, region, asOf);
        clock.lap();
        for (String kind : List.of("wall", "cpu")) {
            double[] s = clock.seconds(kind);
            System.out.printf(Locale.ROOT, "analyse-parts-%s facts-read %.2f judges-built %.2f units-judged %.2f %.2f"
                    + " tables %.2f %.2f%n", kind, s[0], s[1], s[2], s[4], s[3], s[5]);
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

    /** The report's tables over the units, as LandscapeJob builds them (the files are not written). */
    private static void tables(List<LandscapeUnit> units, String sector, String warehouse, String lang, String region,
                               LocalDate asOf) {
        List<LandscapeUnit> sorted = units.stream().sorted(Comparator.comparing(LandscapeUnit::unit)).toList();
        LandscapeContext context = LandscapeContext.of(sorted, lang, region, asOf, null, null, List.of(), null,
                IpcTitles.bundled());
        LandscapeAnalyses.report(context, new LandscapeAnalyses.Run(Map.of("id", sector), warehouse, "bench",
                LandscapeUnit.Unit.APPLICATION));
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
