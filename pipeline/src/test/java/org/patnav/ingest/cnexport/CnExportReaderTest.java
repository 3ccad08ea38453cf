package org.patnav.ingest.cnexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.RealData;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.EventCategory;
import org.patnav.model.LegalEvent;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.normalize.AddressResolver;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.Countries;
import org.patnav.normalize.Parties;

class CnExportReaderTest {

    private static final IngestContext NO_REGIONS = IngestContext.withParties(Parties.withoutRegions());

    @TempDir
    Path tmp;

    // ---- UTF-8 with BOM, full-width headers, comma separated (CNIPA 专利检索及分析 style) ----

    @Test
    void readsUtf8BomCsvWithFullWidthHeaders() throws Exception {
        Path file = fixture("cnipa-fullwidth-bom.csv");
        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(records).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("PatentRecord", "EventRecord", "PatentRecord", "PatentRecord");

        Publication first = publication(records.get(0));
        Publication.Builder expected = Publication.builder();
        expected.pubId = "CN-101229874-B";
        expected.country = "CN";
        expected.number = "101229874";
        expected.kind = "B";
        expected.publicationDate = LocalDate.of(2010, 6, 2);
        expected.applicationId = "CN-200710308494";
        expected.applicationNumber = "200710308494.X";
        expected.filingDate = LocalDate.of(2007, 12, 29);
        expected.priorityDate = LocalDate.of(2007, 12, 29);
        expected.patentType = PatentType.INVENTION;
        expected.grantDate = LocalDate.of(2010, 6, 2);
        expected.title.put("zh", "一种中药提取物的制备方法");
        expected.abstractText.put("zh", "本发明公开了一种中药提取物的制备方法。\n该方法收率高，成本低。");
        expected.claims.put("zh", "1.一种中药提取物的制备方法，其特征在于，包括水提和醇沉步骤。");
        expected.claimCount = 5;
        expected.ipc.addAll(List.of(
                new Classification("A61K36/18", true, null),
                new Classification("A61P1/00", false, null),
                new Classification("A61K36/484", false, null)));
        // Without a division table the address gives no region: 国省代码 安徽;34 fills in the province.
        expected.applicants.addAll(List.of(
                new Party("亳州市华佗中药有限公司", "亳州市华佗中药有限公司", PartyType.COMPANY, "CN",
                        "安徽省亳州市谯城区魏武大道1号", "340000"),
                new Party("张三", "张三", PartyType.INDIVIDUAL, null, null, null)));
        expected.owners.add(new Party("亳州市华佗中药有限公司", "亳州市华佗中药有限公司", PartyType.COMPANY,
                null, null, null));
        expected.inventors.addAll(List.of(
                new Party("李四", "李四", PartyType.INDIVIDUAL, null, null, null),
                new Party("王五", "王五", PartyType.INDIVIDUAL, null, null, null)));
        expected.citations.addAll(List.of(new Citation("CN-1513521-A", null), new Citation("CN-1398614-A", null)));
        expected.sourceLegalStatus = "未缴年费专利权终止";
        expected.source = new SourceRef(SourceFormat.CN_EXPORT, file.toString(), "record 1, line 2");
        assertThat(first).isEqualTo(expected.build());

        LegalEvent lapse = ((Ingested.EventRecord) records.get(1)).event();
        assertThat(lapse).isEqualTo(new LegalEvent("CN", "CN-101229874-B", "CN-101229874", "CN-200710308494",
                LocalDate.of(2015, 2, 11), "未缴年费专利权终止", EventCategory.LAPSE, "未缴年费专利权终止",
                null, null, null, null, LocalDate.of(2007, 12, 29), LocalDate.of(2010, 6, 2),
                new SourceRef(SourceFormat.CN_EXPORT, file.toString(), "record 1, line 2"), List.of(), List.of(),
                List.of()));

        Publication second = publication(records.get(2));
        assertThat(second.pubId()).isEqualTo("CN-102364490-A");
        assertThat(second.applicationNumber()).isEqualTo("201110369875.5");
        assertThat(second.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(second.grantDate()).isNull();
        assertThat(second.priorities()).containsExactly(
                new Priority("JP", "2010-123456", LocalDate.of(2010, 5, 20)),
                new Priority("CN", "201010123457.3", LocalDate.of(2010, 6, 1)));
        assertThat(second.priorityDate()).isEqualTo(LocalDate.of(2010, 5, 20));
        assertThat(second.applicants()).containsExactly(new Party("浙江大学", "浙江大学", PartyType.UNIVERSITY,
                "CN", "310058 浙江省杭州市西湖区余杭塘路866号", "330000"));
        assertThat(second.inventors()).containsExactly(
                new Party("陈一", "陈一", PartyType.INDIVIDUAL, null, null, null),
                new Party("Zhang Wei", "ZHANG WEI", PartyType.INDIVIDUAL, null, null, null));
        assertThat(second.ipc()).containsExactly(
                new Classification("G06K9/62", true, null), new Classification("G06N3/08", false, null));
        assertThat(second.claims()).isEmpty();
        assertThat(second.sourceLegalStatus()).isEqualTo("实质审查的生效");
        assertThat(second.source().locator()).isEqualTo("record 2, line 4");

        // A blank line (5) is no record; English title; type from the application number's type digit.
        Publication third = publication(records.get(3));
        assertThat(third.pubId()).isEqualTo("CN-112530601-A");
        assertThat(third.source().locator()).isEqualTo("record 3, line 6");
        assertThat(third.title()).isEqualTo(Map.of("en", "Battery thermal management system"));
        assertThat(third.abstractText()).isEmpty();
        assertThat(third.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(third.priorityDate()).isEqualTo(LocalDate.of(2020, 12, 8));
        assertThat(third.claimCount()).isEqualTo(10);
        assertThat(third.applicants()).containsExactly(
                new Party("合肥工业大学", "合肥工业大学", PartyType.UNIVERSITY, "CN", null, "340000"),
                new Party("安徽江淮汽车集团股份有限公司", "安徽江淮汽车集团股份有限公司", PartyType.COMPANY, null, null, null));
        assertThat(third.ipc()).containsExactly(
                new Classification("H01M10/613", true, null), new Classification("H01M10/625", false, null));
        assertThat(third.sourceLegalStatus()).isEqualTo("公开;实质审查的生效");
    }

    @Test
    void resolvesTheFirstApplicantsAddressWithTheDivisionTable() throws Exception {
        IngestContext withRegions = IngestContext.withParties(new Parties(ApplicantNames.defaults(),
                Countries.defaults(), new AddressResolver(AdminDivisions.load(RealData.path("cn-admin-divisions")))));
        List<Ingested> records = read(fixture("cnipa-fullwidth-bom.csv"), withRegions);

        assertThat(publication(records.get(0)).applicants()).containsExactly(
                new Party("亳州市华佗中药有限公司", "亳州市华佗中药有限公司", PartyType.COMPANY, "CN",
                        "安徽省亳州市谯城区魏武大道1号", "341602"),
                new Party("张三", "张三", PartyType.INDIVIDUAL, null, null, null));
        assertThat(publication(records.get(2)).applicants()).extracting(Party::regionCode).containsExactly("330106");
    }

    // ---- operations: transfers, licences, pledges and open licences (incoPat's columns) ----

    @Test
    void readsTransfersLicencesPledgesAndOpenLicencesWithTheirDatesAndParties() throws Exception {
        Path file = fixture("incopat-operations.csv");
        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(events(records)).containsExactly(
                // 转让执行日, 许可合同备案日期, 质押登记日 and 质押解除日 date their parts; 受让人地址 is the transferee's
                "CN-110000001-B 2021-07-02 grant 授权 [] -> []",
                "CN-110000001-B 2023-06-09 transfer 专利权的转移 [安徽中医药大学] -> [安徽芍都药业股份有限公司 安徽省亳州市谯城区芍花路9号]",
                "CN-110000001-B 2023-09-20 licence 专利实施许可合同备案的生效 [安徽芍都药业股份有限公司] -> [亳州药都本草科技有限公司]",
                "CN-110000001-B 2024-01-16 pledge 专利权质押合同登记的生效 [安徽芍都药业股份有限公司] -> [徽商银行股份有限公司亳州分行]",
                "CN-110000001-B 2025-03-11 pledge_release 专利权质押合同登记的注销 [安徽芍都药业股份有限公司] -> [徽商银行股份有限公司亳州分行]",
                // two transfers: one date and one name each, paired in order
                "CN-212000002-U 2020-11-06 grant 授权 [] -> []",
                "CN-212000002-U 2021-04-02 transfer 专利权的转移 [张三] -> [利辛县润禾中药饮片厂]",
                "CN-212000002-U 2022-08-19 transfer 专利权的转移 [利辛县润禾中药饮片厂] -> [亳州市华佗中药饮片有限公司]",
                // a transfer without 转让执行日, a licence cancelled, a pledge changed: no event
                "CN-208000003-U 2019-01-15 grant 授权 [] -> []",
                // 法律状态公告日 dates the latest status: here the open licence
                "CN-113000004-B 2022-10-25 grant 授权 [] -> []",
                "CN-113000004-B 2023-04-20 open_licence 开放许可声明 [] -> []",
                // ... and here its withdrawal, which is neither a withdrawn application nor an open licence
                "CN-114000005-B 2023-08-01 grant 授权 [] -> []");

        Map<String, String> statusByPub = new java.util.HashMap<>();
        records.stream().filter(r -> r instanceof Ingested.PatentRecord).map(CnExportReaderTest::publication)
                .forEach(p -> statusByPub.put(p.pubId(), p.sourceLegalStatus()));
        assertThat(statusByPub).containsEntry("CN-208000003-U", "授权;权利转移;专利实施许可合同备案的注销;专利权质押合同登记的变更")
                .containsEntry("CN-114000005-B", "授权;开放许可声明;撤回开放许可声明");
        // After the transfer the current owner is the transferee, placed by 受让人地址; the applicant stays the university.
        Publication transferred = records.stream().filter(r -> r instanceof Ingested.PatentRecord)
                .map(CnExportReaderTest::publication).filter(p -> p.pubId().equals("CN-110000001-B")).findFirst().orElseThrow();
        assertThat(transferred.applicants()).extracting(Party::name).containsExactly("安徽中医药大学");
        assertThat(transferred.owners()).extracting(Party::name, Party::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("安徽芍都药业股份有限公司", "安徽省亳州市谯城区芍花路9号"));
    }

    @Test
    void operationPartsAreRecognisedBeforeTheShorterPatternsThatWouldMisreadThem() {
        CnLegalStatusRules rules = CnLegalStatusRules.defaults();
        assertThat(rules.match("撤回开放许可声明")).hasValueSatisfying(r -> assertThat(r.category()).isEmpty());
        assertThat(rules.match("专利权质押合同登记的注销")).hasValueSatisfying(r ->
                assertThat(r.category()).contains(EventCategory.PLEDGE_RELEASE));
        assertThat(rules.match("专利实施许可合同备案的注销")).hasValueSatisfying(r -> assertThat(r.category()).isEmpty());
        assertThat(rules.match("专利实施的强制许可")).hasValueSatisfying(r -> assertThat(r.category()).isEmpty());
        assertThat(rules.match("专利申请权、专利权的转移")).hasValueSatisfying(r ->
                assertThat(r.category()).contains(EventCategory.TRANSFER));
        assertThat(rules.match("未缴年费专利权终止")).hasValueSatisfying(r ->
                assertThat(r.category()).contains(EventCategory.LAPSE));
        assertThat(rules.dateFields()).containsExactly("grant_date", "lapse_date", "legal_status_date", "licence_date",
                "pledge_date", "pledge_release_date", "transfer_date");
    }

    // ---- GB18030, half-width headers, tab separated ----

    @Test
    void readsGb18030TabSeparatedExport() throws Exception {
        String text = String.join("\r\n",
                "公开(公告)号\t申请号\t申请日\t公开(公告)日\t标题\t申请(专利权)人\t地址\t发明人\tIPC\t专利类型\t法律状态",
                "CN211234567U\t201920987654.6\t2019.06.12\t2020.08.11\t一种折叠式电动自行车\t杭州骑行科技有限公司\t浙江省杭州市余杭区文一西路1号\t孙七\tB62K15/00;B62K11/00\t实用新型\t授权",
                "CN305678901S\t201830456789.0\t2018年8月15日\t2019年3月22日\t包装盒（月饼）\t亳州市华佗中药有限公司\t\t周八\t\t\t有效",
                "");
        Path file = tmp.resolve("soopat-gbk.txt");
        Files.write(file, text.getBytes(Charset.forName("GB18030")));
        assertThat(new Head("x", Files.readAllBytes(file)).looksLikeUtf8()).isFalse();

        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(records).hasSize(2);
        Publication um = publication(records.get(0));
        assertThat(um.pubId()).isEqualTo("CN-211234567-U");
        assertThat(um.applicationId()).isEqualTo("CN-201920987654");
        assertThat(um.filingDate()).isEqualTo(LocalDate.of(2019, 6, 12));
        assertThat(um.publicationDate()).isEqualTo(LocalDate.of(2020, 8, 11));
        assertThat(um.grantDate()).isEqualTo(LocalDate.of(2020, 8, 11));
        assertThat(um.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(um.title()).isEqualTo(Map.of("zh", "一种折叠式电动自行车"));
        assertThat(um.applicants()).containsExactly(new Party("杭州骑行科技有限公司", "杭州骑行科技有限公司",
                PartyType.COMPANY, null, "浙江省杭州市余杭区文一西路1号", null));
        assertThat(um.ipc()).containsExactly(
                new Classification("B62K15/00", false, null), new Classification("B62K11/00", false, null));
        assertThat(um.sourceLegalStatus()).isEqualTo("授权");
        assertThat(um.source()).isEqualTo(new SourceRef(SourceFormat.CN_EXPORT, file.toString(), "record 1, line 2"));

        Publication design = publication(records.get(1));
        assertThat(design.pubId()).isEqualTo("CN-305678901-S");
        assertThat(design.filingDate()).isEqualTo(LocalDate.of(2018, 8, 15));
        assertThat(design.publicationDate()).isEqualTo(LocalDate.of(2019, 3, 22));
        assertThat(design.patentType()).isEqualTo(PatentType.DESIGN);
        assertThat(design.title()).isEqualTo(Map.of("zh", "包装盒（月饼）"));
        assertThat(design.applicants()).extracting(Party::name).containsExactly("亳州市华佗中药有限公司");
    }

    // ---- XLSX: title rows above the header, a statistics sheet first, real date cells ----

    @Test
    void readsXlsxWithTitleRowsAndDateCellsAndSeparateGrantNumbers() throws Exception {
        Path file = tmp.resolve("incopat.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet stats = wb.createSheet("检索统计");
            stats.createRow(0).createCell(0).setCellValue("检索式：TI=(数据处理)");
            stats.createRow(1).createCell(0).setCellValue("命中 2 件");

            Sheet sheet = wb.createSheet("专利列表");
            sheet.createRow(0).createCell(0).setCellValue("专利检索结果导出 2024-01-05");
            String[] header = {"序号", "申请号", "申请日", "公开号", "公开日", "公告号", "授权公告日", "发明名称",
                "申请人", "主分类号", "法律状态", "权利要求数量"};
            Row h = sheet.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(3);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("202110222333.9");
            dateCell(r, 2, LocalDate.of(2021, 2, 20), dateStyle);
            r.createCell(3).setCellValue("CN112999888A");
            dateCell(r, 4, LocalDate.of(2021, 6, 18), dateStyle);
            r.createCell(5).setCellValue("CN112999888B");
            dateCell(r, 6, LocalDate.of(2022, 11, 1), dateStyle);
            r.createCell(7).setCellValue("一种数据处理方法");
            r.createCell(8).setCellValue("北京数智科技有限公司");
            r.createCell(9).setCellValue("G06F16/35");
            r.createCell(10).setCellValue("授权");
            r.createCell(11).setCellValue(7);
            sheet.createRow(4);
            Row u = sheet.createRow(5);
            u.createCell(0).setCellValue(2);
            u.createCell(1).setCellValue("202020123456.8");
            u.createCell(2).setCellValue("2020.01.10");
            u.createCell(5).setCellValue("CN211999777U");
            dateCell(u, 6, LocalDate.of(2020, 9, 15), dateStyle);
            u.createCell(7).setCellValue("一种数据采集装置");
            u.createCell(8).setCellValue("北京数智科技有限公司");
            u.createCell(10).setCellValue("有效");
            wb.write(out);
        }

        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(records).extracting(x -> x.getClass().getSimpleName())
                .containsExactly("PatentRecord", "PatentRecord", "EventRecord", "PatentRecord");
        Publication a = publication(records.get(0));
        Publication b = publication(records.get(1));
        assertThat(List.of(a.pubId(), b.pubId())).containsExactly("CN-112999888-A", "CN-112999888-B");
        assertThat(List.of(a.publicationDate(), b.publicationDate()))
                .containsExactly(LocalDate.of(2021, 6, 18), LocalDate.of(2022, 11, 1));
        for (Publication p : List.of(a, b)) {
            assertThat(p.applicationId()).isEqualTo("CN-202110222333");
            assertThat(p.applicationNumber()).isEqualTo("202110222333.9");
            assertThat(p.filingDate()).isEqualTo(LocalDate.of(2021, 2, 20));
            assertThat(p.grantDate()).isEqualTo(LocalDate.of(2022, 11, 1));
            assertThat(p.patentType()).isEqualTo(PatentType.INVENTION);
            assertThat(p.title()).isEqualTo(Map.of("zh", "一种数据处理方法"));
            assertThat(p.claimCount()).isEqualTo(7);
            assertThat(p.ipc()).containsExactly(new Classification("G06F16/35", true, null));
            assertThat(p.source()).isEqualTo(new SourceRef(SourceFormat.CN_EXPORT, file.toString(), "sheet 专利列表 row 4"));
        }
        LegalEvent grant = ((Ingested.EventRecord) records.get(2)).event();
        assertThat(grant).isEqualTo(new LegalEvent("CN", "CN-112999888-B", "CN-112999888", "CN-202110222333",
                LocalDate.of(2022, 11, 1), "授权", EventCategory.GRANT, "授权", null, null, null, null,
                LocalDate.of(2021, 2, 20), LocalDate.of(2022, 11, 1),
                new SourceRef(SourceFormat.CN_EXPORT, file.toString(), "sheet 专利列表 row 4"), List.of(), List.of(),
                List.of()));

        // A utility model has no 公开号: its 公告号 alone, dated by the grant date.
        Publication um = publication(records.get(3));
        assertThat(um.pubId()).isEqualTo("CN-211999777-U");
        assertThat(um.publicationDate()).isEqualTo(LocalDate.of(2020, 9, 15));
        assertThat(um.grantDate()).isEqualTo(LocalDate.of(2020, 9, 15));
        assertThat(um.filingDate()).isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(um.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(um.source().locator()).isEqualTo("sheet 专利列表 row 6");
    }

    @Test
    void workbookWithoutHeaderRowIsOneFileReject() throws Exception {
        Path file = tmp.resolve("notes.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("会议纪要");
            sheet.createRow(1).createCell(0).setCellValue("申请号");
            wb.write(out);
        }

        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(records).containsExactly(new Ingested.Rejected(new Reject(SourceFormat.CN_EXPORT,
                file.toString(), "file", Reject.TABLE_FILES, RejectReason.UNRECOGNISED_FORMAT,
                file + ": XLSX workbook with no header row naming a trademark number, a trademark column (商标名称,"
                        + " 国际分类, 专用权期限) and one other known column, or a patent number and two other known"
                        + " columns in the first 20 rows of any sheet (sheets: Sheet1)", null)));
    }

    // ---- a foreign document in an export ----

    @Test
    void readsForeignDocumentsWithoutCnRules() throws Exception {
        Path file = tmp.resolve("patsnap.csv");
        Files.writeString(file, "公开（公告）号,申请号,申请日,公开（公告）日,名称,英文标题,摘要,英文摘要,CPC,引证专利,法律状态,失效日期\n"
                + "US2013014308A1,13/134151,2011-06-01,2013-01-10,一种药物组合物,Pharmaceutical composition,"
                + "一种治疗糖尿病的药物组合物。,A composition for treating diabetes.,\"A61K 9/20;A61K9/20;A61P 3/10\","
                + "WO2019/123456A1;Smith et al. 2010,未缴年费专利权终止,2016-03-01\n", StandardCharsets.UTF_8);

        List<Ingested> records = read(file, NO_REGIONS);

        // No event: the legal-status rules are CNIPA's wording, not the US office's.
        assertThat(records).hasSize(1);
        Publication us = publication(records.get(0));
        assertThat(us.pubId()).isEqualTo("US-20130014308-A1");
        assertThat(us.applicationId()).isEqualTo("US-13134151");
        assertThat(us.applicationNumber()).isEqualTo("13/134151");
        assertThat(us.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(us.grantDate()).isNull();
        assertThat(us.title()).isEqualTo(Map.of("zh", "一种药物组合物", "en", "Pharmaceutical composition"));
        assertThat(us.abstractText()).isEqualTo(Map.of("zh", "一种治疗糖尿病的药物组合物。",
                "en", "A composition for treating diabetes."));
        assertThat(us.ipc()).isEmpty();
        assertThat(us.cpc()).containsExactly(
                new Classification("A61K9/20", false, null), new Classification("A61P3/10", false, null));
        assertThat(us.citations()).containsExactly(
                new Citation("WO-2019123456-A1", null), new Citation("Smith et al. 2010", null));
        assertThat(us.sourceLegalStatus()).isEqualTo("未缴年费专利权终止");
    }

    @Test
    void readsPriorityClaimsLeniently() {
        assertThat(CnExportRowMapper.priorities(
                "CN201010123457.3 2010-06-01；JP 2009-123456 2009/6/1;2008.05.04 US12/134151;PCT/CN2020/070001;EP19123456"))
                .containsExactly(
                        new Priority("CN", "201010123457.3", LocalDate.of(2010, 6, 1)),
                        new Priority("JP", "2009-123456", LocalDate.of(2009, 6, 1)),
                        new Priority("US", "12/134151", LocalDate.of(2008, 5, 4)),
                        new Priority(null, "PCT/CN2020/070001", null),
                        new Priority("EP", "19123456", null));
    }

    // ---- rejects ----

    @Test
    void rejectsBadRowsAndReadsOn() throws Exception {
        String header = "公开（公告）号,申请号,申请日,公开（公告）日,名称,失效日期";
        byte[] damaged = "CN112000003A,202011438186.0,2020-12-08,2021-03-19,一种".getBytes(StandardCharsets.UTF_8);
        Path file = tmp.resolve("rejects.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((header + "\n"
                    + "CN112000001A,202011438186.1,2020-12-08,2021-03-19,一种校验位错误的方法,\n"
                    + "CN112000002A,202011438186.0,2020-12-08,2021-02-30,一种日期错误的方法,\n"
                    + "CN112000004A,,2020-12-08,2021-03-19,一种缺少申请号的方法,\n").getBytes(StandardCharsets.UTF_8));
            out.write(damaged);
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            out.write(("方法,\n"
                    + "CN112000005A,202011438186.0,2021-04-01,2021-03-19,一种申请日晚于公开日的方法,\n"
                    + "CN112000006A,2020-1143818,2020-12-08,2021-03-19,一种申请号格式错误的方法,\n"
                    + "CN112000008A,202011438186.0,2020-12-08,2021-03-19,一种,带逗号的名称,2023-01-01\n"
                    + "CN112000007A,202011438186.0,2020-12-08,2021-03-19,一种正确的方法,2023-01-01\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        List<Ingested> records = read(file, NO_REGIONS);

        String f = file.toString();
        assertThat(records).hasSize(8);
        assertThat(records.subList(0, 7)).containsExactly(
                reject(f, "record 1, line 2", RejectReason.BAD_CHECK_DIGIT,
                        "application number: bad check digit in CN application number 202011438186.1: expected 0, found 1",
                        "CN112000001A | 202011438186.1 | 2020-12-08 | 2021-03-19 | 一种校验位错误的方法 |"),
                reject(f, "record 2, line 3", RejectReason.INVALID_DATE,
                        "publication_date: impossible date 2021-02-30",
                        "CN112000002A | 202011438186.0 | 2020-12-08 | 2021-02-30 | 一种日期错误的方法 |"),
                reject(f, "record 3, line 4", RejectReason.MISSING_FIELD,
                        "no application number (申请号) for CN-112000004-A",
                        "CN112000004A | | 2020-12-08 | 2021-03-19 | 一种缺少申请号的方法 |"),
                reject(f, "record 4, line 5", RejectReason.BAD_ENCODING,
                        "row holds bytes that are not valid UTF-8 (decoded as U+FFFD); its text cannot be trusted",
                        "CN112000003A | 202011438186.0 | 2020-12-08 | 2021-03-19 | 一种\uFFFD\uFFFD方法 |"),
                reject(f, "record 5, line 6", RejectReason.INCONSISTENT_DATES,
                        "filing date 2021-04-01 is after the publication date 2021-03-19 of CN-112000005-A",
                        "CN112000005A | 202011438186.0 | 2021-04-01 | 2021-03-19 | 一种申请日晚于公开日的方法 |"),
                reject(f, "record 6, line 7", RejectReason.INVALID_NUMBER,
                        "application number: not a CN application number: 2020-1143818",
                        "CN112000006A | 2020-1143818 | 2020-12-08 | 2021-03-19 | 一种申请号格式错误的方法 |"),
                reject(f, "record 7, line 8", RejectReason.MALFORMED_RECORD,
                        "row has 7 cells but the header has 6: an unquoted delimiter shifts the columns",
                        "CN112000008A | 202011438186.0 | 2020-12-08 | 2021-03-19 | 一种 | 带逗号的名称 | 2023-01-01"));
        Publication good = publication(records.get(7));
        assertThat(good.pubId()).isEqualTo("CN-112000007-A");
        assertThat(good.source().locator()).isEqualTo("record 8, line 9");
    }

    @Test
    void csvEndingInsideAQuotedCellIsTruncated() throws Exception {
        Path file = tmp.resolve("cut.csv");
        Files.writeString(file, "公开（公告）号,申请号,公开（公告）日,摘要\n"
                + "CN112000007A,202011438186.0,2021-03-19,完整\n"
                + "CN112000008A,202011438186.0,2021-03-19,\"被截断的摘要\n", StandardCharsets.UTF_8);

        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(records).hasSize(2);
        assertThat(publication(records.get(0)).pubId()).isEqualTo("CN-112000007-A");
        Reject cut = ((Ingested.Rejected) records.get(1)).reject();
        assertThat(cut.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
        assertThat(cut.table()).isEqualTo(Reject.TABLE_PATENTS);
        assertThat(cut.locator()).isEqualTo("after record 1, line 2");
    }

    // ---- recognition ----

    @Test
    void recognisesHeaderLinesBelowTitleLinesAndWorkbooks() {
        CnExportReader reader = new CnExportReader();
        assertThat(reader.recognises(head("检索结果\n\n\"申请号\",\"申请日\",\"名称\"\n201110369875.5,2011-05-18,x\n"))).isTrue();
        assertThat(reader.recognises(head("公开号\t公告号\t申请日\n"))).isTrue();
        assertThat(reader.recognises(head("名称,摘要,申请日,发明人\n"))).isFalse();
        assertThat(reader.recognises(head("申请号,名称\n"))).isFalse();
        assertThat(reader.recognises(head("<?xml version=\"1.0\"?>\n<us-patent-grant>\n"))).isFalse();
        byte[] zip = "PK\u0003\u0004....[Content_Types].xml....".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.recognises(new Head("book.xlsx", zip))).isTrue();
    }

    @Test
    void doesNotRecogniseTheG06fAbstractsCsv() throws Exception {
        Path file = RealData.path("cn-g06f-abstracts-csv/sample_train.csv");
        assertThat(new CnExportReader().recognises(new Head(file.toString(), headBytes(file)))).isFalse();

        List<Ingested> records = read(file, NO_REGIONS);

        assertThat(records).hasSize(1);
        Reject r = ((Ingested.Rejected) records.get(0)).reject();
        assertThat(r.reasonCode()).isEqualTo(RejectReason.UNRECOGNISED_FORMAT);
        assertThat(r.table()).isEqualTo(Reject.TABLE_FILES);
        assertThat(r.format()).isNull();
        assertThat(r.excerpt()).isEqualTo("publication_number,text,labels,n_labels");
    }

    // ---- helpers ----

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static Ingested reject(String file, String locator, RejectReason reason, String message, String excerpt) {
        return new Ingested.Rejected(new Reject(SourceFormat.CN_EXPORT, file, locator, Reject.TABLE_PATENTS, reason,
                message, excerpt));
    }

    /** Each event as {@code pub date category code [from] -> [to]}, a party with its address if it has one. */
    private static List<String> events(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.EventRecord).map(r -> ((Ingested.EventRecord) r).event())
                .map(e -> e.pubId() + " " + e.eventDate() + " " + e.category().id() + " " + e.code() + " "
                        + names(e.fromParties()) + " -> " + names(e.toParties()))
                .toList();
    }

    private static String names(List<Party> parties) {
        return parties.stream().map(p -> p.address() == null ? p.name() : p.name() + " " + p.address())
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static Publication publication(Ingested record) {
        assertThat(record).isInstanceOf(Ingested.PatentRecord.class);
        return ((Ingested.PatentRecord) record).publication();
    }

    private static Head head(String text) {
        return new Head("test", text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] headBytes(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(Head.SIZE);
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CnExportReaderTest.class.getResource(name).toURI());
    }

    private static List<Ingested> read(Path file, IngestContext context) throws IOException {
        List<Ingested> out = new ArrayList<>();
        try (FileIngest in = new FileIngest(file.toString(), file.getParent().toString(),
                () -> Files.newInputStream(file), context)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }
}
