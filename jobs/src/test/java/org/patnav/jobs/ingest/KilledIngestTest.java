package org.patnav.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SampleWarehouse;
import org.patnav.jobs.SharedSpark;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.warehouse.Warehouse;

/**
 * Issue 14's fault injection: an ingest JVM killed (halted, as by {@code kill -9}) in its commit leaves the previous
 * snapshot whole and readable; the next run rolls the tables back and commits the same tables a run never killed
 * commits. Two points, the first table committed and every table committed but the snapshot record (each costs a
 * JVM with Spark, a minute on a busy CI machine); {@code FaultPoints} names one after each table.
 */
class KilledIngestTest {

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static String base;
    private static String added;
    /** The tables of base + added ingested in one run, never killed. */
    private static Path reference;

    @BeforeAll
    static void reference() throws IOException {
        spark = SharedSpark.get();
        Path world = SampleWarehouse.get().world;
        base = world.resolve("cn-export").toString();
        added = world.resolve("google").toString();
        reference = tmp.resolve("reference");
        ingest(reference, List.of(base, added));
    }

    private static IngestJob.Result ingest(Path warehouse, List<String> inputs) throws IOException {
        return new IngestJob(spark, new IngestJob.Options(inputs, warehouse.toString(), null, null, null), Progress.SILENT).run();
    }

    @ParameterizedTest
    @ValueSource(strings = {"after-patents", "before-snapshot-commit"})
    void aRunKilledAtAnyStepLeavesThePreviousSnapshotAndTheNextRunRecovers(String point) throws Exception {
        Path w = tmp.resolve("w-" + point);
        ingest(w, List.of(base));
        Warehouse warehouse = new Warehouse(w.toString(), new Configuration());
        List<Warehouse.Snapshot> before = warehouse.snapshots();
        List<String> patentsBefore = rows(warehouse, Warehouse.PATENTS);

        Process child = childIngest(w, point);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child ingest ended").isTrue();
        assertThat(child.exitValue()).as("halted at " + point).isEqualTo(137);

        // Readers see the previous snapshot, whole.
        assertThat(warehouse.snapshots()).isEqualTo(before);
        assertThat(rows(warehouse, Warehouse.PATENTS)).isEqualTo(patentsBefore);
        assertThat(Files.exists(w.resolve(Warehouse.WRITER_LOCK))).as("the killed run's lock is left").isTrue();

        // The next run takes the dead run's lock, rolls back its table versions and commits what one run commits.
        IngestJob.Result next = ingest(w, List.of(added));
        assertThat(next.counts()).allMatch(IngestCounts.Line::reconciles);
        assertThat(warehouse.snapshots()).hasSize(before.size() + 1);
        Warehouse single = new Warehouse(reference.toString(), new Configuration());
        for (String table : List.of(Warehouse.PATENTS, Warehouse.EVENTS, Warehouse.REJECTS)) {
            assertThat(rows(warehouse, table)).as(table).isEqualTo(rows(single, table));
        }
        assertThat(Files.exists(w.resolve("_staging"))).isFalse();
    }

    /** {@code patnav ingest --warehouse W ADDED} in a JVM of its own, halted at {@code point}. */
    private static Process childIngest(Path w, String point) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
                command.add(arg);
            }
        }
        command.add("-Dpatnav.fault=" + point);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.patnav.cli.PatNav");
        command.addAll(List.of("ingest", "--master", "local[2]", "--warehouse", w.toString(), added));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child-" + point + ".log").toFile()).start();
    }

    private static List<String> rows(Warehouse w, String table) {
        List<String> out = new ArrayList<>(w.read(spark, table).toJSON().collectAsList());
        out.sort(null);
        return out;
    }
}
