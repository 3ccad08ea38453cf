package org.patnav.ingest.google;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.PatentDates;

/**
 * The columns of one {@code publications} row that PatNav uses, as JSON values. Every other column
 * is skipped without being decoded: a US row carries up to 9 MB of description and the full-text
 * columns PatNav does not keep.
 */
final class GoogleRow {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The key of the Spider2/BigQuery sample layout that holds the rows. */
    static final String SAMPLE_ROWS = "sample_rows";

    private static final Set<String> USED = Set.of(
            "publication_number", "country_code", "kind_code", "application_number",
            "application_number_formatted", "application_kind", "pct_number", "family_id", "entity_status",
            "publication_date", "filing_date", "grant_date", "priority_date",
            "title_localized", "abstract_localized", "claims_localized", "ipc", "cpc",
            "assignee", "assignee_harmonized", "inventor", "inventor_harmonized",
            "citation", "priority_claim");

    /** Thrown when a column that should hold JSON holds a string that is not JSON. */
    static final class BadNestedJson extends Exception {
        BadNestedJson(String column, JsonProcessingException cause) {
            super("column " + column + " holds a string that is not JSON: " + cause.getOriginalMessage());
        }
    }

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    /**
     * Reads the object whose START_OBJECT the parser is on, up to its END_OBJECT. When
     * {@code wrapperAllowed} and the object has a {@code sample_rows} array, reading stops on that
     * array's START_ARRAY and true is returned: the object is the sample wrapper, not a row.
     */
    boolean readObject(JsonParser p, boolean wrapperAllowed) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (wrapperAllowed && value == JsonToken.START_ARRAY && name.equals(SAMPLE_ROWS)) {
                return true;
            }
            if (USED.contains(name)) {
                fields.put(name, p.readValueAsTree());
            } else {
                p.skipChildren();
            }
        }
        return false;
    }

    /** A scalar column as stripped text; null when absent, JSON null or blank. */
    String text(String column) {
        JsonNode n = fields.get(column);
        if (n == null || !n.isValueNode() || n.isNull()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A date column: the export's YYYYMMDD integers (0 for none) or the same as a string. */
    Parsed<LocalDate> date(String column) {
        return date(fields.get(column));
    }

    static Parsed<LocalDate> date(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return Parsed.missing();
        }
        if (n.isIntegralNumber()) {
            return PatentDates.fromInt(n.asLong());
        }
        if (n.isTextual()) {
            return PatentDates.parse(n.asText());
        }
        return Parsed.invalid("not a date: " + n);
    }

    /**
     * A nested column (array of strings or of structs). BigQuery writes them as JSON; the
     * Snowflake-hosted samples write them as strings that contain JSON. Both come back as a node;
     * an absent or empty column as a missing node, which iterates as empty.
     */
    JsonNode nested(String column) throws BadNestedJson {
        JsonNode n = fields.get(column);
        if (n == null || n.isNull()) {
            return MissingNode.getInstance();
        }
        if (!n.isTextual()) {
            return n;
        }
        String s = n.asText().strip();
        if (s.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(s);
        } catch (JsonProcessingException e) {
            throw new BadNestedJson(column, e);
        }
    }

    /** The scalar columns as a one-line JSON object: the excerpt of a rejected row. */
    String excerpt() {
        ObjectNode o = JSON.createObjectNode();
        fields.forEach((k, v) -> {
            if (v.isValueNode()) {
                o.set(k, v);
            }
        });
        return o.toString();
    }
}
