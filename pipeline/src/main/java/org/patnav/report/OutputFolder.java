package org.patnav.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A deliverable folder (a report, a watchlist, the indicators) replaced as a whole: its files are written
 * into a sibling folder, which is then moved into place, so a run killed while writing leaves the previous
 * folder as it was, never half a report beside an old one.
 *
 * <p>Replacing takes two moves (the old folder aside, the new one in), each atomic on a local or POSIX file
 * system. A run killed between them leaves the old folder aside as {@code .NAME.previous}: the next
 * replacement, or {@link #recover}, moves it back before anything else. Partial folders of killed runs
 * ({@code .NAME.partial-*}) are deleted then too.
 */
public final class OutputFolder {

    /** What is written into the folder; returns what the caller wants back (the files written). */
    @FunctionalInterface
    public interface Contents<T> {
        T writeInto(Path folder) throws IOException;
    }

    private OutputFolder() {
    }

    /** Writes {@code contents} into a new folder and moves it to {@code folder}, replacing what was there. */
    public static <T> T replace(Path folder, Contents<T> contents) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = Files.createDirectories(target.getParent());
        String name = target.getFileName().toString();
        recover(target);
        Path partial = Files.createTempDirectory(parent, "." + name + ".partial-");
        try {
            T result = contents.writeInto(partial);
            Path previous = previous(target);
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
            return result;
        } catch (IOException | RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
    }

    /**
     * Undoes what a killed replacement left: the previous folder moved back when the new one never arrived,
     * else deleted; partial folders deleted.
     */
    public static void recover(Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        Path previous = previous(target);
        if (Files.exists(previous)) {
            if (Files.exists(target)) {
                deleteTree(previous);
            } else {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(parent,
                "." + globEscaped(target.getFileName().toString()) + ".partial-*")) {
            for (Path p : partials) {
                deleteTree(p);
            }
        }
    }

    private static Path previous(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".previous");
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
