package org.patnav.jobs.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.patnav.report.ManifestWriter;

/**
 * The inputs an indicators run recorded in its {@code report.json} (the registers, rules, population,
 * calendars, term-extension register and the as-of date), so that {@code indicators --explain} lists what is behind that run's
 * numbers and {@code patents.csv} rather than behind other inputs: an input not given to the explain is
 * taken from the run, an input given that differs from the run's is named, and without a run the
 * output says that its inputs are only those given.
 */
public final class RecordedInputs {

    /** The options to explain with, and the lines saying which inputs they are and how they compare. */
    public record Aligned(IndicatorsJob.Options options, List<String> lines) {
    }

    /** The shipped rule files are recorded by name, not by path. */
    private static final String SHIPPED = "(shipped)";

    private RecordedInputs() {
    }

    /**
     * @param given     the explain's options; a null input was not given
     * @param asOfGiven whether {@code --as-of} was given (else the run's as-of date applies)
     * @param run       the folder of the run to explain (its {@code report.json}), null when none is named
     */
    public static Aligned align(IndicatorsJob.Options given, boolean asOfGiven, Path run) throws IOException {
        Map<String, Path> here = inputs(given);
        List<String> lines = new ArrayList<>();
        if (run == null) {
            lines.add("inputs: " + describe(here) + "; as of " + given.asOf());
            lines.add("no run named (--out DIR of an indicators run): only these inputs are used; a run with other"
                    + " registers, rules or as-of date counts differently, and its patents.csv may list other patents");
            return new Aligned(given, lines);
        }
        Path manifest = run.resolve(ManifestWriter.FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException("no " + ManifestWriter.FILE + " in " + run
                    + ": with --explain, --out names the folder of an indicators run");
        }
        JsonNode json;
        try (InputStream in = Files.newInputStream(manifest)) {
            json = new ObjectMapper().readTree(in);
        }
        JsonNode recorded = json.path("inputs");
        if (!recorded.isObject() || !json.hasNonNull("as_of")) {
            throw new IllegalArgumentException(manifest + " records no indicators inputs (is it an indicators run?)");
        }
        Map<String, Path> theirs = new LinkedHashMap<>();
        for (String key : here.keySet()) {
            JsonNode v = recorded.path(key);
            theirs.put(key, v.isTextual() && !v.asText().endsWith(SHIPPED) ? Path.of(v.asText()) : null);
        }
        LocalDate runAsOf = LocalDate.parse(json.get("as_of").asText());
        List<String> differ = new ArrayList<>();
        Map<String, Path> used = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : here.entrySet()) {
            Path mine = e.getValue();
            Path recordedPath = theirs.get(e.getKey());
            if (mine == null) {
                used.put(e.getKey(), recordedPath);
            } else {
                used.put(e.getKey(), mine);
                if (!same(mine, recordedPath)) {
                    differ.add(e.getKey() + " (run: " + (recordedPath == null ? "none" : recordedPath) + "; here: " + mine + ")");
                }
            }
        }
        LocalDate asOf = asOfGiven ? given.asOf() : runAsOf;
        if (!asOf.equals(runAsOf)) {
            differ.add("as of (run: " + runAsOf + "; here: " + asOf + ")");
        }
        String warehouse = json.path("warehouse").asText(null);
        if (warehouse != null && !same(Path.of(given.warehouse()), Path.of(warehouse))) {
            differ.add("warehouse (run: " + warehouse + "; here: " + given.warehouse() + ")");
        }
        IndicatorsJob.Options options = new IndicatorsJob.Options(given.warehouse(), asOf, given.region(),
                Math.min(given.fromYear(), asOf.getYear()), used.get("population"), used.get("targets"), used.get("inputs"),
                used.get("pledges"), used.get("open_licences"), used.get("awards"), used.get("high_value_rules"),
                used.get("concordance"), used.get("holidays"), given.divisions(), used.get("term_extensions"));
        lines.add("inputs: " + describe(used) + "; as of " + asOf);
        lines.add(differ.isEmpty()
                ? "the inputs of the run in " + run + " (inputs not given here are taken from its " + ManifestWriter.FILE
                        + "): the list below is the one behind its figures and patents.csv"
                : "differs from the run in " + run + ": " + String.join("; ", differ)
                        + " — the figures and lists below may differ from that run's report and patents.csv");
        return new Aligned(options, lines);
    }

    /** The inputs of the options by the keys of {@link IndicatorsJob#inputsManifest()}. */
    private static Map<String, Path> inputs(IndicatorsJob.Options o) {
        Map<String, Path> m = new LinkedHashMap<>();
        m.put("population", o.population());
        m.put("targets", o.targets());
        m.put("inputs", o.inputs());
        m.put("pledges", o.pledges());
        m.put("open_licences", o.openLicences());
        m.put("awards", o.awards());
        m.put("high_value_rules", o.rules());
        m.put("concordance", o.concordance());
        m.put("holidays", o.holidays());
        m.put("term_extensions", o.termExtensions());
        return m;
    }

    private static String describe(Map<String, Path> inputs) {
        List<String> out = new ArrayList<>();
        inputs.forEach((k, v) -> out.add(k + "=" + (v != null ? v : k.equals("high_value_rules") || k.equals("concordance")
                ? "shipped" : "none")));
        return String.join(", ", out);
    }

    private static boolean same(Path a, Path b) {
        return b != null && Objects.equals(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
    }
}
