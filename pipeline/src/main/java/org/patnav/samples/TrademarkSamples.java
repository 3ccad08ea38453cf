package org.patnav.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.patnav.samples.Catalog.Org;
import org.patnav.samples.Catalog.Place;

/**
 * The trademark part of the sample world, under {@code trademarks/}: marks of the world's applicants in
 * the bulk formats PatNav reads for trademarks.
 *
 * <ul>
 *   <li>{@code cn/qcc-trademarks-001.csv}: a 企查查-style export (UTF-8 with BOM, a title line,
 *       申请/注册号, {@code 5类 医药}, 专用权期限 in one cell in two date styles) of {@value #CN_CSV_MARKS}
 *       marks and two rows broken on purpose (no number; 2019-02-30).</li>
 *   <li>{@code cn/sbj-trademarks-001.xlsx}: a 商标局-style workbook (注册号, 国际分类号, 申请人 and 共同申请人,
 *       有效期起始日 / 截止日 as date cells, 当前状态) of {@value #CN_XLSX_MARKS} marks.</li>
 *   <li>{@code us-casefiles/}: {@code case_file.csv}, {@code owner.csv}, {@code classification.csv} and
 *       {@code intl_class.csv} in the USPTO Trademark Case Files layout (a subset of the columns) for
 *       {@value #US_MARKS} marks, and one owner row of a serial number the set does not list.</li>
 * </ul>
 * Most CN marks belong to Bozhou companies (and a few people) in its four counties, the others to
 * Anhui and Chinese applicants of the patent world; US marks to the world's US filers. Fates are
 * drawn: pending, refused, registered, renewed, in the grace period, expired, invalidated, each as the
 * status wording of its source; all dates lie between 2005 and the world's day.
 *
 * <p>Drawn from its own random streams (seed mixed with {@link #SALT}), so the patent samples stay
 * byte-identical whether or not this part is written. The broken records are planted in
 * {@link Outputs} like the patent ones (and counted in the summary), but the top-level ground-truth
 * files describe the patent world only and are not rewritten: the tests pin the trademark rejects.
 */
final class TrademarkSamples {

    static final String DIR = "trademarks/";
    static final String CN_CSV = DIR + "cn/qcc-trademarks-001.csv";
    static final String CN_XLSX = DIR + "cn/sbj-trademarks-001.xlsx";
    static final String US_DIR = DIR + "us-casefiles/";
    static final int CN_CSV_MARKS = 80;
    static final int CN_XLSX_MARKS = 20;
    static final int US_MARKS = 15;
    /** "trademks": mixed into the seed so no stream is shared with the patent world. */
    static final long SALT = 0x7472_6164_656d_6b73L;

    /** Marks k = 5 and 88 (one per file) are in the grace period. */
    private static final int GRACE_EVERY = 83;
    private static final int GRACE_AT = 5;
    private static final LocalDate FIRST_FILING = LocalDate.of(2005, 1, 1);
    private static final LocalDate LAST_FILING = LocalDate.of(2026, 6, 30);
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年MM月dd日", Locale.ROOT);
    private static final List<String> CSV_HEADER = List.of("序号", "商标名称", "国际分类", "申请/注册号", "商标状态",
            "商标申请日期", "注册公告日期", "专用权期限", "申请人名称（中文）", "申请人地址（中文）");
    private static final List<String> XLSX_HEADER = List.of("注册号", "商标名称", "国际分类号", "申请人", "共同申请人",
            "申请人地址", "申请日期", "注册日期", "有效期起始日", "有效期截止日", "当前状态");
    /** Short names of the Nice classes as Chinese platforms print them beside the number. */
    private static final Map<Integer, String> CLASS_NAMES = Map.ofEntries(Map.entry(5, "医药"), Map.entry(7, "机械设备"),
            Map.entry(9, "科学仪器"), Map.entry(11, "灯具空调"), Map.entry(29, "食品"), Map.entry(30, "方便食品"),
            Map.entry(31, "饲料种籽"), Map.entry(35, "广告销售"), Map.entry(37, "建筑修理"), Map.entry(40, "材料加工"),
            Map.entry(42, "网站服务"), Map.entry(43, "餐饮住宿"), Map.entry(44, "医疗园艺"));
    private static final String[] WORDS = {"药都", "华佗", "芍花", "本草", "涡河", "庄周", "老子", "漆园", "汤王", "魏武",
        "润禾", "恒力", "锐进", "聚能", "新源", "天静", "亳菊", "紫光", "星园", "百草"};
    private static final String[] ENDINGS = {"", "堂", "坊", "源", "康", "牌", "谷", "园"};
    private static final String[] US_WORDS = {"EVERGREEN", "SUMMIT", "NORTHFIELD", "CASCADE", "BRIGHTLINE", "HUATUO",
        "SHAODU", "PEONY", "HERBAL", "GRID", "CELL", "PEAK"};

    /** One CN mark as the world knows it. */
    private record CnMark(String number, String name, int niceClass, List<Org> orgs, String person, Place place,
                          String address, LocalDate filed, LocalDate registered, LocalDate termStart,
                          LocalDate termEnd, boolean renewed, String status) {
    }

    private final Outputs out;
    private final long seed;

    TrademarkSamples(Outputs out, long seed) {
        this.out = out;
        this.seed = seed ^ SALT;
    }

    void write() throws IOException {
        List<CnMark> marks = new ArrayList<>();
        for (int k = 0; k < CN_CSV_MARKS + CN_XLSX_MARKS; k++) {
            marks.add(cnMark(k, Rng.of(seed, k, 1)));
        }
        writeCsv(marks.subList(0, CN_CSV_MARKS));
        writeXlsx(marks.subList(CN_CSV_MARKS, marks.size()));
        writeCaseFiles();
    }

    // ---- Chinese marks -----------------------------------------------------------------------------

    private CnMark cnMark(int k, Rng r) {
        List<Org> orgs = new ArrayList<>();
        String person = null;
        Place place;
        String address;
        int area = r.weighted(0.72, 0.16, 0.12);
        if (area == 0) {
            place = r.pick(Catalog.BOZHOU_PLACES);
            List<Org> local = Catalog.BOZHOU_ORGS.stream().filter(o -> o.place() == place).toList();
            if (r.chance(0.15)) {
                person = World.chineseName(r).written();
                address = place.prefix() + r.pick(place.streets()) + r.between(1, 399) + "号";
            } else {
                orgs.add(r.pick(local));
                address = orgs.get(0).address();
            }
        } else {
            List<Org> pool = area == 1 ? Catalog.ANHUI_ORGS : Catalog.CHINA_ORGS;
            orgs.add(r.pick(pool));
            place = orgs.get(0).place();
            address = orgs.get(0).address();
        }
        if (!orgs.isEmpty() && r.chance(0.1)) {
            Org partner = r.pick(Catalog.BOZHOU_ORGS);
            if (partner != orgs.get(0)) {
                orgs.add(partner);
            }
        }
        Sector sector = orgs.isEmpty() ? Sector.OTHER : orgs.get(0).sectors().get(0);
        int[] classes = switch (sector) {
            case TCM -> new int[] {5, 5, 30, 31, 35, 44};
            case EQUIPMENT -> new int[] {7, 7, 9, 37, 42};
            case NEW_ENERGY -> new int[] {9, 9, 11, 40, 42};
            case OTHER -> orgs.isEmpty() ? new int[] {29, 30, 31, 35, 43} : new int[] {9, 35, 42};
        };
        int niceClass = classes[r.nextInt(classes.length)];
        String name = r.chance(0.08) ? "图形" : r.pick(WORDS) + r.pick(ENDINGS);
        LocalDate filed = FIRST_FILING.plusDays(r.nextInt((int) (LAST_FILING.toEpochDay() - FIRST_FILING.toEpochDay())));
        LocalDate registered = filed.plusMonths(r.between(9, 20)).plusDays(r.nextInt(28));
        LocalDate termStart = null;
        LocalDate termEnd = null;
        boolean renewed = false;
        String status;
        double fate = r.nextDouble();
        if (fate < 0.10) {
            registered = null;
            status = r.chance(0.3) ? "驳回复审中" : "已驳回";
        } else if (registered.isAfter(World.AS_OF)) {
            registered = null;
            status = r.pick(new String[] {"等待实质审查", "初审公告", "申请中", "异议中"});
        } else {
            termStart = registered;
            termEnd = registered.plusYears(10).minusDays(1);
            boolean renews = r.chance(0.6);
            while (termEnd.isBefore(World.AS_OF) && renews) {
                termStart = termEnd.plusDays(1);
                termEnd = termStart.plusYears(10).minusDays(1);
                renewed = true;
            }
            if (termEnd.isBefore(World.AS_OF)) {
                status = !World.AS_OF.isAfter(termEnd.plusMonths(6)) ? "宽展" : r.chance(0.5) ? "已销亡" : "专用权已过期";
            } else if (r.chance(0.08)) {
                status = r.pick(new String[] {"商标无效", "撤销", "注销"});
            } else {
                status = renewed && r.chance(0.5) ? "续展" : "REGISTERED";
            }
        }
        if (k % GRACE_EVERY == GRACE_AT) {
            // In the six months' grace (宽展期) after an unrenewed term: rare by chance, so placed.
            registered = World.AS_OF.minusYears(10).minusMonths(2);
            filed = registered.minusMonths(13);
            termStart = registered;
            termEnd = registered.plusYears(10).minusDays(1);
            renewed = false;
            status = "宽展";
        }
        // CNIPA numbers grow with the filing year; distinct for every k.
        String number = Long.toString(4_000_000L + (filed.getYear() - 2005) * 3_200_000L + (k * 7919L) % 3_000_000L);
        return new CnMark(number, name, niceClass, orgs, person, place, address, filed, registered, termStart, termEnd,
                renewed, status);
    }

    private static String owners(CnMark m) {
        return m.person() != null ? m.person() : String.join("；", m.orgs().stream().map(Org::nameZh).toList());
    }

    private void writeCsv(List<CnMark> marks) throws IOException {
        try (OutputStream file = out.create(CN_CSV);
             Writer w = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write("企查查商标查询结果  导出时间：" + World.AS_OF + "\r\n");
            w.write(Csv.minimal(CSV_HEADER, ',') + "\r\n");
            int record = 0;
            for (int i = 0; i < marks.size(); i++) {
                if (i == 2) {
                    record++;
                    List<String> row = csvRow(record, marks.get(i));
                    row.set(3, "");
                    w.write(Csv.minimal(row, ',') + "\r\n");
                    out.plant(CN_CSV, "line " + (record + 2), "MISSING_FIELD", "申请/注册号 left empty");
                }
                if (i == 40) {
                    record++;
                    List<String> row = csvRow(record, marks.get(i));
                    row.set(5, "2019-02-30");
                    w.write(Csv.minimal(row, ',') + "\r\n");
                    out.plant(CN_CSV, "line " + (record + 2), "INVALID_DATE", "商标申请日期 2019-02-30");
                }
                record++;
                w.write(Csv.minimal(csvRow(record, marks.get(i)), ',') + "\r\n");
            }
            out.count(CN_CSV, record);
        }
    }

    private static List<String> csvRow(int record, CnMark m) {
        String classText = switch (record % 3) {
            case 0 -> m.niceClass() + "类 " + CLASS_NAMES.get(m.niceClass());
            case 1 -> "第" + m.niceClass() + "类";
            default -> Integer.toString(m.niceClass());
        };
        String term = "-";
        if (m.termStart() != null && (m.renewed() || record % 7 != 0)) {
            term = record % 2 == 0 ? CHINESE.format(m.termStart()) + "至" + CHINESE.format(m.termEnd())
                    : m.termStart() + "至" + m.termEnd();
        }
        String status = m.status().equals("REGISTERED") ? "商标已注册" : m.status();
        return new ArrayList<>(List.of(Integer.toString(record), m.name(), classText, m.number(), status,
                m.filed().toString(), m.registered() == null ? "-" : m.registered().toString(), term, owners(m),
                m.address()));
    }

    private void writeXlsx(List<CnMark> marks) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("商标信息");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < XLSX_HEADER.size(); c++) {
                header.createCell(c).setCellValue(XLSX_HEADER.get(c));
            }
            int rowNo = 1;
            for (CnMark m : marks) {
                Row row = sheet.createRow(rowNo++);
                row.createCell(0).setCellValue(Long.parseLong(m.number()));
                row.createCell(1).setCellValue(m.name());
                row.createCell(2).setCellValue(m.niceClass());
                row.createCell(3).setCellValue(m.person() != null ? m.person() : m.orgs().get(0).nameZh());
                if (m.orgs().size() > 1) {
                    row.createCell(4).setCellValue(m.orgs().get(1).nameZh());
                }
                row.createCell(5).setCellValue(m.address());
                date(row, 6, m.filed(), dateStyle);
                date(row, 7, m.registered(), dateStyle);
                date(row, 8, m.termStart(), dateStyle);
                date(row, 9, m.termEnd(), dateStyle);
                row.createCell(10).setCellValue(m.status().equals("REGISTERED") ? (rowNo % 2 == 0 ? "注册" : "已注册")
                        : m.status());
            }
            var core = wb.getProperties().getCoreProperties();
            Date asOf = Date.from(World.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC));
            core.setCreator("商标局");
            core.setCreated(Optional.of(asOf));
            core.setModified(Optional.of(asOf));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            try (OutputStream file = out.create(CN_XLSX)) {
                CnExports.rezip(bytes.toByteArray(), file);
            }
            out.count(CN_XLSX, marks.size());
        }
    }

    private static void date(Row row, int column, LocalDate d, CellStyle style) {
        if (d != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(d);
            cell.setCellStyle(style);
        }
    }

    // ---- USPTO Trademark Case Files --------------------------------------------------------------

    private void writeCaseFiles() throws IOException {
        List<String> caseFile = new ArrayList<>(List.of("serial_no,registration_no,filing_dt,registration_dt,renewal_dt,"
                + "cfh_status_cd,cfh_status_dt,mark_id_char,abandon_dt,mark_draw_cd"));
        List<String> owner = new ArrayList<>(List.of("serial_no,own_seq,own_type_cd,own_name,own_entity_cd,own_addr_1,"
                + "own_addr_city,own_addr_state_cd,own_addr_country_cd"));
        List<String> classification = new ArrayList<>(List.of("serial_no,class_id,class_primary_cd,class_status_cd"));
        List<String> intlClass = new ArrayList<>(List.of("serial_no,class_id,intl_class_cd"));
        for (int k = 0; k < US_MARKS; k++) {
            Rng r = Rng.of(seed, 1000 + k, 1);
            Object holder = r.chance(0.4) ? r.pick(Catalog.US_FILERS) : r.pick(Catalog.FOREIGN_ORGS);
            LocalDate filed = FIRST_FILING.plusDays(r.nextInt((int) (LAST_FILING.toEpochDay() - FIRST_FILING.toEpochDay())));
            int series = filed.getYear() < 2010 ? 77 : filed.getYear() < 2015 ? 85 : filed.getYear() < 2020 ? 87 : 90;
            String serial = series + World.pad((k * 104_729L + 13) % 1_000_000L, 6);
            LocalDate registered = filed.plusMonths(r.between(10, 16)).plusDays(r.nextInt(28));
            String status;
            LocalDate statusDate;
            LocalDate renewed = null;
            LocalDate abandoned = null;
            double fate = r.nextDouble();
            if (fate < 0.15) {
                registered = null;
                abandoned = filed.plusMonths(r.between(8, 14));
                status = r.chance(0.5) ? "602" : "606";
                statusDate = abandoned;
            } else if (registered.isAfter(World.AS_OF)) {
                registered = null;
                status = r.pick(new String[] {"641", "686", "688"});
                statusDate = filed.plusMonths(r.between(3, 6));
            } else if (registered.plusYears(10).isBefore(World.AS_OF)) {
                if (r.chance(0.6)) {
                    renewed = registered.plusYears(10);
                    status = "800";
                    statusDate = renewed.plusDays(r.between(5, 40));
                } else {
                    status = "900";
                    statusDate = registered.plusYears(10).plusMonths(7);
                }
            } else if (registered.plusYears(6).plusMonths(7).isBefore(World.AS_OF) && r.chance(0.25)) {
                status = "710";
                statusDate = registered.plusYears(6).plusMonths(7);
            } else {
                status = registered.plusYears(6).isBefore(World.AS_OF) ? "702" : "700";
                statusDate = registered.plusYears(6).isBefore(World.AS_OF) ? registered.plusYears(6).plusDays(20) : registered;
            }
            int word = r.nextInt(US_WORDS.length);
            String mark = r.chance(0.1) ? "" : US_WORDS[word]
                    + (r.chance(0.5) ? "" : " " + US_WORDS[(word + 1 + r.nextInt(US_WORDS.length - 1)) % US_WORDS.length]);
            caseFile.add(String.join(",", serial, registered == null ? "0000000" : Long.toString(4_000_000L + k * 61_231L),
                    filed.toString(), str(registered), str(renewed), status, statusDate.toString(), mark, str(abandoned),
                    mark.isEmpty() ? "2000" : "4000"));
            String[] party = party(holder);
            owner.add(ownerLine(serial, 1, 10, party));
            if (registered != null) {
                owner.add(ownerLine(serial, 1, 30, party));
                if (r.chance(0.2)) {
                    owner.add(ownerLine(serial, 1, 31, party(r.pick(Catalog.FOREIGN_ORGS))));
                }
            }
            int classes = r.chance(0.3) ? 2 : 1;
            int[] pool = {5, 7, 9, 11, 35, 42};
            int first = pool[r.nextInt(pool.length)];
            for (int c = 1; c <= classes; c++) {
                String code = World.pad(c == 1 ? first : first == 42 ? 9 : 42, 3);
                classification.add(String.join(",", serial, Integer.toString(c), code, "6"));
                intlClass.add(String.join(",", serial, Integer.toString(c), code));
            }
        }
        String orphanLine = Integer.toString(owner.size() + 1);
        owner.add(ownerLine("97999999", 1, 10, party(Catalog.FOREIGN_ORGS.get(4))));
        out.plant(US_DIR + "owner.csv", "line " + orphanLine, "UNMATCHED_ROWS", "owner row of serial 97999999, no case_file row");
        lines(US_DIR + "case_file.csv", caseFile);
        lines(US_DIR + "owner.csv", owner);
        lines(US_DIR + "classification.csv", classification);
        lines(US_DIR + "intl_class.csv", intlClass);
    }

    /** Name, address line, city, state, country of a US filer or a foreign company. */
    private static String[] party(Object holder) {
        if (holder instanceof Org o) {
            return new String[] {o.nameEn(), "", o.place().cityEn(), "", "CN"};
        }
        Catalog.ForeignOrg f = (Catalog.ForeignOrg) holder;
        boolean us = f.country().equals("US");
        return new String[] {f.name(), "", f.city(), us ? f.state() : "", us ? "" : f.country()};
    }

    private static String ownerLine(String serial, int seq, int type, String[] p) {
        return Csv.minimal(List.of(serial, Integer.toString(seq), Integer.toString(type), p[0],
                p[0].contains("LLC") ? "16" : "3", p[1], p[2], p[3], p[4]), ',');
    }

    private void lines(String file, List<String> lines) throws IOException {
        try (OutputStream o = out.create(file)) {
            o.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.count(file, lines.size() - 1);
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
