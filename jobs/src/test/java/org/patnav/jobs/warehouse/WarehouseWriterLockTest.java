package org.patnav.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.cli.PatNav;
import org.patnav.jobs.SharedSpark;
import picocli.CommandLine;

/**
 * Two writers at once (issue 14): the second is refused with a message naming the run that holds the warehouse,
 * never a silent loss of the first run's tables; a lock whose run was killed on this machine is taken over.
 */
class WarehouseWriterLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondWriterIsRefusedNamingTheRunThatHoldsTheWarehouse() throws IOException {
        Warehouse w = new Warehouse(tmp.resolve("w").toString(), new Configuration());
        try (Warehouse.WriterLock first = w.lockForWriting("ingest-20261203T101500.000Z")) {
            assertThatThrownBy(() -> w.lockForWriting("ingest-20261203T101600.000Z"))
                    .isInstanceOf(Warehouse.BusyException.class)
                    .hasMessageContaining("is being written by run ingest-20261203T101500.000Z")
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .hasMessageContaining(Warehouse.WRITER_LOCK);
        }
        // released: the next run takes it
        try (Warehouse.WriterLock next = w.lockForWriting("ingest-20261203T101700.000Z")) {
            assertThat(Files.exists(tmp.resolve("w").resolve(Warehouse.WRITER_LOCK))).isTrue();
        }
        assertThat(Files.exists(tmp.resolve("w").resolve(Warehouse.WRITER_LOCK))).isFalse();
    }

    @Test
    void aLockLeftByARunKilledOnThisMachineIsTakenOver() throws IOException, InterruptedException {
        // A process that has ended stands for the killed run.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.createDirectories(tmp.resolve("w"));
        Files.writeString(tmp.resolve("w").resolve(Warehouse.WRITER_LOCK), "{\"run_id\":\"ingest-killed\",\"host\":\""
                + java.net.InetAddress.getLocalHost().getHostName() + "\",\"pid\":" + gone.pid()
                + ",\"since\":\"2026-12-03T10:00:00Z\"}", StandardCharsets.UTF_8);
        Warehouse w = new Warehouse(tmp.resolve("w").toString(), new Configuration());

        try (Warehouse.WriterLock lock = w.lockForWriting("ingest-next")) {
            assertThat(Files.readString(tmp.resolve("w").resolve(Warehouse.WRITER_LOCK))).contains("ingest-next");
        }
    }

    @Test
    void aLockThatNamesNoRunIsNotTakenOver() throws IOException {
        Files.createDirectories(tmp.resolve("w"));
        Files.writeString(tmp.resolve("w").resolve(Warehouse.WRITER_LOCK), "");
        Warehouse w = new Warehouse(tmp.resolve("w").toString(), new Configuration());

        assertThatThrownBy(() -> w.lockForWriting("ingest-next")).isInstanceOf(Warehouse.BusyException.class)
                .hasMessageContaining("names no run");
    }

    @Test
    void anIngestIntoAWarehouseAnotherRunWritesStopsWithOneLineNamingThatRun() throws IOException {
        SharedSpark.get();
        Path input = Files.writeString(tmp.resolve("empty.csv"), "申请号,名称\n", StandardCharsets.UTF_8);
        Warehouse w = new Warehouse(tmp.resolve("w").toString(), new Configuration());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PatNav.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit;
        try (Warehouse.WriterLock other = w.lockForWriting("ingest-20261203T101500.000Z")) {
            exit = cli.execute("ingest", "--warehouse", tmp.resolve("w").toString(), input.toString());
        }
        assertThat(exit).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains("is being written by run ingest-20261203T101500.000Z");
        assertThat(Files.exists(tmp.resolve("w").resolve(Warehouse.SNAPSHOTS))).isFalse();
    }
}
