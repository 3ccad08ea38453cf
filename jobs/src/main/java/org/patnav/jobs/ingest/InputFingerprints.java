package org.patnav.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.patnav.jobs.ingest.InputFiles.InputFile;
import org.patnav.jobs.spark.HadoopConf;
import org.patnav.jobs.spark.JobGroup;

/**
 * The SHA-256 of every input file, computed in Spark tasks (each file read once, where it lies): an
 * incremental ingest recognises a file it has ingested before by its content, under any name, and a file
 * ingested before under the same path whose content has changed.
 */
final class InputFingerprints {

    /** An input file with its content's SHA-256 (hex). */
    record Fingerprint(String path, String setId, long size, String sha256) implements Serializable {
        InputFile file() {
            return new InputFile(path, setId, size);
        }
    }

    static final String UNREADABLE = "";

    private InputFingerprints() {
    }

    /** A file that could not be read gets no checksum ({@link #UNREADABLE}); the parse stage rejects it. */
    static List<Fingerprint> compute(SparkSession spark, List<InputFile> files, HadoopConf conf) throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        return JobGroup.run(spark, "patnav-ingest-fingerprints", "checksum " + files.size() + " input files", () -> {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<List<InputFile>> tasks = FilePacking.pack(files, spark.sparkContext().defaultParallelism());
            List<Fingerprint> out = new ArrayList<>(jsc.parallelize(tasks, tasks.size())
                    .flatMap(List::iterator)
                    .map(f -> new Fingerprint(f.path(), f.setId(), f.size(), sha256(f.path(), conf)))
                    .collect());
            out.sort(java.util.Comparator.comparing(Fingerprint::path));
            return out;
        });
    }

    private static String sha256(String location, HadoopConf conf) {
        Path path = new Path(location);
        try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            // A file that cannot be read has no fingerprint; the parse stage reports it as a file reject.
            return UNREADABLE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
