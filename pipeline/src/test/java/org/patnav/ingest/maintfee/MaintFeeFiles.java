package org.patnav.ingest.maintfee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntries;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.normalize.Parties;

/** Reads maintenance-fee files in tests, with one reader directly or through format detection. */
final class MaintFeeFiles {

    static final IngestContext CONTEXT = IngestContext.withParties(Parties.withoutRegions());

    private MaintFeeFiles() {
    }

    /** Every record the reader makes of the (decompressed) file, named by its file name. */
    static List<Ingested> read(SourceReader reader, Path file) {
        String name = file.getFileName().toString();
        try (SourceEntries entries = new SourceEntries(name, "test", () -> Files.newInputStream(file))) {
            SourceEntry entry = entries.next();
            List<Ingested> out = new ArrayList<>();
            try (RecordStream records = reader.open(entry, CONTEXT)) {
                records.forEachRemaining(out::add);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record {@link FileIngest} makes of the file, detecting its format. */
    static List<Ingested> ingest(Path file) {
        String name = file.getFileName().toString();
        try (FileIngest ingest = new FileIngest(name, "test", () -> Files.newInputStream(file), CONTEXT)) {
            List<Ingested> out = new ArrayList<>();
            ingest.forEachRemaining(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(MaintFeeFiles.class.getResource("/org/patnav/ingest/maintfee/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
