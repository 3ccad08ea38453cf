package org.patnav.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.SequencedCollection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code report.json}: what a program needs to know about a report without opening it. In this order:
 * <pre>
 * lang, title, subtitle        the report's language and headings
 * ...                          the report's {@link Report#manifest()} entries, keys sorted (at every depth)
 * kpis                         {kpi id: value}, every KPI of the report in report order; numbers as JSON
 *                              numbers, null when the data cannot say
 * sections                     [{id, title, tables: [table id...]}]
 * files                        the files written with the report, relative paths with "/"
 * </pre>
 * Pretty printed with {@code \n} line ends; the same report gives the same bytes, whatever the iteration
 * order of the maps and sets in its manifest.
 */
public final class ManifestWriter {

    /** The manifest's file name in the report's output folder. */
    public static final String FILE = "report.json";

    /** The keys this writer sets; {@link Report#manifest()} may not use them. */
    public static final List<String> KEYS = List.of("lang", "title", "subtitle", "kpis", "sections", "files");

    /**
     * Writes {@code report.json} under {@code outDir}.
     *
     * @param files the files written with the report, relative to {@code outDir} ({@link DataFilesWriter#write}
     *              and {@link WorkbookWriter#write} return theirs; add the HTML page and charts); each must exist
     * @return the file written, relative to {@code outDir}: {@value #FILE}
     * @throws IllegalArgumentException when a listed file is missing, the manifest uses one of {@link #KEYS}
     *                                  or holds a value with no JSON form, or two KPIs share an id
     */
    public String write(Report report, List<String> files, Path outDir) throws IOException {
        List<String> missing = files.stream().filter(f -> !Files.isRegularFile(outDir.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("report.json would list files that are not in " + outDir + ": "
                    + missing);
        }
        Files.createDirectories(outDir);
        try (OutputStream out = Files.newOutputStream(outDir.resolve(FILE))) {
            write(report, files, out);
        }
        return FILE;
    }

    /** Writes the manifest to {@code out}, left open; {@code files} are listed as given. */
    public void write(Report report, List<String> files, OutputStream out) throws IOException {
        for (String key : KEYS) {
            if (report.manifest().containsKey(key)) {
                throw new IllegalArgumentException("the report's manifest sets '" + key
                        + "', which report.json takes from the report itself");
            }
        }
        Set<String> kpiIds = new HashSet<>();
        for (Kpi k : report.kpis()) {
            if (!kpiIds.add(k.id())) {
                throw new IllegalArgumentException("two KPIs with id '" + k.id() + "'");
            }
        }

        JsonGenerator g = JsonValues.open(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("lang", report.lang());
        g.writeStringField("title", report.title());
        g.writeStringField("subtitle", report.subtitle());
        for (Map.Entry<String, Object> e : sorted(report.manifest(), "manifest").entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue(), e.getKey());
        }

        g.writeObjectFieldStart("kpis");
        for (Kpi k : report.kpis()) {
            g.writeFieldName(k.id());
            try {
                JsonValues.write(g, k.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("KPI " + k.id() + ": " + e.getMessage(), e);
            }
        }
        g.writeEndObject();

        g.writeArrayFieldStart("sections");
        for (Section s : report.sections()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeArrayFieldStart("tables");
            for (Table t : s.tables()) {
                g.writeString(t.id());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("files");
        for (String f : files) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    /**
     * A manifest value: maps (keys sorted), lists and arrays, strings, numbers, booleans, null, and a
     * {@code LocalDate} as its ISO string. Anything else is refused rather than serialised by reflection.
     */
    private static void value(JsonGenerator g, Object v, String path) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case BigInteger i -> g.writeNumber(i);
            case BigDecimal d -> g.writeNumber(d);
            case Double d when Double.isFinite(d) -> g.writeNumber(d);
            case Float f when Float.isFinite(f) -> g.writeNumber(f);
            case LocalDate d -> g.writeString(d.toString());
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : sorted(m, path).entrySet()) {
                    g.writeFieldName(e.getKey());
                    value(g, e.getValue(), path + "." + e.getKey());
                }
                g.writeEndObject();
            }
            case Collection<?> c -> list(g, c, path);
            case Object[] a -> list(g, Arrays.asList(a), path);
            default -> throw new IllegalArgumentException("manifest " + path + ": " + v.getClass().getName() + " "
                    + v + " has no JSON form");
        }
    }

    /** A collection in its order; one without an order (a {@code HashSet}, {@code Set.of}) sorted by text. */
    private static void list(JsonGenerator g, Collection<?> c, String path) throws IOException {
        Collection<?> ordered = c instanceof SequencedCollection<?> ? c
                : c.stream().sorted(Comparator.comparing(String::valueOf)).toList();
        g.writeStartArray();
        int i = 0;
        for (Object o : ordered) {
            value(g, o, path + "[" + i++ + "]");
        }
        g.writeEndArray();
    }

    private static Map<String, Object> sorted(Map<?, ?> m, String path) {
        Map<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("manifest " + path + ": key " + e.getKey() + " is not a string");
            }
            sorted.put(key, e.getValue());
        }
        return sorted;
    }
}
