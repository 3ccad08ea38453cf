package org.patnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * PatNav on a cluster, as CI can run one: the packaged command line ({@code jobs/target/patnav-jobs.jar} with
 * {@code lib/}, as {@code ./patnav} runs it) in child JVMs, once in local mode and once with
 * {@code --master local-cluster[1,2,1024]}, whose executor is a JVM of its own, working in a directory of its own
 * under the Spark home's {@code work/}. The Spark home here has Spark's jars but not PatNav's, so
 * PatNav's classes reach the executors only by being shipped ({@code spark.jars}, {@code SparkSessions}).
 *
 * <p>Over the sample warehouse (ingested, indexed and navigated in local mode), the watchlist and the indicators
 * are run in both modes, and every CSV file they write must be byte-identical; navigate builds the fact table
 * again on the cluster, and the TCM landscape over it must equal the one over the local build. Every
 * path is relative to the commands' working directory, which the executors do not share: the rule files
 * ({@code --holidays}, {@code --sei}, {@code --high-value-rules}) and registers are read on the driver and
 * shipped, and a task that opened a path itself would fail. The rule files differ from the shipped ones, so
 * identical output that shows their effect means the tasks used them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterRunIT {

    static final String LOCAL = "local[2]";
    /**
     * One worker with one 2-core executor JVM: as many task slots as local[2]. Two 1-core executors
     * ({@code local-cluster[2,1,1024]}) gave the same bytes too, for a third more CPU time (each executor JVM
     * compiles every stage's generated code).
     */
    static final String CLUSTER = "local-cluster[1,2,1024]";
    /** A command that starts no Spark (the landscape): its label in the times. */
    static final String DRIVER_ONLY = "driver only";
    static final String AS_OF = "2026-11-24";
    static final Path DATA_SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();
    /** One command's limit: far above what it needs on two busy cores, so only a hang trips it. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    static Path tmp;

    static Path jar;
    static Path sparkHome;
    /** The commands' working directory: inputs, rule files, warehouse and outputs, all named relative to it. */
    static Path cwd;
    static final Map<String, Duration> TIMES = new LinkedHashMap<>();

    @BeforeAll
    static void packagedCommandLineAndASparkHomeWithoutPatNav() throws IOException {
        jar = Path.of(System.getProperty("patnav.jar", "target/patnav-jobs.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jobs jar (mvn package)").isRegularFile();
        assertThat(jar.resolveSibling("lib")).isDirectory();
        // local-cluster starts executors with SPARK_HOME/jars on their classpath (Spark's launcher, like a
        // distribution's): Spark and its libraries, every jar of lib/ but PatNav's own.
        sparkHome = Files.createDirectories(tmp.resolve("spark-home"));
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (Path lib : listed(jar.resolveSibling("lib"))) {
            if (!lib.getFileName().toString().startsWith("patnav-")) {
                Files.createSymbolicLink(jars.resolve(lib.getFileName()), lib);
            }
        }
        cwd = Files.createDirectories(tmp.resolve("run"));
        copyTree(DATA_SAMPLES.resolve("bozhou"), cwd.resolve("bozhou"));
        copyTree(DATA_SAMPLES.resolve("divisions"), cwd.resolve("divisions"));
        copyTree(DATA_SAMPLES.resolve("indicators"), cwd.resolve("inputs"));
        Files.copy(DATA_SAMPLES.resolve("aliases.tsv"), cwd.resolve("aliases.tsv"));
        writeRuleFiles();
    }

    /**
     * Rule files unlike the shipped ones, each with an effect the outputs show: a (hypothetical, test-only)
     * 2027 holiday notice, high-value rules with 8 maintenance years from 2024 and a concordance row placing
     * A61K36 in an industry 9.9 that the shipped table lacks.
     */
    static void writeRuleFiles() throws IOException {
        Files.createDirectories(cwd.resolve("hol"));
        Files.writeString(cwd.resolve("hol/holidays-CN.tsv"), """
                # date\tkind\tname\tsource
                coverage\t2027\t2027\tPatNav test notice (hypothetical, not the State Council's)
                2027-01-01\tholiday\t元旦\tPatNav test notice
                2027-02-05\tholiday\t春节\tPatNav test notice
                2027-02-08\tholiday\t春节\tPatNav test notice
                2027-02-09\tholiday\t春节\tPatNav test notice
                """, StandardCharsets.UTF_8);
        Files.writeString(cwd.resolve("high-value-rules.tsv"), shipped("high-value-rules.tsv")
                + "maintained_years\t8\t2024-01-01\tPatNav test rules (hypothetical)\n", StandardCharsets.UTF_8);
        Files.writeString(cwd.resolve("sei.tsv"), shipped("sei-ipc-concordance.tsv")
                + "9.9\tPatNav test industry\tA61K36\t\t2021-02-07\tPatNav test row\n", StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void theSampleWarehouse() throws Exception {
        // Built once, in local mode: what the cluster run compares is the analyses over it.
        List<String> inputs = listed(cwd.resolve("bozhou")).stream().filter(Files::isDirectory)
                .map(p -> cwd.relativize(p).toString()).toList();
        List<String> ingest = new ArrayList<>(List.of("ingest", "--master", LOCAL, "--warehouse", "w",
                "--divisions", "divisions", "--aliases", "aliases.tsv"));
        ingest.addAll(inputs);
        assertThat(patnav("ingest", LOCAL, ingest)).contains("patents 458, events 354, trademarks 115, rejects 11");
        patnav("index", LOCAL, List.of("index", "--master", LOCAL, "--warehouse", "w"));
        assertThat(patnav("navigate", LOCAL, List.of("navigate", "--master", LOCAL, "--warehouse", "w")))
                .containsPattern("tcm\\s+\\S+\\s+95\\b");
    }

    @Test
    @Order(2)
    void theWatchlistIsTheSameOnTheCluster() throws Exception {
        for (String master : List.of(LOCAL, CLUSTER)) {
            patnav("watchlist", master, List.of("watchlist", "--master", master, "--warehouse", "w", "--as-of", AS_OF,
                    "--out", dir(master) + "/watchlist", "--region", "341600", "--holidays", "hol",
                    "--term-extensions", "inputs/term-extensions.csv", "--open-licences", "inputs/open-licences.csv"));
        }
        assertSameCsv("watchlist");
        // Every file, not only the CSVs: two JVMs, the same bytes (ledger workbook, summary, calendar, letters).
        assertSameFiles(cwd.resolve(dir(LOCAL)).resolve("watchlist"), cwd.resolve(dir(CLUSTER)).resolve("watchlist"));
        // The engine in the tasks had the test notice: no CN deadline up to 2027 is judged "holiday calendar not
        // yet published" (with the shipped calendars, which end with 2026, dozens are).
        int cn2027 = 0;
        String ledger = Files.readString(cwd.resolve(dir(CLUSTER) + "/watchlist/watchlist.csv"), StandardCharsets.UTF_8);
        try (CSVParser csv = CSVParser.parse(ledger.replaceFirst("^\uFEFF", ""), CSVFormat.DEFAULT.builder().setHeader().get())) {
            for (CSVRecord r : csv) {
                if (!r.get("office").equals("CN")) {
                    continue;
                }
                String last = Stream.of("next_due_date", "grace_deadline", "restore_deadline").map(r::get)
                        .filter(d -> !d.isEmpty()).max(Comparator.naturalOrder()).orElse("");
                if (last.startsWith("2027")) {
                    cn2027++;
                    assertThat(r.get("calendar_caveat")).as(r.get("pub_id")).isEmpty();
                }
            }
        }
        assertThat(cn2027).as("CN patents whose deadlines end in 2027").isPositive();
    }

    @Test
    @Order(3)
    void theIndicatorsAreTheSameOnTheCluster() throws Exception {
        for (String master : List.of(LOCAL, CLUSTER)) {
            patnav("indicators", master, List.of("indicators", "--master", master, "--warehouse", "w", "--as-of", AS_OF,
                    "--out", dir(master) + "/indicators", "--region", "341600", "--from", "2023", "--divisions", "divisions",
                    "--holidays", "hol", "--sei", "sei.tsv", "--high-value-rules", "high-value-rules.tsv",
                    "--population", "inputs/population.csv", "--targets", "inputs/targets.csv",
                    "--inputs", "inputs/inputs.csv", "--pledges", "inputs/pledges.csv",
                    "--open-licences", "inputs/open-licences.csv", "--awards", "inputs/awards.csv",
                    "--term-extensions", "inputs/term-extensions.csv"));
        }
        assertSameCsv("indicators");
        assertSameFiles(cwd.resolve(dir(LOCAL)).resolve("indicators"), cwd.resolve(dir(CLUSTER)).resolve("indicators"));
        // Judged in the tasks with the files' rules: the --sei file's extra industry, and the --high-value-rules
        // file's 8 maintenance years in force on the as-of date (filed after 2016-11-24: under 10 years).
        String patents = Files.readString(cwd.resolve(dir(CLUSTER) + "/indicators/patents.csv"), StandardCharsets.UTF_8);
        assertThat(patents).contains("9.9 PatNav test industry");
        boolean eightYears = false;
        try (CSVParser csv = CSVParser.parse(patents.replaceFirst("^\uFEFF", ""), CSVFormat.DEFAULT.builder().setHeader().get())) {
            for (CSVRecord r : csv) {
                eightYears |= r.get("criteria").contains("maintained_over_years") && r.get("filing_date").compareTo("2016-11-24") > 0;
            }
        }
        assertThat(eightYears).as("a patent under 10 years old maintained over the file's 8 years").isTrue();
    }

    /**
     * The landscape starts no Spark job (it reads its sector's rows of the fact table on the driver), so what
     * a cluster can change is the fact table: navigate builds it again on the cluster, in a copy of the
     * warehouse, and the landscape over either table must write the same bytes.
     */
    @Test
    @Order(4)
    void theFactTableBuiltOnTheClusterGivesTheSameLandscape() throws Exception {
        copyTree(cwd.resolve("w"), cwd.resolve("w-cluster"));
        assertThat(patnav("navigate", CLUSTER, List.of("navigate", "--master", CLUSTER, "--warehouse", "w-cluster")))
                .containsPattern("tcm\\s+\\S+\\s+95\\b");
        for (String master : List.of(LOCAL, CLUSTER)) {
            String warehouse = master.equals(LOCAL) ? "w" : "w-cluster";
            patnav("landscape-" + dir(master) + "-facts", DRIVER_ONLY, List.of("landscape", "--warehouse", warehouse,
                    "--sector", "tcm", "--as-of", AS_OF, "--region", "341600", "--divisions", "divisions",
                    "--out", dir(master) + "/landscape"));
        }
        assertSameCsv("landscape");
        // The same command again in another JVM, into the same folder: every file the same bytes (maps in a fixed
        // order, the workbook stamped with the snapshot's time, not the time of writing), the folder replaced whole.
        Path first = cwd.resolve("local/landscape-first");
        copyTree(cwd.resolve("local/landscape"), first);
        patnav("landscape-local-facts-again", DRIVER_ONLY, List.of("landscape", "--warehouse", "w", "--sector", "tcm",
                "--as-of", AS_OF, "--region", "341600", "--divisions", "divisions", "--out", "local/landscape"));
        assertSameFiles(first, cwd.resolve("local/landscape"));
        assertThat(listed(cwd.resolve("local"))).extracting(p -> p.getFileName().toString())
                .contains("landscape", "landscape-first").noneMatch(n -> n.startsWith("."));
    }

    /** The same files under both folders, byte for byte. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        Set<String> names = files(expected);
        assertThat(names).contains("report.json").anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".html"));
        assertThat(files(actual)).isEqualTo(names);
        for (String name : names) {
            assertThat(Files.mismatch(expected.resolve(name), actual.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    @AfterAll
    static void wallTimes() throws IOException {
        // The Spark home's links point into jobs/target/lib: removed here, the temporary directory's cleanup
        // does not warn about each.
        for (Path link : listed(sparkHome.resolve("jars"))) {
            Files.delete(link);
        }
        StringBuilder b = new StringBuilder("ClusterRunIT wall time per command (child JVM, start to exit):\n");
        TIMES.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-36s %7.1f s%n", k, v.toMillis() / 1000.0)));
        b.append(String.format(Locale.ROOT, "  %-36s %7.1f s%n", "total",
                TIMES.values().stream().mapToLong(Duration::toMillis).sum() / 1000.0));
        System.out.print(b);
    }

    /** Output folders by mode: local/ and cluster/. */
    static String dir(String master) {
        return master.equals(LOCAL) ? "local" : "cluster";
    }

    /** Every CSV file under the command's two output folders: the same names, the same bytes. */
    static void assertSameCsv(String command) throws IOException {
        Path local = cwd.resolve("local").resolve(command);
        Path cluster = cwd.resolve("cluster").resolve(command);
        Set<String> names = csvFiles(local);
        assertThat(names).as(command + " CSV files").isNotEmpty().contains("data/" + firstDataCsv(local));
        assertThat(csvFiles(cluster)).as(command + " CSV files on the cluster").isEqualTo(names);
        for (String name : names) {
            assertThat(Files.readAllBytes(cluster.resolve(name))).as(command + "/" + name + " on the cluster")
                    .isEqualTo(Files.readAllBytes(local.resolve(name)));
        }
    }

    private static String firstDataCsv(Path out) throws IOException {
        return listed(out.resolve("data")).stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                .findFirst().orElse("(none)");
    }

    static Set<String> csvFiles(Path root) throws IOException {
        return files(root).stream().filter(n -> n.endsWith(".csv")).collect(TreeSet::new, Set::add, Set::addAll);
    }

    /**
     * Runs {@code java ... org.patnav.cli.PatNav ARGS} in {@link #cwd} as {@code ./patnav} does, and returns its
     * output; a non-zero exit fails with the output's end. On the cluster, also checks that its executors ran
     * in JVMs of their own, each with PatNav's jar and libraries fetched from the driver.
     */
    static String patnav(String command, String master, List<String> args) throws IOException, InterruptedException {
        Set<Path> appsBefore = apps();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        // Short runs over 400 patents: the C1 compiler alone halves the driver's and executors' CPU time (C2
        // would compile for a long run that never comes). It changes no result.
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dspark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1");
        cmd.addAll(Arrays.stream(System.getProperty("patnav.jvmFlags", "").split("\\s+")).filter(s -> !s.isBlank()).toList());
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", jar + java.io.File.pathSeparator + jar.resolveSibling("lib") + "/*",
                "org.patnav.cli.PatNav"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        Path log = tmp.resolve(command + "-" + master.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        pb.redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", scalaVersion());
        // Driver, master, worker and executors talk over the loopback interface only.
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Instant started = Instant.now();
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        TIMES.put(command + " " + master, Duration.between(started, Instant.now()));
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(command + " " + master + " within " + TIMEOUT + ":\n" + tail(out)).isTrue();
        assertThat(p.exitValue()).as(command + " " + master + " exit code:\n" + tail(out)).isZero();
        if (master.equals(CLUSTER)) {
            assertExecutorsGotPatNav(command, appsBefore);
        }
        return out;
    }

    /** The application's executor directories (work/APP/ID), each holding the jars the driver shipped. */
    static void assertExecutorsGotPatNav(String command, Set<Path> appsBefore) throws IOException {
        Set<Path> apps = new TreeSet<>(apps());
        apps.removeAll(appsBefore);
        assertThat(apps).as(command + ": one new application on the local cluster").hasSize(1);
        List<Path> executors = listed(apps.iterator().next()).stream().filter(Files::isDirectory).toList();
        assertThat(executors).as(command + ": executor JVMs").isNotEmpty();
        List<String> shipped = new ArrayList<>();
        shipped.add(jar.getFileName().toString());
        try (JarFile f = new JarFile(jar.toFile())) {
            String classPath = f.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            Arrays.stream(classPath.strip().split("\\s+")).map(e -> Path.of(e).getFileName().toString()).forEach(shipped::add);
        }
        assertThat(shipped).contains("patnav-pipeline-0.1.0-SNAPSHOT.jar", "lucene-core-10.5.0.jar", "picocli-4.7.7.jar");
        for (Path executor : executors) {
            // An executor fetches the jars when its first task arrives; one that got none ran no task.
            if (Files.exists(executor.resolve(jar.getFileName()))) {
                for (String name : shipped) {
                    assertThat(executor.resolve(name)).as(command + ": shipped to executor " + executor.getFileName())
                            .isRegularFile();
                }
            }
        }
        assertThat(executors).as(command + ": executors that ran tasks with PatNav's jar")
                .anyMatch(e -> Files.exists(e.resolve(jar.getFileName())));
    }

    static Set<Path> apps() throws IOException {
        Path work = sparkHome.resolve("work");
        return Files.isDirectory(work) ? new TreeSet<>(listed(work)) : Set.of();
    }

    /** The Scala binary version of the Spark in lib/ (spark-core_2.13-4.2.0.jar: 2.13), for Spark's launcher. */
    static String scalaVersion() throws IOException {
        return listed(jar.resolveSibling("lib")).stream().map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("spark-core_"))
                .map(n -> n.substring("spark-core_".length(), n.indexOf('-', "spark-core_".length())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no spark-core jar in lib/"));
    }

    static String shipped(String resource) throws IOException {
        try (InputStream in = ClusterRunIT.class.getResourceAsStream("/org/patnav/analytics/highvalue/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Path> listed(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static String tail(String out) {
        String[] lines = out.split("\n");
        return String.join("\n", Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
