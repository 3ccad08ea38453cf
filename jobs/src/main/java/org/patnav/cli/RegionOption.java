package org.patnav.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.AdminDivisions.Division;
import org.patnav.normalize.RegionCode;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --region} of landscape, watchlist and indicators, checked before any Spark work and returned as
 * the six-digit division code the jobs take; a name ({@code 亳州市}) is looked up.
 *
 * <p>The check is against the table the command's region codes come from: {@code --divisions DIR} when
 * the command has it and it is given, otherwise the table the warehouse was ingested with (its ingest run
 * report records it), because every region code in the warehouse was derived from that table. When there
 * is neither (a warehouse ingested without {@code --divisions}, or its table since moved), a code is
 * only checked for its GB/T 2260 form ({@link RegionCode}), a note on the error stream says it was not checked, and a name
 * cannot be looked up.
 */
final class RegionOption {

    /** A division table, or why there is none; {@code source} names it in messages. */
    private record Table(AdminDivisions divisions, String source) {
    }

    private RegionOption() {
    }

    /**
     * @param divisionsDir the command's {@code --divisions} (null when not given or not an option)
     * @param divisions    that table, loaded (null with it)
     * @return the six-digit code, or null when {@code value} is null
     */
    static String code(CommandSpec spec, String value, Path divisionsDir, AdminDivisions divisions, Warehouse warehouse)
            throws IOException {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Table table = divisions != null ? new Table(divisions, divisionsDir + " (--divisions)") : ingestTable(warehouse);
        if (table.divisions() == null) {
            return unchecked(spec, v, table.source());
        }
        if (v.matches("\\d{6}") && table.divisions().get(v).isPresent()) {
            return v;
        }
        List<Division> named = all(table.divisions()).filter(d -> d.name().equals(v)).toList();
        if (named.size() == 1) {
            return named.getFirst().code();
        }
        if (named.size() > 1) {
            throw Checks.error(spec, "--region " + v + " names " + named.size() + " divisions in the table " + table.source()
                    + ": " + String.join(", ", named.stream().map(Division::code).sorted().toList()) + "; give the code");
        }
        List<Division> near = nearest(table.divisions(), v);
        throw Checks.error(spec, "--region " + v + " is not a division in the table " + table.source() + (near.isEmpty() ? ""
                : "; try " + String.join(" or ", near.stream().map(d -> d.code() + " (" + d.name() + ")").toList())));
    }

    /** The table the warehouse's region codes were derived from, as its ingest run recorded it. */
    private static Table ingestTable(Warehouse warehouse) throws IOException {
        Optional<String> dir = warehouse.snapshotRunReport().map(r -> r.path("options").path("divisions"))
                .filter(JsonNode::isTextual).map(JsonNode::asText);
        if (dir.isEmpty()) {
            return new Table(null, warehouse.location() + " was ingested without --divisions");
        }
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir.get());
        String source = dir.get() + " (the warehouse was ingested with it)";
        try {
            FileSystem fs = root.getFileSystem(warehouse.fileSystem().getConf());
            return new Table(AdminDivisions.load(name -> fs.open(new org.apache.hadoop.fs.Path(root, name))), source);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return new Table(null, "the table " + source + " cannot be read: " + e.getMessage());
        }
    }

    private static String unchecked(CommandSpec spec, String v, String why) {
        if (!v.matches("\\d{6}")) {
            throw Checks.error(spec, "--region " + v + " cannot be looked up: " + why + "; give a six-digit division code"
                    + (spec.findOption("--divisions") != null ? " or --divisions DIR" : ""));
        }
        try {
            RegionCode.parse(v);
        } catch (IllegalArgumentException e) {
            throw Checks.error(spec, "--region " + e.getMessage());
        }
        spec.commandLine().getErr().println(spec.qualifiedName() + ": note: --region " + v
                + " is not checked against a division table: " + why);
        return v;
    }

    private static Stream<Division> all(AdminDivisions divisions) {
        return Stream.of(RegionCode.Level.values()).flatMap(level -> divisions.all(level).stream());
    }

    /**
     * What was probably meant: for digits, the division sharing the longest code prefix (at least the
     * province), the higher level first (341699 → 341600); for a name, those beginning with it
     * (亳州 → 亳州市), three at most.
     */
    private static List<Division> nearest(AdminDivisions divisions, String v) {
        if (v.matches("\\d+")) {
            return all(divisions).filter(d -> commonPrefix(d.code(), v) >= 2)
                    .max(Comparator.<Division>comparingInt(d -> commonPrefix(d.code(), v))
                            .thenComparing(Division::level, Comparator.reverseOrder())
                            .thenComparing(Division::code, Comparator.reverseOrder()))
                    .stream().toList();
        }
        return all(divisions).filter(d -> d.name().startsWith(v))
                .sorted(Comparator.comparing(Division::code)).limit(3).toList();
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
