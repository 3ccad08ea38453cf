package org.patnav.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as one workbook, {@code report.xlsx}: a contents sheet first ({@code 目录} / {@code Contents}:
 * the report's title and subtitle, its headline figures, and one line per table with its sheet, section,
 * title and note), then one sheet per table in report order.
 *
 * <p>A table sheet is a clean table an analyst can sort, filter and pivot: the column labels in row 1
 * (bold, frozen, with an autofilter), the rows below, nothing else. Cells are typed: counts, years,
 * decimals and shares are numbers (formats {@code #,##0}, {@code 0}, {@code #,##0.00}, {@code 0.0%}),
 * dates real Excel dates ({@code yyyy-mm-dd}), text strings. Text is written as a string cell, which
 * Excel never evaluates, so it is written as it is (no apostrophe, unlike the CSV); no cell is ever a
 * formula.
 *
 * <p>Sheet names come from the table ids, made valid for Excel (at most 31 characters, none of
 * {@code : \ / ? * [ ]}, not {@code History}) and unique ignoring case, as Excel compares them: a
 * clash gets {@code ~2}, {@code ~3}... The contents sheet gives each table's sheet. Limits of the format:
 * a table of more than 1,048,575 rows is refused (its CSV has no limit), and a text of more than 32,767
 * characters is cut to that length in the workbook only.
 *
 * <p>Written with POI's streaming SXSSF, so a large table is not held twice in memory; column widths
 * are computed from the header and the first {@value #WIDTH_SAMPLE} rows, not by {@code autoSizeColumn},
 * which needs the fonts installed and reads every row.
 */
public final class WorkbookWriter {

    /** The workbook's file name in the report's output folder. */
    public static final String FILE = "report.xlsx";

    static final int WIDTH_SAMPLE = 500;
    private static final int MAX_SHEET_NAME = 31;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /**
     * Writes {@code report.xlsx} under {@code outDir} (created if missing).
     *
     * @return the file written, relative to {@code outDir}: {@value #FILE}
     */
    public String write(Report report, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        try (OutputStream out = Files.newOutputStream(outDir.resolve(FILE))) {
            write(report, out);
        }
        return FILE;
    }

    /** Writes the workbook to {@code out}, left open. */
    public void write(Report report, OutputStream out) throws IOException {
        Messages m = new Messages("report-files", report.lang());
        List<Table> tables = report.tables();
        for (Table t : tables) {
            if (t.rows().size() > MAX_DATA_ROWS) {
                throw new IllegalArgumentException("table " + t.id() + " has " + t.rows().size()
                        + " rows; a sheet holds " + MAX_DATA_ROWS + ": leave it to the CSV");
            }
        }
        String contentsName = m.get("contents.sheet");
        List<String> sheetNames = sheetNames(tables.stream().map(Table::id).toList(), contentsName);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            wb.setCompressTempFiles(true);
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(report.title());
            stamp(wb.getXSSFWorkbook(), report.created());
            Styles styles = new Styles(wb);
            contents(wb.createSheet(contentsName), report, sheetNames, m, styles);
            for (int i = 0; i < tables.size(); i++) {
                table(wb.createSheet(sheetNames.get(i)), tables.get(i), styles);
            }
            wb.write(out);
        } finally {
            // SXSSF keeps each sheet's rows in a temporary file until the workbook is written.
            wb.dispose();
            wb.close();
        }
    }

    /**
     * Records {@code created} as the workbook's creation and modification time, or no time when null: POI
     * would write the moment of writing, and a rerun on the same inputs must give the same bytes.
     */
    public static void stamp(XSSFWorkbook wb, Instant created) {
        Optional<Date> time = Optional.ofNullable(created).map(Date::from);
        wb.getProperties().getCoreProperties().setCreated(time);
        wb.getProperties().getCoreProperties().setModified(time);
    }

    private static void contents(Sheet sheet, Report report, List<String> sheetNames, Messages m, Styles styles) {
        Widths widths = new Widths(4);
        int r = 0;
        text(sheet.createRow(r++).createCell(0), report.title()).setCellStyle(styles.title);
        text(sheet.createRow(r++).createCell(0), report.subtitle());
        r++;

        text(sheet.createRow(r++).createCell(0), m.get("contents.kpis")).setCellStyle(styles.header);
        r = header(sheet, r, styles, widths, m.get("column.id"), m.get("column.label"), m.get("column.value"),
                m.get("column.detail"));
        for (Kpi k : report.kpis()) {
            Row row = sheet.createRow(r++);
            put(row, 0, k.id(), widths);
            put(row, 1, k.label(), widths);
            value(row, 2, k.type(), k.value(), styles, widths);
            put(row, 3, k.detail(), widths);
        }
        r++;

        text(sheet.createRow(r++).createCell(0), m.get("contents.tables")).setCellStyle(styles.header);
        r = header(sheet, r, styles, widths, m.get("column.sheet"), m.get("column.section"), m.get("column.title"),
                m.get("column.note"));
        int i = 0;
        for (Section s : report.sections()) {
            for (Table t : s.tables()) {
                String name = sheetNames.get(i++);
                Row row = sheet.createRow(r++);
                Cell link = put(row, 0, name, widths);
                Hyperlink h = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + name.replace("'", "''") + "'!A1");
                link.setHyperlink(h);
                link.setCellStyle(styles.link);
                put(row, 1, s.title(), widths);
                put(row, 2, t.title(), widths);
                put(row, 3, t.note(), widths);
            }
        }
        widths.apply(sheet);
    }

    private static void table(Sheet sheet, Table t, Styles styles) {
        List<Column> columns = t.columns();
        Widths widths = new Widths(columns.size());
        int r = header(sheet, 0, styles, widths, columns.stream().map(Column::label).toArray(String[]::new));
        for (List<Object> cells : t.rows()) {
            Row row = sheet.createRow(r);
            boolean sample = r <= WIDTH_SAMPLE;
            for (int c = 0; c < cells.size(); c++) {
                value(row, c, columns.get(c).type(), cells.get(c), styles, sample ? widths : null);
            }
            r++;
        }
        if (!columns.isEmpty()) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
        }
        widths.apply(sheet);
    }

    /** A bold header row at {@code r}; returns the next row. */
    private static int header(Sheet sheet, int r, Styles styles, Widths widths, String... labels) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < labels.length; c++) {
            text(row.createCell(c), labels[c]).setCellStyle(styles.header);
            // Room for the autofilter's drop-down button.
            widths.measure(c, Widths.textWidth(labels[c]) + 3);
        }
        return r + 1;
    }

    /** A typed cell; null leaves the cell out. {@code widths} is null past the rows sampled for widths. */
    private static void value(Row row, int c, Column.Type type, Object v, Styles styles, Widths widths) {
        if (v == null) {
            return;
        }
        if (v instanceof String s) {
            put(row, c, s, widths);
            return;
        }
        Cell cell = row.createCell(c);
        switch (v) {
            case LocalDate d -> cell.setCellValue(d);
            case Long l -> cell.setCellValue(l.doubleValue());
            case Integer i -> cell.setCellValue(i.doubleValue());
            case Double d -> cell.setCellValue(d);
            default -> throw new IllegalArgumentException("not a report value: " + v.getClass().getName() + " " + v);
        }
        // A date is shown as one whatever its column says (a KPI's type is not checked against its value).
        CellStyle style = styles.numbers.get(v instanceof LocalDate ? Column.Type.DATE : type);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (widths != null) {
            widths.measure(c, shownWidth(type, v));
        }
    }

    /** Roughly the characters Excel shows for a number or date in its format. */
    private static int shownWidth(Column.Type type, Object v) {
        if (!(v instanceof Number n)) {
            return 10;
        }
        String shown = switch (type) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", n.doubleValue() * 100);
            case DECIMAL -> String.format(Locale.ROOT, "%,.2f", n.doubleValue());
            case YEAR -> Long.toString(n.longValue());
            default -> String.format(Locale.ROOT, "%,d", n.longValue());
        };
        return shown.length();
    }

    /** A text cell at column {@code c} of {@code row}, its width measured unless {@code widths} is null. */
    private static Cell put(Row row, int c, String s, Widths widths) {
        if (widths != null) {
            widths.text(c, s);
        }
        return text(row.createCell(c), s);
    }

    /** A string cell (never a formula); text past Excel's 32,767 characters is cut. */
    private static Cell text(Cell cell, String s) {
        if (s != null) {
            cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s);
        }
        return cell;
    }

    /**
     * Excel sheet names for {@code tableIds}, in order: valid (at most 31 characters, no {@code : \ / ? * [ ]},
     * no apostrophe first or last, not the reserved {@code History}) and unique ignoring case, also against
     * {@code contentsName}.
     */
    static List<String> sheetNames(List<String> tableIds, String contentsName) {
        Set<String> taken = new HashSet<>();
        taken.add(contentsName.toLowerCase(Locale.ROOT));
        taken.add("history");
        List<String> names = new ArrayList<>(tableIds.size());
        for (String id : tableIds) {
            String base = id == null || id.isBlank() ? "table" : WorkbookUtil.createSafeSheetName(id, '_');
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "~" + n;
                name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    /** At most {@code max} chars, not splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** The cell styles, made once per workbook (Excel allows only 64,000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle link;
        final Map<Column.Type, CellStyle> numbers = new EnumMap<>(Column.Type.class);

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);

            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);

            Font underlined = wb.createFont();
            underlined.setUnderline(Font.U_SINGLE);
            underlined.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(underlined);

            numbers.put(Column.Type.INTEGER, format(wb, "#,##0"));
            numbers.put(Column.Type.YEAR, format(wb, "0"));
            numbers.put(Column.Type.DECIMAL, format(wb, "#,##0.00"));
            numbers.put(Column.Type.PERCENT, format(wb, "0.0%"));
            numbers.put(Column.Type.DATE, format(wb, "yyyy-mm-dd"));
        }

        private static CellStyle format(SXSSFWorkbook wb, String pattern) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(pattern));
            return s;
        }
    }

    /** Column widths in characters, from what the cells show. */
    private static final class Widths {
        private final int[] chars;

        Widths(int columns) {
            chars = new int[columns];
        }

        void measure(int c, int width) {
            if (c < chars.length) {
                chars[c] = Math.max(chars[c], width);
            }
        }

        void text(int c, String s) {
            if (s != null) {
                measure(c, textWidth(s));
            }
        }

        /** Excel units are 1/256 of a character; a little padding, and no column wider than 60 characters. */
        void apply(Sheet sheet) {
            for (int c = 0; c < chars.length; c++) {
                sheet.setColumnWidth(c, Math.min(Math.max(chars[c] + 2, 6), MAX_WIDTH) * 256);
            }
        }

        /** The widest line of {@code s}; a Chinese, Japanese or Korean character takes two columns. */
        static int textWidth(String s) {
            int widest = 0;
            int line = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    widest = Math.max(widest, line);
                    line = 0;
                } else {
                    line += wide(cp) ? 2 : 1;
                }
            }
            return Math.max(widest, line);
        }

        private static boolean wide(int cp) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
        }
    }
}
