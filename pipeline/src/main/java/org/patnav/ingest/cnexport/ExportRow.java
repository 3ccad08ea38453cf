package org.patnav.ingest.cnexport;

import java.util.List;
import org.patnav.model.RejectReason;

/**
 * One data row of an export, as cell texts.
 *
 * @param locator where the row is ("record 3, line 7"; "sheet 专利列表 row 5")
 * @param defect  what the file layer already found wrong with the row, or null
 */
public record ExportRow(List<String> cells, String locator, Defect defect) {

    /** A row the reader could split into cells but whose cells cannot be trusted. */
    public record Defect(RejectReason reason, String message) {
    }

    public ExportRow {
        cells = List.copyOf(cells);
    }

    /** The raw cells joined, for reject excerpts. */
    public String raw() {
        return String.join(" | ", cells);
    }
}
