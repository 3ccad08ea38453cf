package org.patnav.jobs.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.patnav.navigate.IndustryChain;

/**
 * The {@code chains} table navigate writes beside {@code sectors}: one row per application of a sector and
 * branch (or sub-branch) of the sector's industry chain it is placed on, with the clauses that placed it
 * ({@code application_key, sector, segment, branch, sub_branch, matched_clauses, matched_by}); a row with a
 * sub-branch places the application on that sub-branch's branch as well. Published with {@code sectors} in
 * one swap, so the two always describe one run.
 */
public final class ChainMembership {

    public static final String TABLE = "chains";
    /** The chains the table was placed on, whole, so the landscape names the branches as navigate matched them. */
    public static final String MANIFEST = "_chains.json";

    private ChainMembership() {
    }

    /** Writes the manifest of a staged table: the chains, in the order given. */
    public static void writeManifest(Warehouse w, String stagedTable, List<IndustryChain> chains) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("chains");
        chains.forEach(c -> list.add(MAPPER.valueToTree(c)));
        try (OutputStream out = w.fileSystem().create(new Path(stagedTable, MANIFEST), true)) {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
        }
    }

    /** The chain navigate placed {@code sector}'s applications on; empty when it placed them on none. */
    public static Optional<IndustryChain> chain(Warehouse w, String sector) throws IOException {
        Path file = new Path(w.table(TABLE), MANIFEST);
        if (!w.fileSystem().exists(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try (InputStream in = w.fileSystem().open(file)) {
            root = MAPPER.readTree(in);
        }
        for (JsonNode c : root.path("chains")) {
            if (c.path("sector").asText().equals(sector)) {
                return Optional.of(MAPPER.treeToValue(c, IndustryChain.class));
            }
        }
        return Optional.empty();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
}
