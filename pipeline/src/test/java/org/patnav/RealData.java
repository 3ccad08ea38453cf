package org.patnav;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public samples in {@code ../shared/realdata/} (see its PROVENANCE.md), read in place.
 * A test that needs one is skipped, with the path in the message, when the folder is absent.
 */
public final class RealData {

    private static final Path ROOT = locate();

    private RealData() {
    }

    private static Path locate() {
        String configured = System.getProperty("patnav.realdata");
        if (configured != null) {
            return Path.of(configured);
        }
        // Tests run with the module directory as working directory; the samples sit beside the repo.
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("realdata");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return dir.resolve("../../shared/realdata").normalize();
    }

    /** The sample file or folder at {@code relative}; skips the calling test when it is missing. */
    public static Path path(String relative) {
        Path p = ROOT.resolve(relative);
        assumeTrue(Files.exists(p), "real sample data absent, test skipped: " + p
                + " (set -Dpatnav.realdata=DIR to point at a copy of shared/realdata)");
        return p;
    }
}
