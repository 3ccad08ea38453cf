package org.patnav.samples;

import java.util.List;

/** Formats CSV and TSV lines as the exporting tools write them (RFC 4180 quoting). */
final class Csv {

    private Csv() {
    }

    /** Quotes a field only when it must be: it holds the separator, a quote or a line break. */
    static String minimal(List<String> fields, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0;
            sb.append(quote ? quoted(f) : f);
        }
        return sb.toString();
    }

    /** Quotes every field, empty ones included. */
    static String all(List<String> fields, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(quoted(fields.get(i) == null ? "" : fields.get(i)));
        }
        return sb.toString();
    }

    static String quoted(String f) {
        return '"' + f.replace("\"", "\"\"") + '"';
    }
}
