package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deliverable folder is replaced whole, and what a killed run leaves is undone by the next one. */
class OutputFolderTest {

    @TempDir
    Path parent;

    @Test
    void theNewFolderReplacesTheOldOneWhole() throws IOException {
        Path report = parent.resolve("tcm");
        OutputFolder.replace(report, dir -> Files.writeString(dir.resolve("old.html"), "old"));

        List<String> written = OutputFolder.replace(report, dir -> {
            Files.writeString(dir.resolve("report.html"), "new");
            return List.of("report.html");
        });

        assertThat(written).containsExactly("report.html");
        assertThat(names(report)).containsExactly("report.html");
        assertThat(names(parent)).containsExactly("tcm");
    }

    @Test
    void aRunThatFailsWhileWritingLeavesThePreviousFolderAsItWas() throws IOException {
        Path report = parent.resolve("tcm");
        OutputFolder.replace(report, dir -> Files.writeString(dir.resolve("report.html"), "previous"));

        assertThatThrownBy(() -> OutputFolder.replace(report, dir -> {
            Files.writeString(dir.resolve("report.html"), "");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(report.resolve("report.html"))).isEqualTo("previous");
        assertThat(names(parent)).containsExactly("tcm");
    }

    @Test
    void aRunKilledBetweenTheTwoMovesIsUndoneBeforeTheNextWrite() throws IOException {
        // Killed after moving the old folder aside, before moving the new one in: no folder, the old one aside,
        // a partial one; and an older run's partial folder.
        Path report = parent.resolve("tcm");
        Files.createDirectories(parent.resolve(".tcm.previous"));
        Files.writeString(parent.resolve(".tcm.previous").resolve("report.html"), "previous");
        Files.createDirectories(parent.resolve(".tcm.partial-123"));
        Files.writeString(parent.resolve(".tcm.partial-123").resolve("report.html"), "half");
        Files.createDirectories(parent.resolve(".other.partial-9"));

        OutputFolder.recover(report);

        assertThat(Files.readString(report.resolve("report.html"))).isEqualTo("previous");
        assertThat(names(parent)).containsExactly(".other.partial-9", "tcm");
    }

    @Test
    void aRunKilledAfterTheNewFolderArrivedLeavesOnlyTheOldOneToDelete() throws IOException {
        Path report = parent.resolve("tcm");
        Files.createDirectories(report);
        Files.writeString(report.resolve("report.html"), "new");
        Files.createDirectories(parent.resolve(".tcm.previous"));

        OutputFolder.replace(report, dir -> Files.writeString(dir.resolve("report.html"), "newer"));

        assertThat(Files.readString(report.resolve("report.html"))).isEqualTo("newer");
        assertThat(names(parent)).containsExactly("tcm");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
