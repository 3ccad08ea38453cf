package org.patnav.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Titles of IPC subclasses and main groups for report labels. The bundled {@code ipc-titles.tsv}
 * (Chinese and English, the sectors' codes) is always there; {@link #withScheme} adds the whole scheme
 * in English from the JSON-per-section layout ({@code A.json} ... : nested {@code symbol}, {@code text},
 * {@code children}, main groups written {@code A01B 1/00}).
 */
public final class IpcTitles {

    private final Map<String, String> zh = new HashMap<>();
    private final Map<String, String> en = new HashMap<>();

    private IpcTitles() {
    }

    public static IpcTitles bundled() {
        IpcTitles t = new IpcTitles();
        try (InputStream in = IpcTitles.class.getResourceAsStream("ipc-titles.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                t.zh.put(f[0], f[1]);
                t.en.put(f[0], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /** The bundled titles plus the English scheme from {@code dir}/*.json; bundled English titles win. */
    public static IpcTitles withScheme(Path dir) throws IOException {
        IpcTitles t = bundled();
        ObjectMapper json = new ObjectMapper();
        int files = 0;
        try (DirectoryStream<Path> sections = Files.newDirectoryStream(dir, "*.json")) {
            for (Path section : sections) {
                files++;
                try (InputStream in = Files.newInputStream(section)) {
                    t.addScheme(json.readTree(in));
                } catch (IOException e) {
                    throw new IOException("IPC scheme file " + section + ": " + e.getMessage(), e);
                }
            }
        }
        if (files == 0) {
            throw new IOException("no IPC scheme files (*.json) in " + dir);
        }
        return t;
    }

    private void addScheme(JsonNode node) {
        if (node.hasNonNull("symbol") && node.hasNonNull("text")) {
            // "A01B 1/00" is main group A01B1; subgroups (1/02) are below the level reports show.
            String symbol = node.get("symbol").asText().replace(" ", "");
            if (symbol.endsWith("/00")) {
                symbol = symbol.substring(0, symbol.length() - 3);
            }
            if (!symbol.contains("/")) {
                en.putIfAbsent(symbol, node.get("text").asText());
            }
        }
        if (node.has("children")) {
            node.get("children").forEach(this::addScheme);
        }
    }

    /** The title in {@code lang} (zh falls back to English, which is better than nothing). */
    public Optional<String> title(String symbol, String lang) {
        String t = lang.equals("zh") ? zh.getOrDefault(symbol, en.get(symbol)) : en.get(symbol);
        return Optional.ofNullable(t);
    }
}
