package org.patnav.jobs.watchlist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.PaymentStep;
import org.patnav.report.CsvCells;
import org.patnav.report.DataFilesWriter;
import org.patnav.report.HtmlReportWriter;
import org.patnav.report.IcsCalendar;
import org.patnav.report.ManifestWriter;
import org.patnav.report.Messages;
import org.patnav.report.OutputFolder;
import org.patnav.report.Report;
import org.patnav.report.Table;
import org.patnav.report.WorkbookWriter;

/**
 * Writes a watchlist into one folder: {@code watchlist.csv} (one row per patent, every column),
 * {@code watchlist.xlsx} (the ledger the bureau files: a summary sheet, totals per owner and per region,
 * then one sheet per status),
 * {@code summary.html} with {@code data/} (the summary's tables), {@code reminders.ics} (one event per
 * deadline of a patent at risk), {@code letters/} (one reminder letter per owner with patents at risk)
 * and last {@code report.json}, the manifest listing them. Rows stream from Spark in ledger order; the
 * driver never holds them all.
 */
final class WatchlistFiles {

    static final String CSV = "watchlist.csv";
    /** {@code --since}: every patent whose standing changed, one row each. */
    static final String CHANGES = "changes.csv";
    static final String XLSX = "watchlist.xlsx";
    static final String HTML = "summary.html";
    static final String ICS = "reminders.ics";
    static final String LETTERS = "letters";
    /** Rows per status sheet; a sheet that would hold more says so in its last row. */
    static final int SHEET_ROWS = 100_000;
    private static final String AT_RISK = "status IN ('due', 'grace', 'restorable')";
    /** The late-fee ladder's column: steps in the CSV and the status sheets as text, typed in their own sheet. */
    private static final String SCHEDULE = "payment_schedule";

    private final SparkSession spark;
    private final Messages m;
    private final LocalDate asOf;

    WatchlistFiles(SparkSession spark, String lang, LocalDate asOf) {
        this.spark = spark;
        this.m = new Messages("watchlist", lang);
        this.asOf = asOf;
    }

    /** The files written, relative to {@code dir}, the manifest last. */
    List<String> write(WatchlistJob.Counts counts, Report summary, Path folder) throws IOException {
        return OutputFolder.replace(folder, dir -> writeInto(counts, summary, dir));
    }

    private List<String> writeInto(WatchlistJob.Counts counts, Report summary, Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        files.add(csv(dir.resolve(CSV)));
        if (spark.catalog().tableExists(WatchlistChanges.VIEW)) {
            files.add(changes(dir.resolve(CHANGES)));
        }
        files.add(workbook(counts, summary, dir.resolve(XLSX)));
        HtmlReportWriter.write(summary, dir.resolve(HTML));
        files.add(HTML);
        files.addAll(new DataFilesWriter().write(summary, dir));
        files.add(calendar(dir.resolve(ICS)));
        files.addAll(letters(dir));
        files.add(new ManifestWriter().write(summary, files, dir));
        return files;
    }

    /** The rows meeting the fixed condition {@code where} (every row when null) in ledger order. */
    private Iterator<Row> ordered(String where) {
        return spark.sql("SELECT * FROM wl" + (where == null ? "" : " WHERE " + where) + " ORDER BY "
                + WatchlistJob.LEDGER_ORDER).toLocalIterator();
    }

    /**
     * The rows of one status in ledger order. The value is compared in a column expression, not quoted into the
     * SQL: Delta's SQL extension (Delta 4.2.0 on Spark 4.2.0) does not bind named parameters.
     */
    private Iterator<Row> orderedOf(FeeStatus status) {
        return spark.sql("SELECT * FROM wl ORDER BY " + WatchlistJob.LEDGER_ORDER)
                .filter(org.apache.spark.sql.functions.col("status").equalTo(status.id())).toLocalIterator();
    }

    private String csv(Path file) throws IOException {
        List<String> header = columns();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // Excel reads the file as UTF-8 only with the byte order mark
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (Iterator<Row> it = ordered(null); it.hasNext(); ) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>(header.size());
                    for (String c : header) {
                        Object v = c.equals(SCHEDULE) ? PaymentStep.format(WatchlistJob.ladder(r)) : r.get(r.fieldIndex(c));
                        cells.add(v == null ? "" : v instanceof String s ? CsvCells.safe(s)
                                : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                    }
                    p.printRecord(cells);
                }
            }
        }
        return CSV;
    }

    private String changes(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        for (StructField f : WatchlistChanges.SCHEMA.fields()) {
            if (!f.name().equals("change_rank")) {
                header.add(f.name());
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                Dataset<Row> rows = spark.sql("SELECT * FROM " + WatchlistChanges.VIEW + " ORDER BY change_rank, pub_id");
                for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext(); ) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>(header.size());
                    for (String c : header) {
                        Object v = r.get(r.fieldIndex(c));
                        cells.add(v == null ? "" : v instanceof String s ? CsvCells.safe(s) : v.toString());
                    }
                    p.printRecord(cells);
                }
            }
        }
        return CHANGES;
    }

    private static List<String> columns() {
        List<String> out = new ArrayList<>();
        for (StructField f : WatchlistJob.SCHEMA.fields()) {
            out.add(f.name());
        }
        return out;
    }

    private String workbook(WatchlistJob.Counts counts, Report report, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            WorkbookWriter.stamp(wb.getXSSFWorkbook(), report.created());
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet summary = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("sheet.summary")));
            int n = 0;
            summary.createRow(n++).createCell(0).setCellValue(m.get("report.title") + " · " + asOf);
            for (Map.Entry<FeeStatus, Long> e : counts.byStatus().entrySet()) {
                var row = summary.createRow(n++);
                row.createCell(0).setCellValue(m.get("status." + e.getKey().id()));
                row.createCell(1).setCellValue(e.getKey().id());
                row.createCell(2).setCellValue(e.getValue());
            }
            // The totals the bureau files with the ledger: per owner and per region (the summary's tables).
            for (Table t : report.tables()) {
                if (!t.id().equals("owners") && !t.id().equals("regions")) {
                    continue;
                }
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.title()));
                var head = sheet.createRow(0);
                for (int c = 0; c < t.columns().size(); c++) {
                    head.createCell(c).setCellValue(t.columns().get(c).label());
                }
                int r = 1;
                for (List<Object> cells : t.rows()) {
                    var row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        cell(row.createCell(c), cells.get(c), dates, money);
                    }
                }
            }
            schedule(wb, dates, money);
            List<String> header = columns();
            for (FeeStatus status : FeeStatus.values()) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("status." + status.id()) + " " + status.id()));
                var head = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    head.createCell(c).setCellValue(m.get("sheet.col." + header.get(c)));
                }
                long total = counts.byStatus().get(status);
                int r = 1;
                for (Iterator<Row> it = orderedOf(status); it.hasNext() && r <= SHEET_ROWS; r++) {
                    Row row = it.next();
                    var out = sheet.createRow(r);
                    for (int c = 0; c < header.size(); c++) {
                        Object v = header.get(c).equals(SCHEDULE) ? PaymentStep.format(WatchlistJob.ladder(row))
                                : row.get(row.fieldIndex(header.get(c)));
                        // The caveat reads as a sentence in the workbook the bureau files, not as its id; an
                        // amount the schedules lack reads as unknown in the ledger, not as an empty (zero) cell.
                        Object shown = v;
                        if (v != null && header.get(c).equals("calendar_caveat")) {
                            shown = m.get("caveat." + v);
                        } else if (v == null && header.get(c).equals("amount_due") && row.getString(row.fieldIndex("currency")) != null) {
                            shown = amount(row, m, asOf);
                        }
                        cell(out.createCell(c), shown, dates, money);
                    }
                }
                if (total > SHEET_ROWS) {
                    sheet.createRow(r).createCell(0).setCellValue(m.get("sheet.truncated", SHEET_ROWS, total));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return XLSX;
    }

    /**
     * The payment schedule sheet: per patent with a fee due or in grace, in ledger order, one row per step of
     * its late-fee ladder: the number to quote, the days of the step and what paying in it costs.
     */
    private void schedule(SXSSFWorkbook wb, CellStyle dates, CellStyle money) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("sheet.schedule")));
        List<String> columns = List.of("pub_id", "number", "owner", "status", "fee_year", "pay_from", "pay_until",
                "amount", "currency");
        var head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            head.createCell(c).setCellValue(m.get("sheet.schedule.col." + columns.get(c)));
        }
        int r = 1;
        for (Iterator<Row> it = ordered("size(" + SCHEDULE + ") > 0"); it.hasNext(); ) {
            Row row = it.next();
            String status = row.getString(row.fieldIndex("status"));
            for (PaymentStep step : WatchlistJob.ladder(row)) {
                if (r > SHEET_ROWS) {
                    sheet.createRow(r).createCell(0).setCellValue(m.get("sheet.schedule.truncated", SHEET_ROWS));
                    return;
                }
                // A patent known only from fee events has no owner: a blank cell (hence not List.of).
                List<Object> cells = java.util.Arrays.asList(row.getString(row.fieldIndex("pub_id")), number(row),
                        WatchlistJob.text(row, "owner"), m.get("status." + status),
                        (long) row.getInt(row.fieldIndex("fee_year")), step.payFrom(), step.payUntil(),
                        step.amount() == null ? m.get("letter.amount.unknown") : step.amount(), step.currency());
                var out = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    cell(out.createCell(c), cells.get(c), dates, money);
                }
            }
        }
    }

    /** A typed cell: numbers as numbers, dates as dates, text as text. */
    private static void cell(Cell cell, Object v, CellStyle dates, CellStyle money) {
        switch (v) {
            case null -> cell.setBlank();
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dates);
            }
            case BigDecimal d -> {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(money);
            }
            case Number x -> cell.setCellValue(x.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            default -> cell.setCellValue(v.toString());
        }
    }

    private String calendar(Path file) throws IOException {
        try (IcsCalendar ics = new IcsCalendar(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                "-//PatNav//Fee watchlist//" + m.lang().toUpperCase(java.util.Locale.ROOT), asOf)) {
            for (Iterator<Row> it = ordered(AT_RISK); it.hasNext(); ) {
                Row r = it.next();
                String status = r.getString(r.fieldIndex("status"));
                LocalDate day = r.getLocalDate(r.fieldIndex("rank_deadline"));
                if (day == null) {
                    continue;
                }
                String pub = r.getString(r.fieldIndex("pub_id"));
                String owner = r.isNullAt(r.fieldIndex("owner")) ? "—" : r.getString(r.fieldIndex("owner"));
                ics.event(pub + "-" + status + "-" + day + "@patnav", day, m.get("ics." + status, pub, owner),
                        m.get("ics.description", title(r), amountWords(r, m, asOf), m.get("status." + status)) + caveat(r, "ics.caveat"), 14);
            }
        }
        return ICS;
    }

    /** One reminder letter per owner with patents at risk, in ledger order; the files written. */
    private List<String> letters(Path dir) throws IOException {
        Path folder = dir.resolve(LETTERS);
        Files.createDirectories(folder);
        List<String> files = new ArrayList<>();
        Dataset<Row> rows = spark.sql("SELECT * FROM wl WHERE " + AT_RISK + " AND owner IS NOT NULL ORDER BY owner, "
                + WatchlistJob.LEDGER_ORDER);
        String owner = null;
        List<Row> patents = new ArrayList<>();
        for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext(); ) {
            Row r = it.next();
            String o = r.getString(r.fieldIndex("owner"));
            if (owner != null && !owner.equals(o)) {
                files.add(letter(folder, files.size() + 1, owner, patents));
                patents.clear();
            }
            owner = o;
            patents.add(r);
        }
        if (owner != null) {
            files.add(letter(folder, files.size() + 1, owner, patents));
        }
        return files;
    }

    /**
     * One owner's letter: per patent the number to quote (专利号, else 申请号), what the data says about its fee
     * (for CN: no payment on record, which is not proof of non-payment), and for a fee due or in grace what
     * paying costs by each day of payment up to the grace deadline; then the office's rules on late and short
     * payment.
     */
    private String letter(Path folder, int number, String owner, List<Row> patents) throws IOException {
        String name = String.format(java.util.Locale.ROOT, "%04d-%s.txt", number, owner.replaceAll("[^\\p{L}\\p{N}]+", "_"));
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            w.write(m.get("letter.subject") + "\n\n" + m.get("letter.greeting", owner) + "\n\n");
            // A person is addressed as 您, an organisation as 贵单位.
            boolean person = "individual".equals(patents.getFirst().getString(patents.getFirst().fieldIndex("owner_type")));
            w.write(m.get(person ? "letter.body.individual" : "letter.body", day(asOf), patents.size()) + "\n\n");
            java.util.Set<String> notes = new java.util.TreeSet<>();
            int i = 1;
            for (Row r : patents) {
                String status = r.getString(r.fieldIndex("status"));
                String office = office(r);
                w.write(m.get("letter.line", i++, numberLabel(r), title(r), r.getString(r.fieldIndex("pub_id"))) + "\n");
                String fee = m.get("letter.fee." + office, r.getInt(r.fieldIndex("fee_year")));
                LocalDate deadline = r.isNullAt(r.fieldIndex("rank_deadline")) ? null : r.getLocalDate(r.fieldIndex("rank_deadline"));
                switch (status) {
                    case "due" -> w.write(m.get("letter.due", fee, day(r.getLocalDate(r.fieldIndex("next_due_date")))) + "\n");
                    case "grace" -> w.write(m.get("letter.grace." + office, fee, day(asOf),
                            day(r.getLocalDate(r.fieldIndex("next_due_date")))) + "\n");
                    default -> w.write(m.get("letter.restorable." + office, fee,
                            r.isNullAt(r.fieldIndex("status_since")) ? "—" : day(r.getLocalDate(r.fieldIndex("status_since"))),
                            deadline == null ? "—" : day(deadline), amountWords(r, m, asOf)) + "\n");
                }
                for (PaymentStep step : WatchlistJob.ladder(r)) {
                    w.write(m.get("letter.step", day(step.payUntil()), money(step.amount(), step.currency(), step.amountComplete()))
                            + "\n");
                }
                // After the steps, whose last date (the grace deadline) it usually concerns.
                String caveat = caveat(r, "letter.caveat");
                if (!caveat.isEmpty()) {
                    w.write(caveat + "\n");
                }
                if (!status.equals("restorable")) {
                    notes.add(office);
                }
            }
            w.write("\n");
            for (String office : notes) {
                w.write(m.get("letter.note." + office) + "\n");
            }
            w.write(m.get("letter.closing") + "\n\n" + m.get("letter.sender") + "\n" + day(asOf) + "\n");
        }
        return LETTERS + "/" + name;
    }

    /** CN, US or EP (only their fees are priced, so only they are at risk): the letters word each office's data apart. */
    private static String office(Row r) {
        return r.getString(r.fieldIndex("office"));
    }

    /** The number the payer quotes: the patent number when granted (专利号), else the application number. */
    private static String number(Row r) {
        String patent = WatchlistJob.text(r, "patent_number");
        String application = WatchlistJob.text(r, "application_number");
        return patent != null ? patent : application != null ? application : r.getString(r.fieldIndex("pub_id"));
    }

    private String numberLabel(Row r) {
        String patent = WatchlistJob.text(r, "patent_number");
        String application = WatchlistJob.text(r, "application_number");
        return patent != null ? m.get("letter.number.patent", patent)
                : application != null ? m.get("letter.number.application", application)
                : m.get("letter.number.publication", r.getString(r.fieldIndex("pub_id")));
    }

    /** A day as the letters write it (zh: 2026年11月25日). */
    private String day(LocalDate d) {
        return m.get("letter.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private String money(BigDecimal amount, String currency, boolean complete) {
        return money(m, amount, currency, complete);
    }

    /**
     * An amount in words of the language: 人民币 2,500 元, US$ 4,580, € 2,662.50 (whole amounts without cents),
     * marked when a part of it is not known.
     */
    static String money(Messages m, BigDecimal amount, String currency, boolean complete) {
        if (amount == null) {
            return m.get("letter.amount.unknown");
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat(amount.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        String text = m.get("money." + currency, f.format(amount));
        return complete ? text : m.get("letter.amount.incomplete", text);
    }

    /**
     * The calendar caveat of a row's deadline in the words of {@code key} (a line of a letter, a sentence
     * of a reminder), or nothing when a holiday calendar covered it.
     */
    private String caveat(Row r, String key) {
        int i = r.fieldIndex("calendar_caveat");
        return r.isNullAt(i) ? "" : m.get(key, m.get("caveat." + r.getString(i)));
    }

    private static String title(Row r) {
        return r.isNullAt(r.fieldIndex("title")) ? r.getString(r.fieldIndex("pub_id")) : r.getString(r.fieldIndex("title"));
    }

    /** The amount due in the letters' words (人民币 … 元); one the schedules lack as {@link #amount} says it. */
    static String amountWords(Row r, Messages m, LocalDate asOf) {
        int i = r.fieldIndex("amount_due");
        return r.isNullAt(i) ? amount(r, m, asOf) : money(m, r.getDecimal(i), r.getString(r.fieldIndex("currency")),
                r.getBoolean(r.fieldIndex("amount_complete")));
    }

    /**
     * The amount to pay as the letters, calendar and summary write it: the sum with its currency; a fee
     * whose amount PatNav's schedules lack is "unknown", never 0, and says which office's schedule on which
     * date (the full sentence is in the {@code amount_note} column); a sum missing a part says it is a minimum.
     */
    static String amount(Row r, Messages m, LocalDate asOf) {
        int i = r.fieldIndex("amount_due");
        String currency = r.getString(r.fieldIndex("currency"));
        if (r.isNullAt(i)) {
            return currency == null ? "—" : m.get("amount.unknown", r.getString(r.fieldIndex("office")), asOf.toString());
        }
        String sum = r.getDecimal(i).toPlainString() + " " + currency;
        return r.getBoolean(r.fieldIndex("amount_complete")) ? sum
                : m.get("amount.partial", sum, r.getString(r.fieldIndex("office")), asOf.toString());
    }
}
