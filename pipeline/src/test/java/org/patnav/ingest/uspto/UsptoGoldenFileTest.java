package org.patnav.ingest.uspto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.Publication;

/**
 * The 25 grants of the real weekly file ipg090106 (DTD v4.2), one line each, against a committed
 * golden file. A change in the reader or the normalisers that alters any of them shows up here as
 * a per-publication diff. After checking that a change is intended, rewrite the file with
 * {@code -Dpatnav.updateGolden=true}.
 */
class UsptoGoldenFileTest {

    private static final String GOLDEN = "ipg090106.golden.txt";
    private static final Path SOURCE_COPY = Path.of("src/test/resources/org/patnav/ingest/uspto", GOLDEN);

    @Test
    void ipg090106MatchesTheGoldenFile() throws IOException {
        List<String> actual = UsptoIngest.patents(UsptoIngest.readAll(
                RealData.path("uspto-weekly-concat-xml/ipg090106.small.xml"))).stream()
                .map(UsptoGoldenFileTest::line).toList();
        if (Boolean.getBoolean("patnav.updateGolden")) {
            Files.write(SOURCE_COPY, actual, StandardCharsets.UTF_8);
            System.out.println("golden file rewritten: " + SOURCE_COPY.toAbsolutePath());
        }
        List<String> expected = golden();
        if (!expected.equals(actual)) {
            String diff = diff(expected, actual);
            System.out.println(diff);
            fail(diff);
        }
        assertThat(actual).hasSize(25);
    }

    static String line(Publication p) {
        return String.join(" | ",
                p.pubId(),
                "published " + p.publicationDate(),
                "filed " + p.filingDate(),
                "priority " + p.priorityDate(),
                p.title().getOrDefault("en", "-"),
                "ipc " + codes(p.ipc()),
                "cpc " + codes(p.cpc()),
                "assignee " + (p.assignees().isEmpty() ? "-" : party(p.assignees().get(0))),
                "citations " + p.citations().size());
    }

    private static String codes(List<Classification> codes) {
        return codes.isEmpty() ? "-"
                : codes.stream().map(c -> c.main() ? c.code() + "*" : c.code()).collect(Collectors.joining(" "));
    }

    private static String party(Party p) {
        return p.name() + " (" + p.country() + ", " + p.type().id() + ")";
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = UsptoGoldenFileTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Lines keyed by their pub id: removed (-), added (+) and changed (- then +), in order. */
    static String diff(List<String> expected, List<String> actual) {
        Map<String, String> before = byKey(expected);
        Map<String, String> after = byKey(actual);
        List<String> out = new ArrayList<>();
        out.add("ipg090106 differs from " + GOLDEN + " (- golden, + now):");
        for (Map.Entry<String, String> e : before.entrySet()) {
            String now = after.get(e.getKey());
            if (now == null) {
                out.add("- " + e.getValue());
            } else if (!now.equals(e.getValue())) {
                out.add("- " + e.getValue());
                out.add("+ " + now);
            }
        }
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                out.add("+ " + now);
            }
        });
        if (out.size() == 1) {
            out.add("same lines in another order");
        }
        return String.join("\n", out);
    }

    private static Map<String, String> byKey(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines) {
            int bar = l.indexOf(" | ");
            m.put(bar < 0 ? l : l.substring(0, bar), l);
        }
        return m;
    }

    @Test
    void diffShowsChangedMissingAndExtraPublications() {
        List<String> golden = List.of("US-1-B1 | a", "US-2-B1 | b", "US-3-B1 | c");
        List<String> now = List.of("US-1-B1 | a", "US-2-B1 | B", "US-4-B1 | d");
        assertThat(diff(golden, now)).isEqualTo("""
                ipg090106 differs from ipg090106.golden.txt (- golden, + now):
                - US-2-B1 | b
                + US-2-B1 | B
                - US-3-B1 | c
                + US-4-B1 | d""");
    }
}
