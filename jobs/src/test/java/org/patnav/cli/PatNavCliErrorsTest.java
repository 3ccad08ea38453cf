package org.patnav.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Command-line mistakes as a user makes them: each is one plain line on the error stream, exit code 2,
 * and none of them gets as far as the Spark session. The warehouses here are only the two files the
 * checks read (the snapshot and its ingest run report): a command that passed its checks would fail in
 * its job, which the control test shows the probe notices.
 */
class PatNavCliErrorsTest {

    /** A SQL setting SparkSessions.getOrCreate sets; see {@link #run}. */
    private static final String PROBE = "spark.sql.debug.maxToStringFields";
    private static final Path SAMPLE_DIVISIONS = Path.of("..", "data-samples", "divisions").toAbsolutePath().normalize();

    private record Run(int exit, String out, String err, boolean sparkAskedFor) {
    }

    @TempDir
    Path tmp;
    Path warehouse;
    Path out;

    @BeforeEach
    void sampleWarehouse() throws IOException {
        warehouse = warehouse("w", SAMPLE_DIVISIONS.toString());
        out = tmp.resolve("out");
    }

    /**
     * Runs the command line in-process. Whether it asked for the Spark session is seen on the shared test
     * session: SparkSessions.getOrCreate sets its SQL settings, and Spark applies a builder's runtime
     * settings to the session it returns when one is running (documented on getOrCreate), so a sentinel
     * value in one of them is overwritten exactly when a command reaches {@code SparkOptions.session}.
     */
    private static Run run(String... args) {
        RuntimeConfig conf = SharedSpark.get().conf();
        String before = conf.get(PROBE);
        conf.set(PROBE, "7");
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = PatNav.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString(), !conf.get(PROBE).equals("7"));
        } finally {
            conf.set(PROBE, before);
        }
    }

    /** A usage error: exactly this line, exit code 2, before Spark. */
    private static void assertUsageError(Run r, String line) {
        assertThat(r.err()).isEqualTo(line + System.lineSeparator());
        assertThat(r.exit()).as(line).isEqualTo(2);
        assertThat(r.sparkAskedFor()).as("Spark asked for by: " + line).isFalse();
    }

    /** The files of a warehouse the checks read: its snapshot and the report of the ingest run behind it. */
    private Path warehouse(String name, String divisions) throws IOException {
        Path w = tmp.resolve(name);
        Files.createDirectories(w.resolve("_runs"));
        Files.createDirectories(w.resolve("sectors"));
        Files.createDirectories(w.resolve(Warehouse.SNAPSHOTS));
        Files.writeString(w.resolve(Warehouse.SNAPSHOTS).resolve("00000000000000000001.json"),
                "{\"number\": 1, \"snapshot_id\": \"ingest-1\"}", UTF_8);
        Files.writeString(w.resolve("_runs/ingest-1.json"), "{\"options\": {\"divisions\": "
                + (divisions == null ? "null" : "\"" + divisions + "\"") + "}}", UTF_8);
        return w;
    }

    private static List<String> commands() {
        return new ArrayList<>(PatNav.commandLine().getSubcommands().keySet());
    }

    @Test
    void everyUsageRendersWithoutPicocliWarnings() {
        // Picocli formats descriptions with String.format; a bare % (as in "85% off") makes it warn on
        // the JVM's error stream and print the text unformatted.
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, UTF_8));
        try {
            assertThat(run("--help").exit()).isZero();
            for (String command : commands()) {
                Run r = command.equals("help") ? run("help") : run(command, "--help");
                assertThat(r.exit()).as(command).isZero();
                assertThat(r.err()).as(command).isEmpty();
                assertThat(r.out()).as(command).contains(command.equals("help") ? "Usage: patnav [" : "Usage: patnav " + command);
            }
        } finally {
            System.setErr(original);
        }
        assertThat(warnings.toString(UTF_8)).isEmpty();
    }

    @Test
    void theCommandsAreListedInWorkflowOrderEachWithAWholeSentence() {
        String help = run("--help").out();
        List<String> lines = help.substring(help.indexOf("Commands:")).lines().skip(1).toList();
        assertThat(lines).extracting(l -> l.strip().split(" ")[0]).containsExactly("demo", "ingest", "snapshots",
                "index", "search", "navigate", "landscape", "watchlist", "indicators", "samples", "vacuum", "help");
        assertThat(lines).allSatisfy(l -> assertThat(l).endsWith("."));
    }

    @Test
    void aMistypedOptionIsNamedWithPicocliSuggestionOnEveryCommand() {
        for (String command : List.of("ingest", "index", "search", "navigate", "landscape", "watchlist", "indicators")) {
            // Without the fix picocli reports the option the typo stands for as missing.
            assertUsageError(run(command, "--warehose", warehouse.toString()),
                    "patnav " + command + ": Unknown option: '--warehose'. Possible solutions: --warehouse");
        }
        for (String command : List.of("demo", "samples")) {
            assertUsageError(run(command, "--outt", out.toString()),
                    "patnav " + command + ": Unknown option: '--outt'. Possible solutions: --out");
        }
        assertUsageError(run("watchlist", "--warehouse", warehouse.toString(), "--out", out.toString(), "--regoin", "341600"),
                "patnav watchlist: Unknown option: '--regoin'. Possible solutions: --region, --reductions");
        assertUsageError(run("watchlsit"), "patnav: Unmatched argument at index 0: 'watchlsit'. "
                + "Did you mean: patnav watchlist or patnav search or patnav navigate?");
    }

    @Test
    void anImpossibleDateIsOneLineOnEveryDateOption() {
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : PatNav.commandLine().getSubcommands().entrySet()) {
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                if (option.type() == LocalDate.class) {
                    for (String date : List.of("2026-13-01", "2026-02-30", "31.12.2026")) {
                        assertUsageError(run(command.getKey(), option.longestName(), date), "patnav " + command.getKey()
                                + ": " + option.longestName() + ": " + date + " is not a date (use YYYY-MM-DD)");
                    }
                    seen.add(command.getKey() + " " + option.longestName());
                }
            }
        }
        assertThat(seen).contains("landscape --as-of", "watchlist --as-of", "indicators --as-of");
    }

    @Test
    void otherValuesThatDoNotConvertNameTheirOption() {
        assertUsageError(run("landscape", "--from", "abc"), "patnav landscape: --from: 'abc' is not an int");
        assertUsageError(run("search", "--format", "xml", "q"),
                "patnav search: --format: expected one of [table, json, csv] (case-sensitive) but was 'xml'");
    }

    @Test
    void aRegionOutsideTheTableTheWarehouseWasIngestedWithStopsTheRun() {
        String table = SAMPLE_DIVISIONS + " (the warehouse was ingested with it)";
        for (String command : List.of("watchlist", "indicators")) {
            assertUsageError(run(command, "--warehouse", warehouse.toString(), "--out", out.toString(), "--region", "999999"),
                    "patnav " + command + ": --region 999999 is not a division in the table " + table);
        }
        assertUsageError(run("landscape", "--warehouse", warehouse.toString(), "--sector", "tcm", "--out", out.toString(),
                "--region", "341699"),
                "patnav landscape: --region 341699 is not a division in the table " + table + "; try 341600 (亳州市)");
        assertUsageError(run("watchlist", "--warehouse", warehouse.toString(), "--out", out.toString(), "--region", "亳州"),
                "patnav watchlist: --region 亳州 is not a division in the table " + table + "; try 341600 (亳州市)");
        assertUsageError(run("watchlist", "--warehouse", warehouse.toString(), "--out", out.toString(), "--region", "市辖区"),
                "patnav watchlist: --region 市辖区 names 2 divisions in the table " + table + ": 110100, 310100; give the code");
    }

    @Test
    void aRegionIsCheckedAgainstDivisionsWhenGiven() {
        String dir = SAMPLE_DIVISIONS.toString();
        assertUsageError(run("indicators", "--warehouse", warehouse.toString(), "--out", out.toString(), "--divisions", dir,
                "--region", "999999"),
                "patnav indicators: --region 999999 is not a division in the table " + dir + " (--divisions)");
        assertUsageError(run("landscape", "--warehouse", warehouse.toString(), "--sector", "tcm", "--out", out.toString(),
                "--divisions", dir, "--region", "349999"),
                "patnav landscape: --region 349999 is not a division in the table " + dir + " (--divisions); try 340000 (安徽省)");
    }

    @Test
    void withoutAnyTableARegionCodeIsOnlyCheckedForItsShape() throws IOException {
        Path bare = warehouse("bare", null);
        String location = "file:" + bare;
        assertUsageError(run("watchlist", "--warehouse", bare.toString(), "--out", out.toString(), "--region", "999999"),
                "patnav watchlist: --region 999999 is not a GB/T 2260 division code (no province has code 990000)");
        assertUsageError(run("watchlist", "--warehouse", bare.toString(), "--out", out.toString(), "--region", "亳州市"),
                "patnav watchlist: --region 亳州市 cannot be looked up: " + location
                        + " was ingested without --divisions; give a six-digit division code");
        assertUsageError(run("indicators", "--warehouse", bare.toString(), "--out", out.toString(), "--region", "亳州市"),
                "patnav indicators: --region 亳州市 cannot be looked up: " + location
                        + " was ingested without --divisions; give a six-digit division code or --divisions DIR");
    }

    @Test
    void aRegionTheTableKnowsGoesOnToTheJob() throws IOException {
        // The control of the probe: the checks pass (a name is looked up), the command asks for Spark, and
        // the job then fails on the stand-in warehouse, which has no tables.
        Run named = run("watchlist", "--warehouse", warehouse.toString(), "--out", out.toString(), "--region", "亳州市");
        assertThat(named.sparkAskedFor()).isTrue();
        assertThat(named.exit()).isEqualTo(1);
        // Without a table, a code of the right shape is let through with a note that it was not checked.
        Path bare = warehouse("bare", null);
        Run unchecked = run("watchlist", "--warehouse", bare.toString(), "--out", out.toString(), "--region", "341600");
        assertThat(unchecked.err().lines().findFirst()).contains("patnav watchlist: note: --region 341600 is not checked"
                + " against a division table: file:" + bare + " was ingested without --divisions");
        assertThat(unchecked.sparkAskedFor()).isTrue();
    }

    @Test
    void warehouseOutputAndInputsAreCheckedBeforeSpark() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x", UTF_8);
        Path missing = tmp.resolve("missing");
        for (String command : List.of("index", "navigate", "landscape", "watchlist", "indicators")) {
            List<String> args = new ArrayList<>(List.of(command, "--warehouse", missing.toString()));
            if (!command.equals("index") && !command.equals("navigate")) {
                args.addAll(List.of("--out", out.toString()));
            }
            if (command.equals("landscape")) {
                args.addAll(List.of("--sector", "tcm"));
            }
            assertUsageError(run(args.toArray(String[]::new)), "patnav " + command + ": --warehouse " + missing + " does not exist");
        }
        assertUsageError(run("watchlist", "--warehouse", tmp.toString(), "--out", out.toString()),
                "patnav watchlist: --warehouse " + tmp + " is not a PatNav warehouse (no committed snapshot in _snapshots/; patnav ingest writes one)");
        assertUsageError(run("search", "--warehouse", missing.toString(), "q"),
                "patnav search: --warehouse " + missing + " does not exist");
        for (String command : List.of("watchlist", "indicators", "landscape")) {
            List<String> args = new ArrayList<>(List.of(command, "--warehouse", warehouse.toString(), "--out", file.toString()));
            if (command.equals("landscape")) {
                args.addAll(List.of("--sector", "tcm"));
            }
            assertUsageError(run(args.toArray(String[]::new)), "patnav " + command + ": --out " + file + " is a file, not a directory");
        }
        assertUsageError(run("samples", "--out", file.toString()), "patnav samples: --out " + file + " is a file, not a directory");
        assertUsageError(run("demo", "--out", file.toString()), "patnav demo: --out " + file + " is a file, not a directory");
        assertUsageError(run("watchlist", "--warehouse", warehouse.toString(), "--out", out.toString(), "--reductions",
                missing.toString()), "patnav watchlist: --reductions " + missing + " does not exist");
        assertUsageError(run("indicators", "--warehouse", warehouse.toString(), "--out", out.toString(), "--population",
                missing.toString()), "patnav indicators: --population " + missing + " does not exist");
        assertUsageError(run("ingest", "--warehouse", tmp.resolve("new").toString(), missing.toString()),
                "patnav ingest: input not found: " + missing);
        assertUsageError(run("ingest", "--warehouse", tmp.resolve("new").toString(), "--divisions", missing.toString(),
                tmp.toString()), "patnav ingest: --divisions " + missing + " does not exist");
        Path notNavigated = warehouse("not-navigated", null);
        Files.delete(notNavigated.resolve("sectors"));
        assertUsageError(run("landscape", "--warehouse", notNavigated.toString(), "--sector", "tcm", "--out",
                out.toString()), "patnav landscape: --sector tcm needs the sector membership of the warehouse: run patnav navigate first");
        // A warehouse without an index is the job's own finding, but still made before Spark.
        Run navigate = run("navigate", "--warehouse", warehouse.toString());
        assertThat(navigate.err()).isEqualTo("patnav navigate: no index in file:" + warehouse
                + " (run ./patnav index --warehouse file:" + warehouse + ")" + System.lineSeparator());
        assertThat(navigate.exit()).isEqualTo(1);
        assertThat(navigate.sparkAskedFor()).isFalse();
    }

    @Test
    void valuesAJobWouldRejectLateAreRejectedFirst() {
        String w = warehouse.toString();
        String o = out.toString();
        assertUsageError(run("watchlist", "--warehouse", w, "--out", o, "--lang", "xx"),
                "patnav watchlist: --lang xx is not one of zh, en");
        assertUsageError(run("indicators", "--warehouse", w, "--out", o, "--lang", "fr"),
                "patnav indicators: --lang fr is not one of zh, en");
        assertUsageError(run("watchlist", "--warehouse", w, "--out", o, "--within", "9x"),
                "patnav watchlist: --within 9x is not a number of days (like 90d)");
        assertUsageError(run("watchlist", "--warehouse", w, "--out", o, "--within", "99999999999d"),
                "patnav watchlist: --within 99999999999d is not a number of days (like 90d)");
        assertUsageError(run("watchlist", "--warehouse", w),
                "patnav watchlist: --out is required (or use --explain PUB_ID)");
        assertUsageError(run("landscape", "--warehouse", w, "--sector", "tcm", "--out", o, "--from", "2024", "--to", "2020"),
                "patnav landscape: --from 2024 is after --to 2020");
        assertUsageError(run("landscape", "--warehouse", w, "--sector", "tcm", "--out", o, "--count", "patent"),
                "patnav landscape: --count must be application or family, not patent");
        assertUsageError(run("indicators", "--warehouse", w, "--explain", "nope"),
                "patnav indicators: --explain: unknown indicator 'nope' (expected one of [valid_invention_patents, "
                        + "high_value_invention_patents, high_value_per_10k, valid_trademarks, pledge_financing, open_licences, "
                        + "ip_advantage_enterprises, ip_standard_enterprises, info_service_points])");
        assertUsageError(run("index", "--warehouse", w, "--shards", "0"), "patnav index: --shards must be at least 1, not 0");
        assertUsageError(run("search", "--warehouse", w, "--limit", "0", "q"), "patnav search: --limit must be at least 1, not 0");
    }
}
