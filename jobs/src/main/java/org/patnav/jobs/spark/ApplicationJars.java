package org.patnav.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars the executors of a cluster need to run PatNav's tasks: the jar PatNav's classes were loaded from,
 * then the libraries its manifest names. The build writes that list ({@code Class-Path}, maven-jar-plugin):
 * PatNav's compile and runtime dependencies as {@code lib/NAME.jar} beside the jar, without Spark, Hadoop
 * and Scala, which every cluster brings itself and which must not be shipped a second time. The jar
 * {@code spark-submit} gets ({@code patnav-jobs-spark-submit.jar}) has its libraries inside and names none,
 * so it is shipped alone.
 */
public final class ApplicationJars {

    private ApplicationJars() {
    }

    /**
     * The jar {@code anchor} was loaded from and its manifest's libraries, as absolute paths, the jar first.
     *
     * @throws IllegalStateException when the class was not loaded from a jar (a build directory: nothing
     *                               can be shipped), or when a library the manifest names is missing
     */
    public static List<Path> of(Class<?> anchor) {
        return of(location(anchor));
    }

    /** A jar (or the directory classes were loaded from) and its manifest's libraries. */
    static List<Path> of(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("PatNav was loaded from " + jar + ", not from a jar, so it cannot be"
                    + " shipped to the executors of a cluster: build it (mvn package) and run jobs/target/patnav-jobs.jar"
                    + " (./patnav does), or use spark-submit");
        }
        List<Path> out = new ArrayList<>();
        out.add(jar);
        for (String entry : classPath(jar)) {
            Path library = jar.resolveSibling(entry).normalize();
            if (!Files.isRegularFile(library)) {
                throw new IllegalStateException(jar.getFileName() + " names the library " + entry + ", which is not at "
                        + library + " (rebuild with mvn package)");
            }
            out.add(library);
        }
        return List.copyOf(out);
    }

    private static Path location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded from: "
                    + source.getLocation(), e);
        }
    }

    /** The manifest's {@code Class-Path} entries (space-separated paths relative to the jar), none without one. */
    static List<String> classPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return List.of(value.strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }
}
