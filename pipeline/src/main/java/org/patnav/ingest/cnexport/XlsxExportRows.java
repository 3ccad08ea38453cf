package org.patnav.ingest.cnexport;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * XLSX exports, streamed row by row (excel-streaming-reader: a few rows in memory, never the
 * sheet). The records are on the first sheet whose first 20 rows hold a header row; platforms
 * put a title and the search query above it, and some add a sheet of search statistics.
 */
final class XlsxExportRows implements ExportRows {

    private final Workbook workbook;
    private final List<CnExportHeaders> candidates;
    private final List<String> sheetNames = new ArrayList<>();
    private Iterator<Row> rows;
    private String sheetName;
    private ExportHeader header;
    private int lastRow;

    XlsxExportRows(InputStream in, List<CnExportHeaders> candidates) throws IOException {
        this.candidates = List.copyOf(candidates);
        try {
            this.workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).open(in);
        } catch (RuntimeException e) {
            throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
        }
        try {
            findHeader();
        } catch (RuntimeException e) {
            workbook.close();
            throw new IOException("XLSX workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private void findHeader() {
        for (Sheet sheet : workbook) {
            sheetNames.add(sheet.getSheetName());
            Iterator<Row> it = sheet.rowIterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (row.getRowNum() >= ExportHeader.MAX_ROWS_BEFORE_DATA) {
                    break;
                }
                Optional<ExportHeader> h = ExportHeader.of(cells(row), candidates);
                if (h.isPresent()) {
                    header = h.get();
                    rows = it;
                    sheetName = sheet.getSheetName();
                    lastRow = row.getRowNum() + 1;
                    return;
                }
            }
        }
    }

    @Override
    public Optional<ExportHeader> header() {
        return Optional.ofNullable(header);
    }

    @Override
    public String noHeaderReason() {
        return "XLSX workbook with no header row naming " + candidates.stream().map(CnExportHeaders::requirement)
                .collect(java.util.stream.Collectors.joining(", or ")) + " in the first "
                + ExportHeader.MAX_ROWS_BEFORE_DATA + " rows of any sheet (sheets: " + String.join(", ", sheetNames) + ")";
    }

    @Override
    public ExportRow next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                lastRow = row.getRowNum() + 1;
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                // Cells right of the header are unlabelled notes, not a shifted row as in CSV.
                return new ExportRow(cells, "sheet " + sheetName + " row " + lastRow, null);
            }
            return null;
        } catch (RuntimeException e) {
            throw new IOException("XLSX sheet cannot be read further: " + e.getMessage(), e);
        }
    }

    @Override
    public String position() {
        return "sheet " + sheetName + " after row " + lastRow;
    }

    /** The row's cells by column; the streaming reader skips empty cells, so gaps are filled. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            while (cells.size() < cell.getColumnIndex()) {
                cells.add("");
            }
            cells.add(text(cell));
        }
        return cells;
    }

    /**
     * A date-formatted number is written as an ISO date, so dates take the same path as text
     * cells; other numbers lose the {@code .0} Excel gives every number (claim counts, years).
     */
    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
