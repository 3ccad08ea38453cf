package org.patnav.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a driver ships to the executors of a non-local master, and which masters need it. */
class ApplicationJarsTest {

    @TempDir
    Path tmp;

    @Test
    void theJarsManifestNamesItsLibrariesBesideIt() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.write(lib.resolve("patnav-pipeline-0.1.0-SNAPSHOT.jar"), new byte[] {1});
        Files.write(lib.resolve("picocli-4.7.7.jar"), new byte[] {1});
        Files.write(lib.resolve("spark-core_2.13-4.2.0.jar"), new byte[] {1});
        Path jar = jar(tmp.resolve("patnav-jobs.jar"), "lib/patnav-pipeline-0.1.0-SNAPSHOT.jar lib/picocli-4.7.7.jar");
        // Spark's jars sit in lib/ too (./patnav runs it from there) but the manifest does not name them.
        assertThat(ApplicationJars.of(jar)).containsExactly(jar, lib.resolve("patnav-pipeline-0.1.0-SNAPSHOT.jar"),
                lib.resolve("picocli-4.7.7.jar"));
    }

    @Test
    void aMissingLibraryIsNamed() throws IOException {
        Path jar = jar(tmp.resolve("patnav-jobs.jar"), "lib/picocli-4.7.7.jar");
        assertThatThrownBy(() -> ApplicationJars.of(jar)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lib/picocli-4.7.7.jar").hasMessageContaining("rebuild with mvn package");
    }

    @Test
    void theSparkSubmitJarHasItsLibrariesInsideAndIsShippedAlone() throws IOException {
        Path jar = jar(tmp.resolve("patnav-jobs-spark-submit.jar"), null);
        assertThat(ApplicationJars.of(jar)).containsExactly(jar);
    }

    @Test
    void classesFromABuildDirectoryCannotBeShipped() {
        // The tests run from target/classes: a cluster run needs the packaged jar.
        assertThatThrownBy(() -> ApplicationJars.of(ApplicationJars.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not from a jar").hasMessageContaining("mvn package");
    }

    @Test
    void onlyMastersThatRunTasksInOtherJvmsGetTheJars() {
        for (String inProcess : List.of("local", "local[2]", "local[*]", "local[4,3]")) {
            assertThat(SparkSessions.runsInProcess(inProcess)).as(inProcess).isTrue();
        }
        for (String cluster : List.of("local-cluster[2,1,1024]", "spark://127.0.0.1:7077", "yarn", "k8s://https://h:6443")) {
            assertThat(SparkSessions.runsInProcess(cluster)).as(cluster).isFalse();
        }
    }

    @Test
    void jarsAlreadyConfiguredStayFirst() {
        assertThat(SparkSessions.jars(" /opt/extra.jar ,", List.of(Path.of("/p/patnav-jobs.jar"), Path.of("/p/lib/a.jar"))))
                .isEqualTo("/opt/extra.jar,/p/patnav-jobs.jar,/p/lib/a.jar");
        assertThat(SparkSessions.jars("", List.of(Path.of("/p/patnav-jobs.jar")))).isEqualTo("/p/patnav-jobs.jar");
    }

    private static Path jar(Path file, String classPath) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        }
        return file;
    }
}
