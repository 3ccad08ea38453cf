package org.patnav.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.facts.FactsJob;
import org.patnav.jobs.index.IndexJob;
import org.patnav.jobs.ingest.IngestJob;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.navigate.NavigateJob;
import org.patnav.navigate.Sectors;
import org.patnav.samples.SampleGenerator;

/**
 * The demo's warehouse, built once for all job tests (surefire runs them in one JVM): the 400-application
 * sample world written by the generator, ingested with the sample divisions and aliases, indexed and
 * navigated with the shipped sectors. Tests read it; a test that changes a warehouse copies it first.
 */
public final class SampleWarehouse {

    public static final int APPLICATIONS = 400;
    public static final long SEED = 20261124L;
    public static final Path DATA_SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();

    private static SampleWarehouse instance;

    public final Path root;
    public final Path world;
    public final Path warehouse;
    public final IngestJob.Result ingest;
    public final IndexJob.Result index;
    public final NavigateJob.Result navigate;
    public final FactsJob.Result facts;

    private SampleWarehouse() throws IOException {
        root = Files.createTempDirectory("patnav-sample-warehouse");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        world = root.resolve("bozhou");
        warehouse = root.resolve("w");
        SampleGenerator.write(world, APPLICATIONS, SEED);
        List<String> inputs;
        try (Stream<Path> dirs = Files.list(world)) {
            inputs = dirs.filter(Files::isDirectory).sorted().map(Path::toString).toList();
        }
        SparkSession spark = SharedSpark.get();
        ingest = new IngestJob(spark, new IngestJob.Options(inputs, warehouse.toString(),
                DATA_SAMPLES.resolve("divisions").toString(), DATA_SAMPLES.resolve("aliases.tsv").toString(), null),
                Progress.SILENT).run();
        index = new IndexJob(spark, new IndexJob.Options(warehouse.toString(), null), Progress.SILENT).run();
        navigate = new NavigateJob(spark, new NavigateJob.Options(warehouse.toString(), Sectors.shipped()),
                Progress.SILENT).run();
        facts = new FactsJob(spark, new FactsJob.Options(warehouse.toString()), Progress.SILENT).run();
    }

    public static synchronized SampleWarehouse get() {
        if (instance == null) {
            try {
                instance = new SampleWarehouse();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the sample warehouse", e);
            }
        }
        return instance;
    }

    /** A copy of the warehouse for a test that changes it. */
    public Path copy(Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(warehouse)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(warehouse.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the JVM is exiting; a temporary directory left behind is harmless
        }
    }
}
