package org.patnav.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline of {@code bench/landscape-vs-duckdb.sh}: the landscape's tables computed by DuckDB from the
 * same fact table ({@code W/facts/*.parquet}, filtered to the sector) and the inputs that
 * {@code LandscapeBaselineInputs} prepares (status, persons, chain, effects, labels, IPC titles), by the SQL in
 * {@code landscape-duckdb.sql}. Each table is
 * written to {@code OUT/<table>.csv} for {@code LandscapeTableCheck} to compare with PatNav's
 * {@code data/*.csv}.
 *
 * <p>A test-source class: DuckDB is a test-scope dependency, on no classpath the jobs jar ships with. It
 * runs in its own JVM (classpath {@code jobs/target/test-classes} and {@code jobs/target/bench-lib/*}),
 * needs nothing of PatNav, and uses only JDBC. It prints, on standard output:
 * <pre>
 * duckdb-timing connect MS     (loading the driver's native library and opening an in-memory database)
 * duckdb-timing load MS        (the sector's facts and the inputs into tables)
 * duckdb-timing analyse MS     (every table, written to its CSV file)
 * duckdb-timing tables N
 * </pre>
 * Usage: {@code DuckDbLandscape FACTS_DIR SECTOR INPUTS_DIR AS_OF REGION OUT_DIR [THREADS]}.
 */
public final class DuckDbLandscape {

    private static final String SQL = "landscape-duckdb.sql";
    private static final Pattern BLOCK = Pattern.compile("(?m)^-- (step|table): ([A-Za-z0-9_]+)\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private DuckDbLandscape() {
    }

    /** A block of the SQL file: a step (statements to run) or a table (one SELECT to write). */
    record Block(String kind, String name, String sql) {
    }

    public static void main(String[] args) throws Exception {
        Path facts = Path.of(args[0]);
        String sector = args[1];
        Path inputs = Path.of(args[2]);
        String asOf = args[3];
        String region = args[4];
        Path out = Files.createDirectories(Path.of(args[5]));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("facts", literal(facts.resolve("*.parquet").toString()));
        values.put("sector", literal(sector));
        values.put("status", literal(inputs.resolve("status.csv").toString()));
        values.put("persons", literal(inputs.resolve("persons.csv").toString()));
        values.put("inventors", literal(inputs.resolve("inventors.csv").toString()));
        values.put("chain", literal(inputs.resolve("chain.csv").toString()));
        values.put("effects", literal(inputs.resolve("effects.csv").toString()));
        values.put("labels", literal(inputs.resolve("labels.csv").toString()));
        values.put("ipc_titles", literal(inputs.resolve("ipc-titles.csv").toString()));
        values.put("as_of", literal(asOf));
        values.put("region", literal(region));
        List<Block> blocks = blocks(fill(read(), values));

        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            if (args.length > 6) {
                s.execute("SET threads = " + Integer.parseInt(args[6]));
            }
            long t1 = System.nanoTime();
            long loaded = t1;
            int tables = 0;
            for (Block b : blocks) {
                if (b.kind().equals("step")) {
                    for (String statement : statements(b.sql())) {
                        run(s, b, statement);
                    }
                    if (b.name().equals("load")) {
                        loaded = System.nanoTime();
                    }
                } else {
                    String select = b.sql().strip().replaceAll(";\\s*$", "");
                    run(s, b, "COPY (" + select + ") TO " + literal(out.resolve(b.name() + ".csv").toString())
                            + " (HEADER, DELIMITER ',')");
                    tables++;
                }
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "duckdb-timing connect %d%n", (t1 - t0) / 1_000_000);
            System.out.printf(Locale.ROOT, "duckdb-timing load %d%n", (loaded - t1) / 1_000_000);
            System.out.printf(Locale.ROOT, "duckdb-timing analyse %d%n", (t2 - loaded) / 1_000_000);
            System.out.printf(Locale.ROOT, "duckdb-timing tables %d%n", tables);
        }
    }

    private static void run(Statement s, Block b, String sql) throws SQLException {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(SQL + ", " + b.kind() + " " + b.name() + ": " + e.getMessage(), e);
        }
    }

    private static String read() throws IOException {
        try (InputStream in = DuckDbLandscape.class.getResourceAsStream(SQL)) {
            if (in == null) {
                throw new IOException("no " + SQL + " next to " + DuckDbLandscape.class.getName());
            }
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    static String fill(String sql, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException(SQL + " names ${" + m.group(1) + "}, which is not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The blocks in file order; text before the first block (the file's comment) is dropped. */
    static List<Block> blocks(String sql) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(sql);
        String kind = null;
        String name = null;
        int start = 0;
        while (m.find()) {
            if (kind != null) {
                out.add(new Block(kind, name, sql.substring(start, m.start())));
            }
            kind = m.group(1);
            name = m.group(2);
            start = m.end();
        }
        if (kind != null) {
            out.add(new Block(kind, name, sql.substring(start)));
        }
        return out;
    }

    /** A step's statements: split at a semicolon that ends a line (none of the file's literals holds one). */
    static List<String> statements(String step) {
        List<String> out = new ArrayList<>();
        for (String part : step.split(";\\s*(?:\\n|$)")) {
            String withoutComments = part.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            if (!withoutComments.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    /** A SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
