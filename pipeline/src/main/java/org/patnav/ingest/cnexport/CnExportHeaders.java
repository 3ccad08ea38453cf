package org.patnav.ingest.cnexport;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.RuleFiles;

/**
 * A header map of Chinese platform exports: header variant → PatNav field, with what a header row must
 * name to be taken for one. Two maps ship: patent exports ({@code cn-export-headers.tsv}) and trademark
 * exports ({@code trademark/cn-trademark-headers.tsv}). Headers compare after width folding and space
 * removal.
 */
public final class CnExportHeaders implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String PATENT_TABLE = "/org/patnav/ingest/cn-export-headers.tsv";
    private static final String TRADEMARK_TABLE = "/org/patnav/ingest/trademark/cn-trademark-headers.tsv";
    private static final Set<String> PATENT_NUMBERS = Set.of("application_number", "publication_number",
            "application_publication_number", "grant_publication_number");
    private static final Set<String> TRADEMARK_NUMBERS = Set.of("application_number", "registration_number");
    /** Columns only a trademark export has; patent exports share 申请号, 申请日期 and 申请人 with it. */
    private static final Set<String> TRADEMARK_ONLY = Set.of("mark_name", "nice_class", "term", "term_end");

    private final Map<String, String> fieldByHeader;
    private final Set<String> numberFields;
    private final Set<String> distinctiveFields;
    private final String requirement;

    private CnExportHeaders(Map<String, String> fieldByHeader, Set<String> numberFields,
                            Set<String> distinctiveFields, String requirement) {
        this.fieldByHeader = fieldByHeader;
        this.numberFields = numberFields;
        this.distinctiveFields = distinctiveFields;
        this.requirement = requirement;
    }

    /** The shipped patent export map. */
    public static CnExportHeaders defaults() {
        return patents(RuleFiles.resource(CnExportHeaders.class, PATENT_TABLE));
    }

    /**
     * The shipped trademark export map. A header row must name a mark number, a column only trademark
     * exports have (商标名称, 国际分类, 专用权期限) and a third known column.
     */
    public static CnExportHeaders trademarks() {
        return new CnExportHeaders(map(RuleFiles.resource(CnExportHeaders.class, TRADEMARK_TABLE)),
                TRADEMARK_NUMBERS, TRADEMARK_ONLY,
                "a trademark number, a trademark column (商标名称, 国际分类, 专用权期限) and one other known column");
    }

    /** The shipped patent map plus a user's file of extra variants (same two columns). */
    public static CnExportHeaders withExtra(Path file) {
        return withExtra(RuleFiles.file(file));
    }

    /** The shipped patent map plus extra (field, header variant) lines read elsewhere. */
    public static CnExportHeaders withExtra(List<String[]> extra) {
        List<String[]> rows = new ArrayList<>(RuleFiles.resource(CnExportHeaders.class, PATENT_TABLE));
        rows.addAll(extra);
        return patents(rows);
    }

    private static CnExportHeaders patents(List<String[]> rows) {
        return new CnExportHeaders(map(rows), PATENT_NUMBERS, Set.of(),
                "a patent number and two other known columns");
    }

    private static Map<String, String> map(List<String[]> rows) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows) {
            map.put(key(row[1]), row[0]);
        }
        return map;
    }

    static String key(String header) {
        return ChineseText.compact(header).toLowerCase(Locale.ROOT);
    }

    /** The PatNav field a header names, if known. */
    public Optional<String> field(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(fieldByHeader.get(key(header)));
    }

    /** Fields of which a header row must name one: the record's number. */
    Set<String> numberFields() {
        return numberFields;
    }

    /** Fields of which a header row must name one besides the number (none for patents). */
    Set<String> distinctiveFields() {
        return distinctiveFields;
    }

    /** What a header row must name, for messages. */
    String requirement() {
        return requirement;
    }
}
