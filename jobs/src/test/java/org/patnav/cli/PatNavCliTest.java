package org.patnav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SharedSpark;
import picocli.CommandLine;

/** The command line as a user meets it: help everywhere, one-line errors, exit codes. */
class PatNavCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PatNav.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "ingest", "samples");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "ingest", "samples"}) {
            Run r = run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: patnav " + command);
        }
        assertThat(run("ingest", "--help").out()).contains("--warehouse=W", "--divisions=DIR", "INPUT...");
    }

    @Test
    void missingOptionsAreUsageErrors() {
        Run r = run("ingest", "some-input");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--warehouse=W'");
    }

    @Test
    void aFailingJobIsOneLineWithoutStackTrace(@TempDir Path tmp) throws IOException {
        SharedSpark.get();
        // The divisions directory exists, so the command lets it through; the job finds it empty.
        Path divisions = Files.createDirectories(tmp.resolve("divisions"));
        Path input = Files.writeString(tmp.resolve("input.txt"), "not a patent", StandardCharsets.UTF_8);
        Run r = run("ingest", "--warehouse", tmp.resolve("w").toString(), "--divisions", divisions.toString(), input.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("patnav ingest: cannot read administrative-division file provinces.csv");
    }

    @Test
    void samplesWritesTheWorldAndSaysWhat(@TempDir Path tmp) {
        Run r = run("samples", "--out", tmp.toString(), "--patents", "20", "--seed", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("cn-export", "google", "uspto", "patentsview", "maintfee",
                "20 applications, seed 3");
    }
}
