package org.patnav.jobs.warehouse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code sectors} table navigate writes (one row per publication and sector) and its manifest
 * {@code _sectors.json} (per sector: id, version, names, applications, publications). Every job that
 * reads sector membership reads it through here.
 */
public final class SectorMembership {

    public static final String TABLE = "sectors";
    public static final String MANIFEST = "_sectors.json";

    private SectorMembership() {
    }

    /** What the manifest records of one sector; just its id when the manifest does not list it. */
    public static Map<String, Object> sector(Warehouse w, String sector) throws IOException {
        for (JsonNode s : manifest(w).path("sectors")) {
            if (s.path("id").asText().equals(sector)) {
                return new ObjectMapper().convertValue(s, new TypeReference<Map<String, Object>>() { });
            }
        }
        return Map.of("id", sector);
    }

    /** The ids of the sectors navigate wrote, in the manifest's order (no Spark job: the manifest lists them). */
    public static List<String> sectorIds(Warehouse w) throws IOException {
        List<String> out = new ArrayList<>();
        manifest(w).path("sectors").forEach(s -> out.add(s.path("id").asText()));
        return out;
    }

    /**
     * When navigate wrote the membership (its run's start): what the fact table records to know it was
     * built from this membership; null when there is none.
     */
    public static String built(Warehouse w) throws IOException {
        JsonNode id = manifest(w).path("built");
        return id.isMissingNode() || id.isNull() ? null : id.asText();
    }

    private static JsonNode manifest(Warehouse w) throws IOException {
        Path file = new Path(w.table(TABLE), MANIFEST);
        FileSystem fs = w.fileSystem();
        if (!fs.exists(file)) {
            return new ObjectMapper().createObjectNode();
        }
        try (InputStream in = fs.open(file)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
