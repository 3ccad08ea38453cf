package org.patnav.navigate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * What the analyst-edited navigation files share (sector definitions, industry chains, the effects table):
 * the form of their ids, reading a YAML file strictly, and the one-line error that names the file.
 */
final class NavigationFiles {

    /** Every id a navigation file declares: lower-case letters, digits and dashes, a letter or digit first. */
    static final String ID = "[a-z0-9][a-z0-9-]*";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private NavigationFiles() {
    }

    /**
     * One YAML document as {@code type}; a failure says {@code "<kind> <file>: <first line of the problem>"},
     * and an empty document (which Jackson reads as null) that the file holds no {@code noun}.
     */
    static <T> T readYaml(InputStream in, Class<T> type, String kind, String noun, String file) throws IOException {
        T value;
        try {
            value = YAML.readValue(in, type);
        } catch (IOException e) {
            throw new IOException(kind + " " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (value == null) {
            throw new IOException(kind + " " + file + ": the file holds no " + noun);
        }
        return value;
    }

    /** A check that failed, as {@code "<where>: <problem>"}. */
    static void fail(String where, String problem) {
        throw new IllegalArgumentException(where + ": " + problem);
    }
}
