package org.patnav.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small tab-separated rule tables shipped as resources (or given as files by a user):
 * UTF-8, {@code #} starts a comment line, blank lines ignored, columns split on tabs.
 */
public final class RuleFiles {

    private RuleFiles() {
    }

    public static List<String[]> resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule table missing from the classpath: " + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + name, e);
        }
    }

    public static List<String[]> file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + path, e);
        }
    }

    /** Reads a rule table from any stream (the jobs open user files on the warehouse file system). */
    public static List<String[]> read(InputStream in, String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            if (cols.length < 2) {
                throw new IllegalStateException(name + " line " + lineNo + ": expected tab-separated columns");
            }
            rows.add(cols);
        }
        return rows;
    }
}
