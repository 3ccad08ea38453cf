package org.patnav.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** What the report's JSON files share: one way to write a cell or KPI value, one layout. */
final class JsonValues {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonValues() {
    }

    /**
     * A pretty-printing UTF-8 generator: {@code "key": value}, two-space indent and {@code \n} line ends on
     * every platform (Jackson's default indenter takes the system line separator), so the files are
     * byte-identical wherever they are written and the golden files compare exactly.
     */
    static JsonGenerator open(OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators keyColonValue = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(keyColonValue)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JSON.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(pretty);
    }

    /**
     * A table cell or KPI value: {@code Long}, {@code Integer} and {@code Double} as JSON numbers, a
     * {@code LocalDate} as its ISO string, a {@code String} as a string, null as null.
     */
    static void write(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Double d -> {
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException(d + " has no JSON form; write null when the data cannot say");
                }
                g.writeNumber(d);
            }
            case LocalDate date -> g.writeString(date.toString());
            case String s -> g.writeString(s);
            default -> throw new IllegalArgumentException("not a report value: " + v.getClass().getName() + " " + v);
        }
    }
}
