package org.patnav.ingest.trademark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.model.SourceFormat;
import org.patnav.normalize.AddressResolver;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.Countries;
import org.patnav.normalize.Parties;

/**
 * Reading trademark fixtures as the ingest does: {@link FileIngest} per file (format detected by content),
 * then, for Case Files rows, the grouping the Spark job performs (by dataset and serial number) and
 * {@link CaseFileAssembler}.
 */
final class TrademarkFiles {

    static final Path DATA_SAMPLES = Path.of("..", "data-samples");
    /** Regions resolved with the sample division subset, as the demo does. */
    static final IngestContext WITH_REGIONS = IngestContext.withParties(new Parties(ApplicantNames.defaults(),
            Countries.defaults(), new AddressResolver(AdminDivisions.load(DATA_SAMPLES.resolve("divisions")))));

    private TrademarkFiles() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(TrademarkFiles.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything FileIngest yields for one file, named by its file name alone, the set by its directory's. */
    static List<Ingested> read(Path file, IngestContext context) {
        List<Ingested> out = new ArrayList<>();
        try (FileIngest in = new FileIngest(file.getFileName().toString(), file.getParent().getFileName().toString(),
                () -> Files.newInputStream(file), context)) {
            in.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The items of several files with Case Files rows assembled into marks (or rejects), by serial number. */
    static List<Ingested> assembled(List<Ingested> items, IngestContext context) {
        List<Ingested> out = new ArrayList<>();
        Map<String, List<Ingested.TableRow>> bySerial = new TreeMap<>();
        for (Ingested i : items) {
            if (i instanceof Ingested.TableRow t && t.format() == SourceFormat.USPTO_TM_CASEFILES) {
                bySerial.computeIfAbsent(t.setId() + "\t" + t.joinKey(), k -> new ArrayList<>()).add(t);
            } else {
                out.add(i);
            }
        }
        bySerial.forEach((key, rows) -> out.add(CaseFileAssembler.assemble(key.split("\t")[0], key.split("\t")[1],
                rows, context.parties(), context.trademarkRules())));
        return out;
    }
}
