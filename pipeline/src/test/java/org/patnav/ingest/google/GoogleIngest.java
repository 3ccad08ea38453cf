package org.patnav.ingest.google;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.normalize.Parties;

/** Reads a file end to end the way the pipeline does (archive expansion, detection, reader). */
final class GoogleIngest {

    private static final IngestContext CONTEXT = IngestContext.withParties(Parties.withoutRegions());

    private GoogleIngest() {
    }

    static List<Ingested> read(Path file) throws IOException {
        List<Ingested> out = new ArrayList<>();
        try (FileIngest ingest = new FileIngest(file.toString(), file.getParent().toString(),
                () -> Files.newInputStream(file), CONTEXT)) {
            ingest.forEachRemaining(out::add);
        }
        return out;
    }

    static List<Publication> publications(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.PatentRecord)
                .map(r -> ((Ingested.PatentRecord) r).publication()).toList();
    }

    static List<Reject> rejects(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.Rejected)
                .map(r -> ((Ingested.Rejected) r).reject()).toList();
    }
}
