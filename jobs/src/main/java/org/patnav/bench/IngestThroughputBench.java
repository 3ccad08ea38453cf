package org.patnav.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.spark.sql.SparkSession;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.uspto.SafeXml;
import org.patnav.jobs.ingest.IngestJob;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.SparkSessions;
import org.patnav.normalize.Parties;

/**
 * Ingest throughput on a generated sample set ({@code ./patnav samples}): the USPTO weekly XML and
 * Google JSON readers, each next to the raw parse ceiling of the same bytes measured in the same run
 * (Woodstox StAX with PatNav's settings iterating every event; Jackson iterating every token), on one
 * core with the input in memory, so the figures are parse cost, not disk. Then the whole Spark ingest
 * job over the full sample set on all cores.
 *
 * <p>Usage: {@code IngestThroughputBench SAMPLES_DIR WAREHOUSE_DIR [runs]} (see bench/ingest-throughput.sh).
 */
public final class IngestThroughputBench {

    private record Measure(long records, long bytes, double seconds) {
        double recordsPerSecond() {
            return records / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    @FunctionalInterface
    private interface Pass {
        long run(List<byte[]> inputs) throws Exception;
    }

    private IngestThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: IngestThroughputBench SAMPLES_DIR WAREHOUSE_DIR [runs]");
            System.exit(2);
        }
        Path samples = Path.of(args[0]);
        String warehouse = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        IngestContext context = IngestContext.withParties(Parties.withoutRegions());

        List<byte[]> xml = load(samples.resolve("uspto"), ".xml", false);
        List<byte[]> json = load(samples.resolve("google"), ".json.gz", true);
        System.out.printf(Locale.ROOT, "%nsamples %s: USPTO XML %,d files %,.1f MB; Google JSON %,d shards %,.1f MB"
                + " (uncompressed); %d measured runs after one warm-up, single thread, input in memory%n%n",
                samples, xml.size(), size(xml) / 1e6, json.size(), size(json) / 1e6, runs);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %10s %10s%n", "pass", "records", "records/s", "MB/s",
                "vs ceiling");

        Measure staxCeiling = measure(xml, runs, IngestThroughputBench::staxEvents);
        Measure xmlReader = measure(xml, runs, in -> readAll(in, context));
        print("StAX alone (ceiling)", staxCeiling, staxCeiling);
        print("UsptoXmlReader (PatNav)", xmlReader, staxCeiling);

        Measure jacksonCeiling = measure(json, runs, IngestThroughputBench::jsonTokens);
        Measure jsonReader = measure(json, runs, in -> readAll(in, context));
        print("Jackson alone (ceiling)", jacksonCeiling, jacksonCeiling);
        print("GooglePublicationsReader (PatNav)", jsonReader, jacksonCeiling);

        SparkSession spark = SparkSessions.getOrCreate("patnav bench", "local[*]");
        int cores = spark.sparkContext().defaultParallelism();
        long inputBytes;
        try (Stream<Path> files = Files.walk(samples)) {
            inputBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        IngestJob.Result result = null;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, runs - 1); i++) {
            long t0 = System.nanoTime();
            result = new IngestJob(spark, new IngestJob.Options(List.of(samples.toString()), warehouse,
                    null, null, null), Progress.SILENT).run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        long read = result.counts().stream().mapToLong(l -> l.read()).sum();
        System.out.printf(Locale.ROOT, "%nSpark ingest job, all formats, local[%d]: %,d records (%,.1f MB on disk)"
                + " in %.1f s = %,.0f records/s, %,.0f records/s per core, %.1f MB/s per core%n", cores, read,
                inputBytes / 1e6, best, read / best, read / best / cores, inputBytes / 1e6 / best / cores);
        System.out.printf(Locale.ROOT, "  per core vs the XML reader alone: %.2f (parse, merge, Parquet writes, "
                + "reconciliation included)%n", read / best / cores / xmlReader.recordsPerSecond());
        spark.stop();
    }

    private static List<byte[]> load(Path dir, String suffix, boolean gunzip) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                try (InputStream in = gunzip ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
                    out.add(in.readAllBytes());
                } catch (IOException e) {
                    // The sample set plants one truncated shard; the benchmark reads only whole ones.
                    System.out.println("skipped unreadable " + p.getFileName() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static long size(List<byte[]> inputs) {
        return inputs.stream().mapToLong(b -> b.length).sum();
    }

    private static Measure measure(List<byte[]> inputs, int runs, Pass pass) throws Exception {
        pass.run(inputs); // warm-up: JIT
        double best = Double.MAX_VALUE;
        long records = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            records = pass.run(inputs);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return new Measure(records, size(inputs), best);
    }

    private static void print(String name, Measure m, Measure ceiling) {
        System.out.printf(Locale.ROOT, "%-34s %,12d %,12.0f %10.1f %10.2f%n", name, m.records(),
                m.recordsPerSecond(), m.megabytesPerSecond(), m.recordsPerSecond() / ceiling.recordsPerSecond());
    }

    /** Every StAX event of every document; documents found at the line-initial {@code <?xml}. */
    private static long staxEvents(List<byte[]> files) throws XMLStreamException {
        long documents = 0;
        for (byte[] file : files) {
            int start = 0;
            while (start < file.length) {
                int end = nextDeclaration(file, start + 1);
                XMLStreamReader r = SafeXml.factory().createXMLStreamReader(
                        new ByteArrayInputStream(file, start, end - start));
                boolean patent = false;
                try {
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamConstants.START_ELEMENT && !patent) {
                            patent = r.getLocalName().startsWith("us-patent");
                        }
                    }
                    if (patent) {
                        documents++;
                    }
                } catch (XMLStreamException e) {
                    // the sample set plants one malformed document; like the reader, count it out
                }
                r.close();
                start = end;
            }
        }
        return documents;
    }

    private static int nextDeclaration(byte[] b, int from) {
        for (int i = from; i < b.length - 5; i++) {
            if (b[i - 1] == '\n' && b[i] == '<' && b[i + 1] == '?' && b[i + 2] == 'x' && b[i + 3] == 'm'
                    && b[i + 4] == 'l') {
                return i;
            }
        }
        return b.length;
    }

    /**
     * Every JSON token, one parser per line as newline-delimited JSON is read (a broken line must not
     * stop the rest); a line that parses is one publication row.
     */
    private static long jsonTokens(List<byte[]> shards) throws IOException {
        JsonFactory factory = new JsonFactory();
        long rows = 0;
        for (byte[] shard : shards) {
            int start = 0;
            while (start < shard.length) {
                int end = start;
                while (end < shard.length && shard[end] != '\n') {
                    end++;
                }
                if (end > start) {
                    try (JsonParser p = factory.createParser(shard, start, end - start)) {
                        while (p.nextToken() != null) {
                            // tokenise only
                        }
                        rows++;
                    } catch (JsonParseException e) {
                        // the sample set plants one broken line; like the reader, count it out
                    }
                }
                start = end + 1;
            }
        }
        return rows;
    }

    private static long readAll(List<byte[]> files, IngestContext context) throws IOException {
        long patents = 0;
        int i = 0;
        for (byte[] file : files) {
            try (FileIngest in = new FileIngest("bench-" + i++, "bench", () -> new ByteArrayInputStream(file), context)) {
                while (in.hasNext()) {
                    if (in.next() instanceof Ingested.PatentRecord) {
                        patents++;
                    }
                }
            }
        }
        return patents;
    }
}
