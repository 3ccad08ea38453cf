package org.patnav.samples;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.patnav.samples.Application.Cn;
import org.patnav.samples.Application.Operation;

/**
 * Chinese platform exports of the CN applications, each application in exactly one row of one
 * platform's export: the CNIPA search system's CSV, incoPat's CSV and PatSnap's workbook. A row
 * describes the application as the platform lists it: CNIPA and PatSnap give its latest document
 * (the B document once granted) under 公开（公告）号, incoPat gives the A and the B/U/S number in two
 * columns. The three differ the way real exports do: header wording and width, encoding (UTF-8 with
 * BOM, GB18030, XLSX), date style, separators and legal-status vocabulary. Exports are split into
 * files of at most {@value #ROWS_PER_FILE} rows, as the platforms cap an export.
 *
 * <p>A patent's operations (转让, 许可, 质押, 开放许可) are parts of its legal status, oldest first, the
 * patent's end (a lapse, an expiry) last: CNIPA words them as the titles of its 专利公报 notices and dates
 * the latest in 法律状态公告日; incoPat summarises a transfer as 权利转移 and dates each operation in its
 * own columns (转让执行日, 许可合同备案日期, 质押登记日 ...) beside its parties; the PatSnap workbook lists the
 * statuses without their dates. After a transfer the current owner (当前权利人) is the transferee.
 */
final class CnExports implements Closeable {

    static final int ROWS_PER_FILE = 5000;

    /** After how many rows of a platform's first file the planted bad rows go in. */
    private static final int PLANT_AFTER = 2;

    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private static final List<String> CNIPA_HEADER = List.of("申请号", "公开（公告）号", "申请日", "公开（公告）日",
            "授权公告日", "名称", "摘要", "主权项", "申请（专利权）人", "当前权利人", "申请人地址", "发明人", "主分类号", "分类号",
            "专利类型", "法律状态", "失效日期", "优先权", "法律状态公告日");
    private static final List<String> INCOPAT_HEADER = List.of("申请号", "申请日", "公开号", "公开日", "公告号", "公告日", "标题",
            "摘要", "首项权利要求", "申请人", "当前专利权人", "申请人地址", "发明人", "IPC主分类", "IPC", "专利类型",
            "当前法律状态", "失效日", "优先权号", "转让执行日", "转让人", "受让人", "受让人地址", "许可合同备案日期", "许可人",
            "被许可人", "出质人", "质权人", "质押登记日", "质押解除日");
    private static final List<String> PATSNAP_HEADER = List.of("序号", "公开(公告)号", "申请号", "申请日", "公开(公告)日",
            "授权日", "标题", "标题(英文)", "摘要", "申请(专利权)人", "当前申请(专利权)人", "申请人地址", "发明人", "IPC主分类号",
            "IPC分类号", "专利类型", "法律状态/事件", "失效日", "优先权号", "权利要求数量");

    /** A CN application with its text: what one export row is made of. */
    record Entry(Application app, Templates.Text text) {
    }

    private final Outputs out;
    private final CsvExport cnipa;
    private final CsvExport incopat;
    private final PatsnapExport patsnap;

    /**
     * @param badCheckDigit  written to incoPat with a wrong check character
     * @param impossibleDate written to CNIPA filed on 2021-02-30
     * @param badBytes       written to CNIPA with an invalid UTF-8 sequence in its abstract
     */
    CnExports(Outputs out, Entry badCheckDigit, Entry impossibleDate, Entry badBytes) {
        this.out = out;
        this.cnipa = new CsvExport("cn-export/cnipa-search-", StandardCharsets.UTF_8, true, false, CNIPA_HEADER,
                List.of(impossibleDate, badBytes)) {
            @Override
            byte[] encodePlanted(Entry e, int k) {
                if (k == 0) {
                    List<String> row = cnipaRow(e.app(), e.text());
                    Cn cn = e.app().cn();
                    String digits = "2021" + cn.digits().substring(4);
                    row.set(0, "CN" + digits + "." + org.patnav.normalize.CnApplicationNumber.checkCharFor(digits));
                    row.set(2, "2021.02.30");
                    plant("INVALID_DATE", "申请日 2021.02.30 does not exist");
                    return encode(row);
                }
                // U+FFFF never occurs in text; its UTF-8 form is swapped for a broken two-byte sequence.
                List<String> row = cnipaRow(e.app(), e.text());
                String abs = row.get(6);
                row.set(6, abs.substring(0, Math.min(12, abs.length())) + '\uFFFF' + abs.substring(Math.min(12, abs.length())));
                byte[] bytes = encode(row);
                byte[] marker = "\uFFFF".getBytes(StandardCharsets.UTF_8);
                plant("BAD_ENCODING", "摘要 holds the bytes C3 28, not UTF-8");
                return replace(bytes, marker, new byte[] {(byte) 0xC3, (byte) 0x28});
            }

            @Override
            List<String> row(Entry e) {
                return cnipaRow(e.app(), e.text());
            }
        };
        this.incopat = new CsvExport("cn-export/incopat-export-", Charset.forName("GB18030"), false, true,
                INCOPAT_HEADER, List.of(badCheckDigit)) {
            @Override
            byte[] encodePlanted(Entry e, int k) {
                List<String> row = incopatRow(e.app(), e.text());
                Cn cn = e.app().cn();
                char right = cn.check();
                char wrong = right == 'X' ? '0' : right == '9' ? 'X' : (char) (right + 1);
                row.set(0, cn.digits() + "." + wrong);
                plant("BAD_CHECK_DIGIT", "申请号 " + cn.digits() + "." + wrong + " should end ." + right);
                return encode(row);
            }

            @Override
            List<String> row(Entry e) {
                return incopatRow(e.app(), e.text());
            }
        };
        this.patsnap = new PatsnapExport();
    }

    /** Writes the application's row; returns the file it went to. */
    String write(Application app, Templates.Text text) throws IOException {
        Entry e = new Entry(app, text);
        return switch (app.cn().platform()) {
            case CNIPA -> cnipa.write(e);
            case INCOPAT -> incopat.write(e);
            case PATSNAP -> patsnap.write(e);
        };
    }

    @Override
    public void close() throws IOException {
        cnipa.close();
        incopat.close();
        patsnap.close();
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static List<String> cnipaRow(Application app, Templates.Text text) {
        Cn cn = app.cn();
        boolean granted = cn.granted() != null;
        LocalDate listed = granted ? cn.granted() : cn.applicationPublished();
        String kind = granted ? cn.grantKind(app.kind()) : "A";
        List<String> row = new ArrayList<>();
        row.add("CN" + cn.applicationNumber());
        row.add("CN" + cn.publication() + kind);
        row.add(dots(app.filingDate()));
        row.add(dots(listed));
        row.add(granted ? dots(cn.granted()) : "");
        row.add(text.titleZh());
        row.add(text.abstractZh());
        row.add(text.claimZh());
        row.add(names(app, ";"));
        row.add(owners(app, ";"));
        row.add(app.firstApplicant().address());
        row.add(inventors(app, ";"));
        row.add(mainClass(text));
        row.add(classes(text, ";"));
        row.add(switch (app.kind()) {
            case INVENTION -> granted ? "发明授权" : "发明申请";
            case UTILITY_MODEL -> "实用新型";
            case DESIGN -> "外观设计";
        });
        row.add(status(cn, cn.status(), CnExports::cnipaWording, ";"));
        row.add(cn.statusDate() == null ? "" : dots(cn.statusDate()));
        row.add(app.priority() == null ? "" : app.priority().country() + app.priority().number() + " " + dots(app.priority().date()));
        LocalDate announced = latestStatusDate(cn);
        row.add(announced == null ? "" : dots(announced));
        return row;
    }

    private static List<String> incopatRow(Application app, Templates.Text text) {
        Cn cn = app.cn();
        List<String> row = new ArrayList<>();
        row.add(cn.applicationNumber());
        row.add(app.filingDate().toString());
        row.add(cn.applicationPublished() == null ? "" : "CN" + cn.publication() + "A");
        row.add(cn.applicationPublished() == null ? "" : cn.applicationPublished().toString());
        row.add(cn.granted() == null ? "" : "CN" + cn.publication() + cn.grantKind(app.kind()));
        row.add(cn.granted() == null ? "" : cn.granted().toString());
        row.add(text.titleZh());
        row.add(text.abstractZh());
        row.add(text.claimZh());
        row.add(names(app, "; "));
        row.add(owners(app, "; "));
        row.add(app.firstApplicant().address());
        row.add(inventors(app, "; "));
        row.add(mainClass(text));
        row.add(classes(text, "; "));
        row.add(switch (app.kind()) {
            case INVENTION -> "发明";
            case UTILITY_MODEL -> "实用新型";
            case DESIGN -> "外观设计";
        });
        row.add(status(cn, statusWording(cn.status()), CnExports::platformWording, "; "));
        row.add(cn.statusDate() == null ? "" : cn.statusDate().toString());
        row.add(app.priority() == null ? "" : app.priority().country() + app.priority().number());
        List<Operation> transfers = operations(cn, Operation.Kind.TRANSFER);
        row.add(dates(transfers));
        row.add(parties(transfers, Operation::from));
        row.add(parties(transfers, Operation::to));
        row.add(transfers.isEmpty() ? "" : transfers.getLast().to().getLast().address());
        List<Operation> licences = operations(cn, Operation.Kind.LICENCE);
        row.add(dates(licences));
        row.add(parties(licences, Operation::from));
        row.add(parties(licences, Operation::to));
        List<Operation> pledges = operations(cn, Operation.Kind.PLEDGE);
        row.add(parties(pledges, Operation::from));
        row.add(parties(pledges, Operation::to));
        row.add(dates(pledges));
        row.add(dates(operations(cn, Operation.Kind.PLEDGE_RELEASE)));
        return row;
    }

    /**
     * The legal status as a platform lists it: a patent in force its status and then its operations, oldest
     * first; an ended one its operations and then its end, so the last part is always the latest event.
     */
    private static String status(Cn cn, String summary, Function<Operation, String> wording, String separator) {
        boolean ended = cn.granted() != null && cn.statusDate() != null;
        List<String> parts = new ArrayList<>();
        if (!ended) {
            parts.add(summary);
        }
        cn.operations().forEach(o -> parts.add(wording.apply(o)));
        if (ended) {
            parts.add(summary);
        }
        return String.join(separator, parts);
    }

    /** The titles CNIPA's 专利公报 gives these notices; an open licence by the law's term (专利法 第五十条). */
    private static String cnipaWording(Operation o) {
        return switch (o.kind()) {
            case TRANSFER -> "专利权的转移";
            case LICENCE -> "专利实施许可合同备案的生效";
            case PLEDGE -> "专利权质押合同登记的生效";
            case PLEDGE_RELEASE -> "专利权质押合同登记的注销";
            case OPEN_LICENCE -> "开放许可声明";
        };
    }

    /** incoPat and PatSnap summarise a transfer as 权利转移 and name the others as CNIPA does. */
    private static String platformWording(Operation o) {
        return o.kind() == Operation.Kind.TRANSFER ? "权利转移" : cnipaWording(o);
    }

    /** The date of the latest status a CNIPA row lists (法律状态公告日): its end, its last operation, its grant. */
    private static LocalDate latestStatusDate(Cn cn) {
        if (cn.statusDate() != null) {
            return cn.statusDate();
        }
        if (!cn.operations().isEmpty()) {
            return cn.operations().getLast().date();
        }
        return cn.granted() != null ? cn.granted() : cn.applicationPublished();
    }

    private static List<Operation> operations(Cn cn, Operation.Kind kind) {
        return cn.operations().stream().filter(o -> o.kind() == kind).toList();
    }

    /** One date per operation, as incoPat lists several in one cell. */
    private static String dates(List<Operation> operations) {
        return operations.stream().map(o -> o.date().toString()).collect(Collectors.joining("; "));
    }

    private static String parties(List<Operation> operations, Function<Operation, List<Application.Applicant>> side) {
        return operations.stream().flatMap(o -> side.apply(o).stream()).map(Application.Applicant::name)
                .collect(Collectors.joining("; "));
    }

    /** incoPat and PatSnap name a status by its last event, not by CNIPA's summary word. */
    private static String statusWording(String status) {
        return switch (status) {
            case "有效" -> "授权";
            case "审中" -> "实质审查";
            case "未缴年费专利权终止" -> "未缴年费";
            default -> status;
        };
    }

    private static String names(Application app, String separator) {
        return app.applicants().stream().map(Application.Applicant::name).collect(Collectors.joining(separator));
    }

    /**
     * The current owners: the holders of a patent in force (the applicants, or the last transferees), none for
     * an application or a lapsed right.
     */
    private static String owners(Application app, String separator) {
        Cn cn = app.cn();
        boolean inForce = cn.granted() != null && cn.status().equals("有效");
        return inForce ? cn.holders(app.applicants()).stream().map(Application.Applicant::name)
                .collect(Collectors.joining(separator)) : "";
    }

    private static String inventors(Application app, String separator) {
        return app.inventors().stream().map(i -> i.name().written()).collect(Collectors.joining(separator));
    }

    private static String mainClass(Templates.Text text) {
        return text.locarno() != null ? text.locarno() : text.ipc().get(0);
    }

    private static String classes(Templates.Text text, String separator) {
        return text.locarno() != null ? text.locarno() : String.join(separator, text.ipc());
    }

    private static String dots(LocalDate d) {
        return d.format(DOTS);
    }

    private static byte[] replace(byte[] bytes, byte[] marker, byte[] with) {
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            boolean match = true;
            for (int k = 0; k < marker.length && match; k++) {
                match = bytes[i + k] == marker[k];
            }
            if (match) {
                byte[] result = new byte[bytes.length - marker.length + with.length];
                System.arraycopy(bytes, 0, result, 0, i);
                System.arraycopy(with, 0, result, i, with.length);
                System.arraycopy(bytes, i + marker.length, result, i + with.length, bytes.length - i - marker.length);
                return result;
            }
        }
        throw new IllegalStateException("marker not found");
    }

    // ---- writers ------------------------------------------------------------------------------

    /** A CSV export split into numbered files, each with its header line; CRLF line ends. */
    private abstract class CsvExport {
        private final String prefix;
        private final Charset charset;
        private final boolean bom;
        private final boolean quoteAll;
        private final List<String> header;
        private final List<Entry> plantedEntries;
        private boolean plantedDone;
        private OutputStream current;
        private String currentName;
        private int files;
        private int rows;

        CsvExport(String prefix, Charset charset, boolean bom, boolean quoteAll, List<String> header,
                  List<Entry> plantedEntries) {
            this.prefix = prefix;
            this.charset = charset;
            this.bom = bom;
            this.quoteAll = quoteAll;
            this.header = header;
            this.plantedEntries = plantedEntries;
        }

        abstract List<String> row(Entry e);

        abstract byte[] encodePlanted(Entry e, int k);

        byte[] encode(List<String> fields) {
            String line = (quoteAll ? Csv.all(fields, ',') : Csv.minimal(fields, ',')) + "\r\n";
            return line.getBytes(charset);
        }

        void plant(String reason, String note) {
            // header is line 1, so the row just being written is line rows + 2
            out.plant(currentName, "line " + (rows + 2), reason, note);
        }

        String write(Entry e) throws IOException {
            if (current == null || rows == ROWS_PER_FILE) {
                open();
            }
            current.write(encode(row(e)));
            rows++;
            out.count(currentName, 1);
            String file = currentName;
            if (files == 1 && rows == PLANT_AFTER) {
                writePlanted();
            }
            return file;
        }

        private void writePlanted() throws IOException {
            if (plantedDone) {
                return;
            }
            plantedDone = true;
            for (int k = 0; k < plantedEntries.size(); k++) {
                if (current == null || rows == ROWS_PER_FILE) {
                    open();
                }
                current.write(encodePlanted(plantedEntries.get(k), k));
                rows++;
                out.count(currentName, 1);
            }
        }

        private void open() throws IOException {
            if (current != null) {
                current.close();
            }
            files++;
            rows = 0;
            currentName = prefix + World.pad(files, 3) + ".csv";
            current = out.create(currentName);
            if (bom) {
                current.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            current.write(((quoteAll ? Csv.all(header, ',') : Csv.minimal(header, ',')) + "\r\n").getBytes(charset));
        }

        void close() throws IOException {
            writePlanted();
            if (current != null) {
                current.close();
            }
        }
    }

    /**
     * PatSnap's workbook: a title line above the header, real date cells. Written with POI's
     * streaming workbook, then re-zipped with fixed entry times so the bytes depend on the data only.
     */
    private final class PatsnapExport {
        private SXSSFWorkbook workbook;
        private Sheet sheet;
        private CellStyle dateStyle;
        private String currentName;
        private int files;
        private int rows;

        String write(Entry e) throws IOException {
            if (workbook == null || rows == ROWS_PER_FILE) {
                open();
            }
            rows++;
            Row row = sheet.createRow(rows + 1);
            Application app = e.app();
            Templates.Text text = e.text();
            Cn cn = app.cn();
            boolean granted = cn.granted() != null;
            int c = 0;
            row.createCell(c++).setCellValue(rows);
            row.createCell(c++).setCellValue("CN" + cn.publication() + (granted ? cn.grantKind(app.kind()) : "A"));
            row.createCell(c++).setCellValue("CN" + cn.applicationNumber());
            date(row, c++, app.filingDate());
            date(row, c++, granted ? cn.granted() : cn.applicationPublished());
            date(row, c++, cn.granted());
            row.createCell(c++).setCellValue(text.titleZh());
            row.createCell(c++).setCellValue(text.titleEn());
            row.createCell(c++).setCellValue(text.abstractZh());
            row.createCell(c++).setCellValue(names(app, " | "));
            row.createCell(c++).setCellValue(owners(app, " | "));
            row.createCell(c++).setCellValue(app.firstApplicant().address());
            row.createCell(c++).setCellValue(inventors(app, " | "));
            row.createCell(c++).setCellValue(mainClass(text));
            row.createCell(c++).setCellValue(classes(text, " | "));
            row.createCell(c++).setCellValue(switch (app.kind()) {
                case INVENTION -> granted ? "授权发明" : "发明申请";
                case UTILITY_MODEL -> "实用新型";
                case DESIGN -> "外观设计";
            });
            row.createCell(c++).setCellValue(status(cn, statusWording(cn.status()), CnExports::platformWording, " | "));
            date(row, c++, cn.statusDate());
            row.createCell(c++).setCellValue(app.priority() == null ? "" : app.priority().country() + app.priority().number());
            Cell claims = row.createCell(c);
            if (!text.claimsEn().isEmpty()) {
                claims.setCellValue(text.claimsEn().size());
            }
            out.count(currentName, 1);
            return currentName;
        }

        private void date(Row row, int column, LocalDate d) {
            Cell cell = row.createCell(column);
            if (d != null) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            }
        }

        private void open() throws IOException {
            finish();
            files++;
            rows = 0;
            currentName = "cn-export/patsnap-export-" + World.pad(files, 3) + ".xlsx";
            workbook = new SXSSFWorkbook(200);
            sheet = workbook.createSheet("专利列表");
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("智慧芽专利检索结果  导出时间：" + World.AS_OF
                    + "  检索式：ANCS:(亳州 OR 安徽) OR TAC:(中药 OR 机器人 OR 电池)");
            Row header = sheet.createRow(1);
            for (int c = 0; c < PATSNAP_HEADER.size(); c++) {
                header.createCell(c).setCellValue(PATSNAP_HEADER.get(c));
            }
        }

        private void finish() throws IOException {
            if (workbook == null) {
                return;
            }
            XSSFWorkbook base = workbook.getXSSFWorkbook();
            var core = base.getProperties().getCoreProperties();
            Date asOf = Date.from(World.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC));
            core.setCreator("PatSnap");
            core.setTitle("专利检索结果");
            core.setCreated(Optional.of(asOf));
            core.setModified(Optional.of(asOf));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.close();
            workbook = null;
            try (OutputStream file = out.create(currentName)) {
                rezip(bytes.toByteArray(), file);
            }
        }

        void close() throws IOException {
            finish();
        }
    }

    /** Copies a zip member by member, in order, with every entry time set to {@link Outputs#ARCHIVE_TIME}. */
    static void rezip(byte[] zip, OutputStream target) throws IOException {
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream copy = new ZipOutputStream(target)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(Outputs.ARCHIVE_TIME);
                copy.putNextEntry(fixed);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(copy);
                }
                copy.closeEntry();
            }
        }
    }
}
