package org.patnav.ingest.cnexport;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.RuleFiles;

/**
 * The header map of Chinese platform exports ({@code cn-export-headers.tsv}): header variant →
 * PatNav field. Headers compare after width folding and space removal.
 */
public final class CnExportHeaders implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldByHeader;

    private CnExportHeaders(Map<String, String> fieldByHeader) {
        this.fieldByHeader = fieldByHeader;
    }

    public static CnExportHeaders defaults() {
        return of(RuleFiles.resource(CnExportHeaders.class, "/org/patnav/ingest/cn-export-headers.tsv"));
    }

    /** The shipped map plus a user's file of extra variants (same two columns). */
    public static CnExportHeaders withExtra(Path file) {
        return withExtra(RuleFiles.file(file));
    }

    /** The shipped map plus extra (field, header variant) lines read elsewhere. */
    public static CnExportHeaders withExtra(List<String[]> extra) {
        List<String[]> rows = new ArrayList<>(
                RuleFiles.resource(CnExportHeaders.class, "/org/patnav/ingest/cn-export-headers.tsv"));
        rows.addAll(extra);
        return of(rows);
    }

    private static CnExportHeaders of(List<String[]> rows) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows) {
            map.put(key(row[1]), row[0]);
        }
        return new CnExportHeaders(map);
    }

    static String key(String header) {
        return ChineseText.compact(header).toLowerCase(java.util.Locale.ROOT);
    }

    /** The PatNav field a header names, if known. */
    public Optional<String> field(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(fieldByHeader.get(key(header)));
    }
}
