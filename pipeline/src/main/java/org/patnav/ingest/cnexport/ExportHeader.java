package org.patnav.ingest.cnexport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an export: which column holds which PatNav field. A row is a header when at
 * least three distinct known fields are named, one of them a number (patent or mark), and, for the
 * trademark map, one of the columns only trademark exports have; so a title line such as
 * {@code 检索结果 申请号 2021-01-01} or a data row is never taken for one.
 */
public final class ExportHeader {

    static final int MIN_KNOWN_FIELDS = 3;
    /** Platforms put a title, the query and blank lines above the header; never this many. */
    public static final int MAX_ROWS_BEFORE_DATA = 20;

    /** field → the columns naming it, in column order (two platforms' variants may both appear). */
    private final Map<String, List<Integer>> columns;
    private final int width;
    private final CnExportHeaders headers;

    private ExportHeader(Map<String, List<Integer>> columns, int width, CnExportHeaders headers) {
        this.columns = columns;
        this.width = width;
        this.headers = headers;
    }

    /** The header these cells form, if they form one. */
    static Optional<ExportHeader> of(List<String> cells, CnExportHeaders headers) {
        Map<String, List<Integer>> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int column = i;
            headers.field(cells.get(i)).ifPresent(
                    f -> columns.computeIfAbsent(f, k -> new ArrayList<>()).add(column));
        }
        boolean hasNumber = columns.keySet().stream().anyMatch(headers.numberFields()::contains);
        boolean distinctive = headers.distinctiveFields().isEmpty()
                || columns.keySet().stream().anyMatch(headers.distinctiveFields()::contains);
        if (columns.size() < MIN_KNOWN_FIELDS || !hasNumber || !distinctive) {
            return Optional.empty();
        }
        return Optional.of(new ExportHeader(columns, cells.size(), headers));
    }

    /** The first of the maps whose header these cells form. */
    static Optional<ExportHeader> of(List<String> cells, List<CnExportHeaders> candidates) {
        for (CnExportHeaders h : candidates) {
            Optional<ExportHeader> header = of(cells, h);
            if (header.isPresent()) {
                return header;
            }
        }
        return Optional.empty();
    }

    /** The header map the row matched (patent or trademark exports). */
    public CnExportHeaders headers() {
        return headers;
    }

    /** The number of header cells. */
    int width() {
        return width;
    }

    /** field → value of one row: the first non-blank cell among the field's columns, stripped. */
    public Map<String, String> values(List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
            for (int column : e.getValue()) {
                String cell = column < cells.size() ? cells.get(column) : null;
                if (cell != null && !cell.isBlank()) {
                    values.put(e.getKey(), cell.strip());
                    break;
                }
            }
        }
        return values;
    }
}
