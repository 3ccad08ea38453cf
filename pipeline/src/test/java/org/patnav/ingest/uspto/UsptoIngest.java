package org.patnav.ingest.uspto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.SourceEntries;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.normalize.Parties;

/** Reads whole files through {@link FileIngest}, as the jobs do, and sorts what comes out. */
final class UsptoIngest {

    static final IngestContext CONTEXT = IngestContext.withParties(Parties.withoutRegions());

    private UsptoIngest() {
    }

    /** Everything a file yields; records are named by the file's name, not its path. */
    static List<Ingested> readAll(Path file) {
        return readAll(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    static List<Ingested> readAll(String name, SourceEntries.Opener opener) {
        List<Ingested> out = new ArrayList<>();
        try (FileIngest in = new FileIngest(name, "test", opener, CONTEXT)) {
            in.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Publication> patents(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.PatentRecord)
                .map(r -> ((Ingested.PatentRecord) r).publication()).toList();
    }

    static List<Reject> rejects(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.Rejected)
                .map(r -> ((Ingested.Rejected) r).reject()).toList();
    }

    static Publication byId(List<Ingested> records, String pubId) {
        List<Publication> found = patents(records).stream().filter(p -> p.pubId().equals(pubId)).toList();
        assertThat(found).as(pubId).hasSize(1);
        return found.get(0);
    }
}
