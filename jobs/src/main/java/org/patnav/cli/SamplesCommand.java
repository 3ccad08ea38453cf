package org.patnav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patnav.samples.SampleGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code patnav samples}: writes the deterministic sample world in the real bulk formats. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        header = "Writes the deterministic Bozhou sample world in the real bulk formats.",
        description = {
            "Writes a deterministic, Bozhou-centred sample world in the real bulk formats PatNav reads:",
            "Chinese platform exports (CSV UTF-8/GB18030, XLSX), Google Patents JSON, USPTO weekly XML,",
            "PatentsView tables and USPTO maintenance-fee events, plus ground-truth files and a few",
            "deliberately malformed records (listed in ground-truth-rejects.csv); and in trademarks/ the marks",
            "of the world's applicants (CN trademark export CSV and XLSX, USPTO Trademark Case Files CSVs),",
            "three of their records broken on purpose.",
            "The same --patents and --seed always give byte-identical files."})
final class SamplesCommand implements Callable<Integer> {

    static final long DEFAULT_SEED = 20261124L;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (local).")
    Path out;

    @Option(names = "--patents", paramLabel = "N", defaultValue = "400",
            description = "Number of patent applications in the world (default: ${DEFAULT-VALUE}).")
    int patents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checks.positive(spec, "--patents", patents);
        Checks.outputDirectory(spec, "--out", out);
        PrintWriter w = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SampleGenerator.Summary s = SampleGenerator.write(out, patents, seed);
        w.printf(Locale.ROOT, "%-14s %8s %12s%n", "folder", "files", "records");
        s.byFolder().forEach((folder, t) -> w.printf(Locale.ROOT, "%-14s %,8d %,12d%n", folder, t[0], t[1]));
        w.printf(Locale.ROOT, "%,d applications, seed %d, %d records broken on purpose; written to %s in %.1f s%n",
                s.applications(), s.seed(), s.planted(), out, (System.nanoTime() - t0) / 1e9);
        w.flush();
        return 0;
    }
}
