package org.patnav.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes PatNav's sample data: a fictional, Bozhou-centred world of patent applications, written in
 * the real bulk formats PatNav reads (CN platform exports, Google Patents BigQuery export, USPTO
 * weekly full-text XML, PatentsView tables, USPTO maintenance-fee events), with a ground-truth
 * table and a handful of deliberately broken records listed with the reject a reader should give.
 * The same size and seed always give byte-identical files; any size up to
 * {@value World#MAX_APPLICATIONS} streams in constant memory.
 *
 * <p>Layout under the output directory: {@code cn-export/}, {@code google/}, {@code uspto/},
 * {@code patentsview/}, {@code maintfee/}, {@code ground-truth.csv}, {@code ground-truth-rejects.csv},
 * and the trademarks of the world's applicants in {@code trademarks/} ({@link TrademarkSamples}).
 */
public final class SampleGenerator {

    /** Planted records that describe applications outside the world take indices from the world's size on. */
    private static final int PLANTED_SEARCH = 1000;
    private static final int STREAM_TEXT = 2;

    /**
     * What was written.
     *
     * @param recordsPerFile data records (rows, documents, lines; headers not counted) per file,
     *                       by path relative to the output directory, broken records included
     * @param planted        how many records were written broken on purpose
     */
    public record Summary(int applications, long seed, SortedMap<String, Long> recordsPerFile, int planted) {

        public Summary {
            recordsPerFile = Collections.unmodifiableSortedMap(new TreeMap<>(recordsPerFile));
        }

        /** Files written, and records, per top-level folder. */
        public SortedMap<String, long[]> byFolder() {
            SortedMap<String, long[]> folders = new TreeMap<>();
            recordsPerFile.forEach((file, records) -> {
                int slash = file.indexOf('/');
                long[] t = folders.computeIfAbsent(slash < 0 ? "." : file.substring(0, slash), k -> new long[2]);
                t[0]++;
                t[1] += records;
            });
            return folders;
        }
    }

    private SampleGenerator() {
    }

    public static Summary write(Path outDir, int applications, long seed) throws IOException {
        World world = new World(seed, applications);
        Files.createDirectories(outDir);
        Outputs out = new Outputs(outDir);
        List<CnExports.Entry> planted = plantedCnEntries(world);
        try (GroundTruth truth = new GroundTruth(out);
             CnExports cn = new CnExports(out, planted.get(0), planted.get(1), planted.get(2));
             GoogleExport google = new GoogleExport(out);
             UsptoFullText uspto = new UsptoFullText(out);
             PatentsViewTables patentsView = new PatentsViewTables(out);
             MaintFeeFiles maintFee = new MaintFeeFiles(out, seed)) {
            for (int i = 0; i < applications; i++) {
                Application app = world.application(i);
                Templates.Text text = text(world, app);
                List<String> files = new ArrayList<>();
                switch (app.origin()) {
                    case CN -> {
                        files.add(cn.write(app, text));
                        if (app.inGoogle()) {
                            files.addAll(google.write(app, text, Citations.ofCnPublication(world, app)));
                        }
                    }
                    case US_GRANT -> {
                        List<Citations.Cited> cited = Citations.ofUsGrant(world, app);
                        String xml = uspto.grant(app, text, cited);
                        files.add(xml);
                        if (app.inPatentsView()) {
                            files.addAll(patentsView.write(app, text, cited, xml));
                        } else {
                            patentsView.orphanCpc(app, text);
                        }
                        String fees = maintFee.write(app);
                        if (fees != null) {
                            files.add(fees);
                        }
                        if (app.inGoogle()) {
                            files.addAll(google.write(app, text, cited));
                        }
                    }
                    case US_PUBLICATION -> files.add(uspto.application(app, text));
                    case OFFICE -> files.addAll(google.write(app, text, List.of()));
                }
                truth.write(app, text, files);
            }
        }
        // After the ground truth is closed: the trademark part adds files, never a line to the patent world's.
        new TrademarkSamples(out, seed).write();
        return new Summary(applications, seed, out.counts(), out.planted().size());
    }

    static Templates.Text text(World world, Application app) {
        // The members of a family describe one invention: the home filing takes its lead's text.
        return Templates.generate(app.topic(), app.kind(), Rng.of(world.seed(), world.inventionIndex(app), STREAM_TEXT));
    }

    /** Three CN applications from just beyond the world, for the planted bad export rows. */
    private static List<CnExports.Entry> plantedCnEntries(World world) {
        List<CnExports.Entry> entries = new ArrayList<>();
        for (int k = 0; k < PLANTED_SEARCH && entries.size() < 3; k++) {
            Application app = world.application(world.size() + k);
            if (app.origin() == Application.Origin.CN) {
                entries.add(new CnExports.Entry(app, text(world, app)));
            }
        }
        return entries;
    }
}
