package org.patnav.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.patnav.index.PatentAnalyzers;
import org.patnav.index.PatentDocuments;
import org.patnav.index.PatentSearcher;
import org.patnav.jobs.index.IndexJob;
import org.patnav.jobs.warehouse.IndexLocation;
import org.patnav.jobs.spark.Progress;
import org.patnav.jobs.spark.SparkSessions;
import org.patnav.jobs.warehouse.PatentRows;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.normalize.ApplicantNames;

/**
 * Index build throughput and query latency on an ingested warehouse (bench/index-throughput.sh makes one of
 * a million publications or more). Measured in one run:
 * <ul>
 *   <li>the Spark index job (one shard per task, all cores), documents/s overall and per thread;</li>
 *   <li>the baseline: a plain single-writer Lucene build of the same documents on one thread, with the same
 *       analyzers and documents, also merged to one segment;</li>
 *   <li>query latency, p50 and p99 over a fixed query set (top 10 with exact total and snippets, then with
 *       facets), on the job's sharded index and on the single-writer index.</li>
 * </ul>
 * Usage: {@code IndexBench WAREHOUSE BASELINE_DIR [rounds]}.
 */
public final class IndexBench {

    /** A fixed query set over every kind of field, Chinese and English. */
    static final List<String> QUERIES = List.of(
            "中药", "title:中药 AND ipc:A61K36*", "饮片 OR 炮制", "中药 AND 胶囊", "ipc:A61K36/65", "ipc:H01M10*",
            "cpc:H01M*", "abstract:\"lithium-ion battery\"", "battery", "robot OR 机器人", "机器人 AND NOT type:design",
            "region:341600", "region:341621 AND type:utility_model", "applicant_text:华佗",
            "filing_date:[2015-01-01 TO 2019-12-31] AND type:invention", "year:[2020 TO 2025] AND country:US",
            "grant_date:2019", "country:cn AND kind:b", "锂离子电池 AND 正极", "\"harmonic reducer\" OR 谐波减速器");

    private IndexBench() {
    }

    public static void main(String[] args) throws Exception {
        String warehouse = args[0];
        Path baselineDir = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        SparkSession spark = SparkSessions.getOrCreate("patnav index bench", "local[*]");
        int threads = spark.sparkContext().defaultParallelism();

        // Warm the JIT on the analysis and indexing code first, so neither build below pays for it.
        singleWriter(spark, warehouse, Files.createTempDirectory("patnav-bench-warmup"), 20_000);

        long t0 = System.nanoTime();
        IndexJob.Result job = new IndexJob(spark, new IndexJob.Options(warehouse, null), Progress.SILENT).run();
        double jobSeconds = (System.nanoTime() - t0) / 1e9;

        Files.createDirectories(baselineDir);
        t0 = System.nanoTime();
        long baselineDocs = singleWriter(spark, warehouse, baselineDir, Long.MAX_VALUE);
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf(Locale.ROOT, "%nindex build, %,d publications (%s)%n", job.documents(), warehouse);
        System.out.printf(Locale.ROOT, "%-44s %8s %10s %12s %14s %8s%n", "build", "threads", "seconds", "docs/s",
                "docs/s/thread", "ratio");
        double baselineRate = baselineDocs / baselineSeconds;
        System.out.printf(Locale.ROOT, "%-44s %8d %10.1f %,12.0f %,14.0f %8.2f%n",
                "baseline: single IndexWriter, one thread", 1, baselineSeconds, baselineRate, baselineRate, 1.0);
        double jobRate = job.documents() / jobSeconds;
        System.out.printf(Locale.ROOT, "%-44s %8d %10.1f %,12.0f %,14.0f %8.2f%n",
                "PatNav index job (" + job.shards().size() + " shards, local[" + threads + "])", threads, jobSeconds,
                jobRate, jobRate / threads, jobRate / baselineRate);

        Warehouse w = new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration());
        List<Path> shards = IndexLocation.localShards(w, IndexLocation.currentManifest(w));
        System.out.printf(Locale.ROOT, "%nquery latency, %d queries x %d rounds after 3 warm-up rounds, one thread%n",
                QUERIES.size(), rounds);
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "index / query kind", "p50 ms", "p99 ms", "mean ms");
        latency("job index, top 10 + total + snippets", shards, rounds, List.of());
        latency("job index, with 3 facets", shards, rounds, List.of("ipc", "applicant", "year"));
        latency("single-writer index, top 10 + total + snippets", List.of(baselineDir), rounds, List.of());
        latency("single-writer index, with 3 facets", List.of(baselineDir), rounds, List.of("ipc", "applicant", "year"));
        spark.stop();
    }

    private static long singleWriter(SparkSession spark, String warehouse, Path dir, long limit) throws IOException {
        Warehouse w = new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration());
        Iterator<Row> rows = w.read(spark, Warehouse.PATENTS).sort("pub_id").toLocalIterator();
        IndexWriterConfig config = new IndexWriterConfig(PatentAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256).setUseCompoundFile(false);
        long docs = 0;
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(d, config)) {
            while (rows.hasNext() && docs < limit) {
                writer.addDocument(PatentDocuments.toDocument(PatentRows.fromRow(rows.next())));
                docs++;
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return docs;
    }

    private static void latency(String name, List<Path> shards, int rounds, List<String> facets) throws Exception {
        try (PatentSearcher searcher = PatentSearcher.open(shards, ApplicantNames.defaults())) {
            for (int i = 0; i < 3; i++) {
                for (String q : QUERIES) {
                    searcher.search(q, 10, facets);
                }
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                for (String q : QUERIES) {
                    long t = System.nanoTime();
                    searcher.search(q, 10, facets);
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-44s %10.2f %10.2f %10.2f%n", name, percentile(sorted, 50),
                    percentile(sorted, 99), Arrays.stream(sorted).average().orElse(0));
        }
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
