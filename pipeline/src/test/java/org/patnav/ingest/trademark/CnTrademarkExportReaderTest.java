package org.patnav.ingest.trademark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.ingest.trademark.TrademarkFiles.WITH_REGIONS;
import static org.patnav.ingest.trademark.TrademarkFiles.fixture;
import static org.patnav.ingest.trademark.TrademarkFiles.read;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.ingest.Ingested;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;

class CnTrademarkExportReaderTest {

    @TempDir
    Path tmp;

    // ---- 企查查-style CSV: UTF-8 with BOM, a title line, 申请/注册号, '29类 食品', 专用权期限 in one cell ----

    @Test
    void readsAQccStyleCsvWithOneMarkPerRow() {
        List<Ingested> records = read(fixture("qcc-style-bom.csv"), WITH_REGIONS);

        assertThat(records).extracting(r -> r.getClass().getSimpleName()).containsExactly("TrademarkRecord",
                "TrademarkRecord", "TrademarkRecord", "TrademarkRecord", "Rejected", "Rejected", "Rejected");
        assertThat(records).allMatch(r -> r.format() == SourceFormat.CN_TM_EXPORT);
        // A renewed mark: the stated term (2023年05月21日至2033年05月20日) is its expiry, its start the renewal.
        assertThat(mark(records.get(0))).isEqualTo(new Trademark("CN-12345678", "CN", "12345678", "12345678", "药都本草",
                List.of(new Party("亳州药都本草科技有限公司", "亳州药都本草科技有限公司", PartyType.COMPANY, "CN",
                        "安徽省亳州市谯城区药都路266号", "341602")),
                List.of(5), LocalDate.of(2012, 3, 5), LocalDate.of(2013, 5, 21), LocalDate.of(2023, 5, 21),
                LocalDate.of(2033, 5, 20), "商标已注册", "商标已注册", null, true,
                new SourceRef(SourceFormat.CN_TM_EXPORT, "qcc-style-bom.csv", "record 1, line 3"), List.of()));
    }

    @Test
    void aPendingMarkHasNoRegistrationNorExpiryAndListsEveryApplicant() {
        Trademark pending = mark(read(fixture("qcc-style-bom.csv"), WITH_REGIONS).get(1));

        assertThat(pending.id()).isEqualTo("CN-23456789");
        assertThat(pending.niceClasses()).containsExactly(29);
        assertThat(pending.registrationNumber()).isNull();
        assertThat(pending.registrationDate()).isNull();
        assertThat(pending.expiryDate()).isNull();
        assertThat(pending.live()).isTrue();
        // 申请人 separated by ；: the address describes the first.
        assertThat(pending.owners()).extracting(Party::name, Party::regionCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("亳州市华佗中药饮片有限公司", "341602"),
                org.assertj.core.groups.Tuple.tuple("安徽芍都药业股份有限公司", null));
    }

    @Test
    void aFigurativeDeadMarkOfAHongKongOwner() {
        Trademark dead = mark(read(fixture("qcc-style-bom.csv"), WITH_REGIONS).get(2));

        assertThat(dead.markText()).as("图形: no word element").isNull();
        assertThat(dead.live()).isFalse();
        assertThat(dead.expiryDate()).isEqualTo(LocalDate.of(2016, 4, 13));
        assertThat(dead.renewalDate()).isNull();
        assertThat(dead.owners()).extracting(Party::country, Party::regionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HK", null));
    }

    @Test
    void aStatusNotInTheTableIsNeitherLiveNorDead() {
        Trademark frozen = mark(read(fixture("qcc-style-bom.csv"), WITH_REGIONS).get(3));

        assertThat(frozen.statusCode()).isEqualTo("冻结");
        assertThat(frozen.live()).isNull();
        // 、 separates owners too.
        assertThat(frozen.owners()).extracting(Party::name, Party::regionCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("利辛县润禾中药饮片厂", "341623"),
                org.assertj.core.groups.Tuple.tuple("蒙城县庄周中药材种植专业合作社", null));
    }

    @Test
    void aMissingNumberAnUnparseableDateAndAClassOutsideNiceAreRejectsWithReasons() {
        List<Ingested> records = read(fixture("qcc-style-bom.csv"), WITH_REGIONS);

        assertThat(records.subList(4, 7)).extracting(r -> ((Ingested.Rejected) r).reject())
                .extracting(Reject::locator, Reject::table, Reject::reasonCode, Reject::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("record 5, line 7", Reject.TABLE_TRADEMARKS,
                                RejectReason.MISSING_FIELD, "no trademark number (注册号, 申请号 or 申请/注册号)"),
                        org.assertj.core.groups.Tuple.tuple("record 6, line 8", Reject.TABLE_TRADEMARKS,
                                RejectReason.INVALID_DATE, "filing date (申请日期): impossible date 2019-13-45"),
                        org.assertj.core.groups.Tuple.tuple("record 7, line 9", Reject.TABLE_TRADEMARKS,
                                RejectReason.INVALID_NUMBER, "class (国际分类) is not a Nice class 1-45: '99类'"));
        assertThat(((Ingested.Rejected) records.get(5)).reject().excerpt()).startsWith("6 | 错日 | 30类 方便食品 | 56789012");
    }

    // ---- 商标局 官网 field names: GB18030, tab separated, 共同申请人, 有效期起始日/截止日 ----

    @Test
    void readsAGb18030TabSeparatedExportWithCoApplicantsAndSeparateTermColumns() {
        List<Ingested> records = read(fixture("sbj-gb18030.tsv"), WITH_REGIONS);

        assertThat(records).hasSize(2).allMatch(r -> r instanceof Ingested.TrademarkRecord);
        Trademark computed = mark(records.get(0));
        assertThat(computed.id()).isEqualTo("CN-9876543");
        assertThat(computed.registrationNumber()).isEqualTo("9876543");
        assertThat(computed.niceClasses()).containsExactly(9);
        // No term in the export: 10 years from the registration, ending the day before the anniversary.
        assertThat(computed.registrationDate()).isEqualTo(LocalDate.of(2015, 10, 14));
        assertThat(computed.expiryDate()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(computed.statusCode()).isEqualTo("注册");
        assertThat(computed.live()).isTrue();
        assertThat(computed.owners()).extracting(Party::name, Party::type, Party::regionCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("安徽涡阳聚能新材料有限公司", PartyType.COMPANY, "341621"),
                org.assertj.core.groups.Tuple.tuple("合肥工业大学", PartyType.UNIVERSITY, null));

        Trademark stated = mark(records.get(1));
        assertThat(stated.niceClasses()).containsExactly(7, 42);
        assertThat(stated.expiryDate()).isEqualTo(LocalDate.of(2028, 5, 27));
        assertThat(stated.renewalDate()).isNull();
        assertThat(stated.live()).as("异议中: under opposition, still live").isTrue();
        assertThat(stated.owners()).extracting(Party::regionCode).containsExactly("341622");
    }

    // ---- XLSX: a title row, real date cells, numeric numbers and classes ----

    @Test
    void readsAWorkbookAsTrademarksThroughTheWorkbookReader() throws Exception {
        Path file = tmp.resolve("export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("商标列表");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("商标检索结果");
            String[] header = {"商标号", "商标名称", "类别", "注册人", "注册人地址", "申请日期", "注册日期", "专用权期限开始日期",
                "专用权期限结束日期", "商标状态"};
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(2);
            r.createCell(0).setCellValue(31234567);
            r.createCell(1).setCellValue("芍都");
            r.createCell(2).setCellValue(5);
            r.createCell(3).setCellValue("安徽芍都药业股份有限公司");
            r.createCell(4).setCellValue("安徽省亳州市谯城区芍花路9号");
            r.createCell(5).setCellValue(LocalDate.of(2018, 8, 8));
            r.getCell(5).setCellStyle(date);
            r.createCell(6).setCellValue(LocalDate.of(2019, 11, 7));
            r.getCell(6).setCellStyle(date);
            r.createCell(7).setCellValue(LocalDate.of(2019, 11, 7));
            r.getCell(7).setCellStyle(date);
            r.createCell(8).setCellValue(LocalDate.of(2029, 11, 6));
            r.getCell(8).setCellStyle(date);
            r.createCell(9).setCellValue("已注册");
            wb.write(out);
        }

        List<Ingested> records = read(file, WITH_REGIONS);

        assertThat(records).extracting(r -> mark(r)).containsExactly(new Trademark("CN-31234567", "CN", "31234567",
                "31234567", "芍都", List.of(new Party("安徽芍都药业股份有限公司", "安徽芍都药业股份有限公司", PartyType.COMPANY,
                        "CN", "安徽省亳州市谯城区芍花路9号", "341602")), List.of(5), LocalDate.of(2018, 8, 8),
                LocalDate.of(2019, 11, 7), null, LocalDate.of(2029, 11, 6), "已注册", "已注册", null, true,
                new SourceRef(SourceFormat.CN_TM_EXPORT, "export.xlsx", "sheet 商标列表 row 3"), List.of()));
    }

    // ---- header variants and term forms ----

    @Test
    void termFormsAndClassFormsOfOneCellEach() throws Exception {
        Path file = tmp.resolve("variants.csv");
        Files.writeString(file, String.join("\n",
                "申请号,商标名称,国际分类,申请人名称(中文),申请日期,注册日期,专用权期限,状态",
                "1,甲,第29类,亳州市华佗中药饮片有限公司,2004-01-02,2005-01-07,2015-01-07至2025-01-06,续展",
                "2,乙,\"29类 食品;30类 方便食品\",亳州市华佗中药饮片有限公司,2004-01-02,2005-01-07,至,宽展",
                "3,丙,45,亳州市华佗中药饮片有限公司,2004-01-02,2005-01-07,2015-01-07,已注册",
                "4,丁,45,亳州市华佗中药饮片有限公司,2004-01-02,2003-01-07,-,已注册",
                "5,戊,45,亳州市华佗中药饮片有限公司,2004-01-02,2005-01-07,2015-01-07至2014-01-06,已注册", ""));

        List<Ingested> records = read(file, WITH_REGIONS);

        Trademark renewed = mark(records.get(0));
        assertThat(List.of(renewed.niceClasses(), renewed.renewalDate(), renewed.expiryDate(), renewed.live()))
                .containsExactly(List.of(29), LocalDate.of(2015, 1, 7), LocalDate.of(2025, 1, 6), true);
        Trademark noTerm = mark(records.get(1));
        assertThat(List.of(noTerm.niceClasses(), noTerm.expiryDate(), noTerm.live()))
                .as("a bare 至 is no term: computed from the registration")
                .containsExactly(List.of(29, 30), LocalDate.of(2015, 1, 6), true);
        assertThat(records.subList(2, 5)).extracting(r -> ((Ingested.Rejected) r).reject())
                .extracting(Reject::reasonCode, Reject::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RejectReason.INVALID_DATE,
                                "term (专用权期限) is not 'start至end': '2015-01-07'"),
                        org.assertj.core.groups.Tuple.tuple(RejectReason.INCONSISTENT_DATES,
                                "registration date 2003-01-07 is before the filing date 2004-01-02"),
                        org.assertj.core.groups.Tuple.tuple(RejectReason.INCONSISTENT_DATES,
                                "term (专用权期限) ends 2014-01-06 before it starts 2015-01-07"));
    }

    @Test
    void aPatentExportIsNotTakenForATrademarkExport() {
        // cnipa-fullwidth-bom.csv names 申请号, 申请日 and 申请人 but no trademark column.
        assertThat(read(Path.of("src/test/resources/org/patnav/ingest/cnexport/cnipa-fullwidth-bom.csv"), WITH_REGIONS))
                .noneMatch(r -> r.format() == SourceFormat.CN_TM_EXPORT);
    }

    private static Trademark mark(Ingested record) {
        assertThat(record).isInstanceOf(Ingested.TrademarkRecord.class);
        return ((Ingested.TrademarkRecord) record).trademark();
    }
}
