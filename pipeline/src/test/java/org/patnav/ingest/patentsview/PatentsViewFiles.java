package org.patnav.ingest.patentsview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.Ingested.TableRow;
import org.patnav.normalize.Parties;

/**
 * The hand-written release fixture (nine g_ tables, four patents plus an orphan CPC row and a
 * malformed line) and the join the Spark job performs on a release: locations onto party rows, then
 * the rows of each patent id to {@link PatentsViewAssembler}.
 */
final class PatentsViewFiles {

    static final String SET = "pv-2024-12-31";
    static final Parties PARTIES = Parties.withoutRegions();
    static final IngestContext CONTEXT = IngestContext.withParties(PARTIES);

    private PatentsViewFiles() {
    }

    static Path release() {
        try {
            return Path.of(PatentsViewFiles.class.getResource("release").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path table(String name) {
        return release().resolve(name);
    }

    /** Everything FileIngest yields for one file, named by its file name alone. */
    static List<Ingested> read(Path file) {
        List<Ingested> out = new ArrayList<>();
        try (FileIngest in = new FileIngest(file.getFileName().toString(), SET, () -> Files.newInputStream(file),
                CONTEXT)) {
            in.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every record of every table of the release, files in name order. */
    static List<Ingested> readRelease() {
        try (Stream<Path> files = Files.list(release())) {
            return files.sorted().flatMap(f -> read(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's join: table rows to one result per patent id, by patent id. */
    static Map<String, Ingested> assemble(List<Ingested> records) {
        Map<String, TableRow> locations = new HashMap<>();
        for (Ingested r : records) {
            if (r instanceof TableRow row && row.joinKey() == null) {
                locations.put(row.setId() + "|" + row.locationId(), row);
            }
        }
        Map<String, List<TableRow>> byPatent = new TreeMap<>();
        for (Ingested r : records) {
            if (r instanceof TableRow row && row.joinKey() != null) {
                TableRow joined = row.locationId() == null ? row
                        : PatentsViewAssembler.withLocation(row, locations.get(row.setId() + "|" + row.locationId()));
                byPatent.computeIfAbsent(row.joinKey(), k -> new ArrayList<>()).add(joined);
            }
        }
        Map<String, Ingested> out = new TreeMap<>();
        byPatent.forEach((id, rows) -> out.put(id, PatentsViewAssembler.assemble(SET, id, rows, PARTIES)));
        return out;
    }
}
