package org.patnav.navigate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sector definitions PatNav ships (tcm, equipment, new-energy) and loading an analyst's own folder. */
public final class Sectors {

    /** Shipped definitions, in report order. */
    public static final List<String> SHIPPED = List.of("tcm", "equipment", "new-energy");

    private Sectors() {
    }

    public static List<SectorDefinition> shipped() {
        List<SectorDefinition> out = new ArrayList<>();
        for (String id : SHIPPED) {
            String resource = "sectors/" + id + ".yaml";
            try (InputStream in = Sectors.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("shipped sector definition missing: " + resource);
                }
                out.add(SectorDefinition.read(in, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every {@code *.yaml} / {@code *.yml} file of a folder, by file name. */
    public static List<SectorDefinition> fromDirectory(Path dir) throws IOException {
        List<SectorDefinition> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(SectorDefinition.read(in, f.toString()));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no sector definitions (*.yaml) in " + dir);
        }
        if (out.stream().map(SectorDefinition::id).distinct().count() != out.size()) {
            throw new IllegalArgumentException("two sector definitions in " + dir + " share an id");
        }
        return out;
    }
}
