package org.patnav.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.maintfee.MaintFeeCodes;
import org.patnav.navigate.EffectMatcher;
import org.patnav.navigate.TechnicalEffects;
import org.patnav.ingest.patentsview.PatentsViewAssembler;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.normalize.AddressResolver;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.CnApplicationNumber;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.Parties;
import org.patnav.normalize.RegionCode;

class SampleGeneratorTest {

    private static final int SIZE = 400;
    private static final long SEED = 20261124L;
    private static final Path DATA_SAMPLES = Path.of("..", "data-samples");
    private static final IngestContext CONTEXT = IngestContext.withParties(Parties.withoutRegions());

    @TempDir
    static Path temp;

    private static Path dir;
    private static SampleGenerator.Summary summary;
    private static List<CSVRecord> truth;

    @BeforeAll
    static void generate() throws IOException {
        dir = temp.resolve("world");
        summary = SampleGenerator.write(dir, SIZE, SEED);
        truth = csv(dir.resolve(GroundTruth.FILE), StandardCharsets.UTF_8, CSVFormat.DEFAULT);
    }

    // ---- determinism and the summary ---------------------------------------------------------------

    @Test
    void theSameSizeAndSeedGiveByteIdenticalFiles(@TempDir Path other) throws IOException {
        SampleGenerator.write(other, SIZE, SEED);

        List<String> files = relativeFiles(dir);
        assertThat(relativeFiles(other)).isEqualTo(files);
        for (String f : files) {
            assertThat(Files.mismatch(dir.resolve(f), other.resolve(f))).as(f).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld(@TempDir Path other) throws IOException {
        SampleGenerator.write(other, SIZE, SEED + 1);

        assertThat(Files.mismatch(dir.resolve(GroundTruth.FILE), other.resolve(GroundTruth.FILE))).isNotEqualTo(-1L);
    }

    @Test
    void summaryCountsEveryFileWritten() throws IOException {
        assertThat(relativeFiles(dir)).containsExactlyElementsOf(summary.recordsPerFile().keySet());
        assertThat(summary.recordsPerFile()).containsEntry("ground-truth.csv", 400L)
                .containsEntry("ground-truth-rejects.csv", 8L);
        // 8 in the patent world (ground-truth-rejects.csv), 3 in the trademark part (TrademarkSamplesTest)
        assertThat(summary.planted()).isEqualTo(11);
        Map<String, String> folders = new TreeMap<>();
        summary.byFolder().forEach((folder, t) -> folders.put(folder, t[0] + " files, " + t[1] + " records"));
        assertThat(folders).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                ".", "2 files, 408 records",
                "cn-export", "3 files, 242 records",
                "google", "2 files, 257 records",
                "maintfee", "2 files, 173 records",
                "patentsview", "9 files, 568 records",
                "trademarks", "6 files, 183 records",
                "uspto", "46 files, 130 records")));
    }

    @Test
    void theWorldHasTheIntendedMix() {
        Map<String, Integer> origins = tally(truth, "origin");
        assertThat(origins.keySet()).containsExactlyInAnyOrder("cn", "us_grant", "us_publication", "ep", "jp", "kr");
        int cn = origins.get("cn");
        int chineseApplicants = (int) truth.stream().filter(r -> r.get("applicant_country").equals("CN")).count();
        assertThat(chineseApplicants).isBetween(190, 250);
        long bozhou = truth.stream().filter(r -> r.get("region_code").startsWith("3416")).count();
        assertThat((double) bozhou / chineseApplicants).isBetween(0.35, 0.55);
        // Chinese applicants file abroad too; foreign companies file in China too.
        long cnByChinese = truth.stream().filter(r -> r.get("origin").equals("cn") && r.get("applicant_country").equals("CN")).count();
        assertThat(cnByChinese).isLessThan(chineseApplicants).isLessThan(cn);
        Map<String, Integer> sectors = tally(truth, "sector");
        assertThat(sectors.keySet()).containsExactlyInAnyOrder("tcm", "equipment", "new-energy", "other");
        assertThat((double) sectors.get("other") / SIZE).isBetween(0.10, 0.25);
        assertThat(tally(truth, "variant")).containsKeys("nm-chem-drug", "nm-cosmetic", "tcm-composition",
                "cathode-material", "robot-planning");
        assertThat(tally(truth.stream().filter(r -> r.get("origin").equals("cn")).toList(), "cn_legal_status").keySet())
                .containsExactlyInAnyOrder("有效", "审中", "未缴年费专利权终止", "期限届满", "驳回", "撤回");
    }

    // ---- the chain's ground truth and the technical effects ---------------------------------------------

    @Test
    void everyApplicationOfTheThreeSectorsHasItsChainBranchesAndNoOtherHasAny() {
        for (CSVRecord r : truth) {
            assertThat(r.get("chain_branches").isEmpty()).as(r.get("application_id") + " " + r.get("variant"))
                    .isEqualTo(r.get("sector").equals("other"));
        }
    }

    /**
     * The navigation's positioning and risk paths (GB/T 39551.3: gaps, freedom to operate) need a world that has
     * them. A gap: Chinese applicants file at least an average branch's share of new energy in wind power, Bozhou
     * nothing (a Wuhan wind company, wind among Bozhou's gaps). A risk: Japanese and Korean companies file at
     * CNIPA, as CNIPA prints them (Chinese name, an address opening with the country), and a Kampo maker holds
     * at least 30% of the valid CN patents on proprietary medicines, a branch Bozhou files in.
     */
    @Test
    void theFocusRegionHasAGapAndForeignHoldersAreDenseInABranchItFilesIn() {
        Map<String, Long> nationalNewEnergy = chineseFilingsPerBranch("new-energy", r -> true);
        long branches = nationalNewEnergy.keySet().size();
        long nation = truth.stream().filter(r -> r.get("sector").equals("new-energy") && isChinese(r)).count();
        assertThat(nationalNewEnergy.get("wind-power") * branches).isGreaterThanOrEqualTo(nation);
        assertThat(chineseFilingsPerBranch("new-energy", r -> r.get("region_code").startsWith("3416")))
                .doesNotContainKey("wind-power");

        List<CSVRecord> validMedicines = truth.stream().filter(r -> r.get("origin").equals("cn")
                && r.get("cn_legal_status").equals("有效") && topBranches(r).contains("proprietary-medicines")).toList();
        List<CSVRecord> foreign = validMedicines.stream().filter(r -> !isChinese(r)).toList();
        assertThat(foreign).extracting(r -> r.get("applicants")).containsOnly("椿汉方制药株式会社");
        assertThat(100 * foreign.size()).isGreaterThanOrEqualTo(30 * validMedicines.size());
        assertThat(chineseFilingsPerBranch("tcm", r -> r.get("region_code").startsWith("3416")))
                .containsKey("proprietary-medicines");
    }

    private static boolean isChinese(CSVRecord r) {
        return r.get("applicant_country").equals("CN");
    }

    private static Set<String> topBranches(CSVRecord r) {
        Set<String> out = new TreeSet<>();
        for (String b : r.get("chain_branches").split(";")) {
            if (!b.isEmpty()) {
                out.add(b.split("/")[0]);
            }
        }
        return out;
    }

    private static Map<String, Long> chineseFilingsPerBranch(String sector, Predicate<CSVRecord> where) {
        Map<String, Long> out = new TreeMap<>();
        truth.stream().filter(r -> r.get("sector").equals(sector) && isChinese(r) && where.test(r))
                .forEach(r -> topBranches(r).forEach(b -> out.merge(b, 1L, Long::sum)));
        return out;
    }

    /**
     * Abstracts state effects of effects.tsv in the wording EffectMatcher reads (其有益效果), and some name
     * the prior art's shortcoming as a negated effect (难以提高提取率, fails to reduce the energy consumption),
     * which the matcher must not count; the technical means (truth branches) x effects matrix has content
     * and empty cells in every sector.
     */
    @Test
    void abstractsStateEffectsAndSomeDenyThemOnlyOfThePriorArt() {
        World world = new World(SEED, SIZE);
        EffectMatcher any = new EffectMatcher(TechnicalEffects.shipped().all());
        int members = 0;
        int stating = 0;
        int denied = 0;
        Map<String, Set<String>> cells = new TreeMap<>();
        for (int i = 0; i < SIZE; i++) {
            Application app = world.application(i);
            if (app.sector() == Sector.OTHER || app.kind() == Templates.Kind.DESIGN) {
                continue;
            }
            Templates.Text text = SampleGenerator.text(world, app);
            boolean chinese = app.origin() == Application.Origin.CN;
            String abstractText = chinese ? text.abstractZh() : text.abstractEn();
            String claim = chinese ? text.claimZh() : text.claimsEn().getFirst();
            List<EffectMatcher.StatedEffect> stated = new EffectMatcher(TechnicalEffects.shipped().forSector(app.sector().id))
                    .stated(abstractText, claim);
            members++;
            stating += stated.isEmpty() ? 0 : 1;
            for (String branch : text.branches()) {
                stated.forEach(e -> cells.computeIfAbsent(app.sector().id, k -> new TreeSet<>()).add(branch + " x " + e.effect()));
            }
            for (String sentence : abstractText.split("[。.]")) {
                String affirmed = sentence.replaceAll("难以|无法|cannot |fails to |fail to ", "");
                if (!affirmed.equals(sentence) && any.stated(sentence, null).isEmpty() && !any.stated(affirmed, null).isEmpty()) {
                    denied++;
                }
            }
        }
        assertThat(members).isEqualTo(310);
        assertThat(stating).as("applications stating an effect").isEqualTo(256);
        assertThat(denied).as("sentences that deny an effect of the prior art").isEqualTo(31);
        Map<String, Integer> filled = new TreeMap<>();
        cells.forEach((sector, c) -> filled.put(sector, c.size()));
        assertThat(filled).containsExactlyEntriesOf(new TreeMap<>(Map.of("equipment", 46, "new-energy", 50, "tcm", 50)));
        // Far from every cell: the matrix's empty cells are the opportunities it shows.
        assertThat(cells.get("tcm")).contains("processing-decoction-pieces x active-ingredients-retained",
                "cultivation x lower-residues", "health-products/foods-and-supplements x better-taste")
                .doesNotContain("quality-control x lower-residues");
    }

    // ---- inventors planted across applications -------------------------------------------------------

    /**
     * A team moves with its co-inventors (two of them into Bozhou, one from a university to a company), and the
     * two 王磊 work in different organisations with no co-inventor in common: what an inventor analysis must
     * follow and must keep apart.
     */
    @Test
    void teamsMoveWithTheirCoInventorsAndTheTwoNamesakesShareNone() {
        Map<String, Set<String>> organisations = new TreeMap<>();
        Map<String, Set<String>> coInventors = new TreeMap<>();
        for (CSVRecord r : truth) {
            List<String> persons = r.get("inventor_persons").isEmpty() ? List.of()
                    : List.of(r.get("inventor_persons").split(";")).stream().map(p -> p.substring(p.indexOf('=') + 1)).toList();
            for (String p : persons) {
                organisations.computeIfAbsent(p, k -> new TreeSet<>()).add(r.get("applicants").split(";")[0]);
                persons.stream().filter(q -> !q.equals(p)).forEach(q -> coInventors.computeIfAbsent(p, k -> new TreeSet<>()).add(q));
            }
        }
        assertThat(organisations.get("tang-jianming")).containsExactlyInAnyOrder("亳州药都本草科技有限公司", "北京本草源生物医药研究院有限公司");
        assertThat(organisations.get("lin-pengyu")).containsExactlyInAnyOrder("安徽蒙城锐进机器人有限公司", "上海瑞衡机器人有限公司");
        assertThat(organisations.get("zhou-wentao")).containsExactlyInAnyOrder("中国科学技术大学", "合肥锐能新能源科技有限公司");
        assertThat(coInventors.get("tang-jianming")).contains("cao-fang", "he-chen", "luo-jing");
        assertThat(organisations.get("wang-lei-1")).containsExactly("合肥智擎机器人科技有限公司");
        assertThat(organisations.get("wang-lei-2")).containsExactly("成都蜀草堂药业有限公司");
        assertThat(coInventors.get("wang-lei-1")).doesNotContainAnyElementsOf(coInventors.get("wang-lei-2"));
        assertThat(truth.stream().filter(r -> r.get("inventor_persons").contains("王磊=wang-lei"))).hasSize(10);
    }

    // ---- CN platform exports ------------------------------------------------------------------------

    @Test
    void chineseCompaniesExtendInventionsToTheUsAsSimpleFamilies() {
        World world = new World(SEED, SIZE);
        Map<String, Integer> bySector = new TreeMap<>();
        for (int i = 0; i + 1 < SIZE; i++) {
            Application us = world.application(i);
            Application home = world.application(i + 1);
            if (us.origin() != Application.Origin.US_GRANT || !us.familyId().equals(home.familyId())) {
                continue;
            }
            // The US grant claims the CN application as its priority: same number, same date, one invention.
            assertThat(home.origin()).as("home filing of %d", i).isEqualTo(Application.Origin.CN);
            assertThat(home.kind()).isEqualTo(Templates.Kind.INVENTION);
            assertThat(us.priority().country()).isEqualTo("CN");
            assertThat(us.priority().number()).isEqualTo(home.cn().digits() + "." + home.cn().check());
            assertThat(us.priority().date()).isEqualTo(home.filingDate());
            assertThat(us.filingDate()).isAfter(home.filingDate()).isBeforeOrEqualTo(home.filingDate().plusMonths(12));
            assertThat(home.applicants().getFirst().canonical()).isEqualTo(us.applicants().getFirst().canonical());
            assertThat(home.sector()).isEqualTo(us.sector());
            assertThat(SampleGenerator.text(world, home).titleEn()).isEqualTo(SampleGenerator.text(world, us).titleEn());
            assertThat(us.inGoogle() && home.inGoogle()).as("exported together, with the family id").isTrue();
            bySector.merge(home.sector().name(), 1, Integer::sum);
        }
        // Enough that every sector's landscape lists families (largest_families, CNIPA's "granted abroad").
        assertThat(bySector).containsEntry("TCM", 2).containsEntry("NEW_ENERGY", 4).containsEntry("EQUIPMENT", 2);
    }

    @Test
    void cnipaExportIsUtf8WithBomAndFullWidthHeaders() throws IOException {
        Path file = dir.resolve("cn-export/cnipa-search-001.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        List<String> lines = lines(file, StandardCharsets.ISO_8859_1);
        assertThat(lines).allMatch(l -> l.endsWith("\r"));
        List<CSVRecord> rows = cnRows(file, StandardCharsets.UTF_8);
        assertThat(rows.get(0).toList()).containsExactly("申请号", "公开（公告）号", "申请日", "公开（公告）日", "授权公告日", "名称",
                "摘要", "主权项", "申请（专利权）人", "当前权利人", "申请人地址", "发明人", "主分类号", "分类号", "专利类型", "法律状态",
                "失效日期", "优先权", "法律状态公告日");
        assertThat(rows).hasSize(1 + 97).allMatch(r -> r.size() == 19);
        assertThat(rows.get(3).get(2)).isEqualTo("2021.02.30");
        assertThat(rows.get(1).toList()).startsWith("CN202518321822.9", "CN120305285A", "2025.05.14", "2026.11.17", "",
                "一种中药材桔梗的规范化种植方法");
    }

    @Test
    void cnipaExportHasOneRowWithAnInvalidUtf8Sequence() throws IOException {
        List<String> lines = lines(dir.resolve("cn-export/cnipa-search-001.csv"), StandardCharsets.ISO_8859_1);
        List<Integer> broken = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!isUtf8(lines.get(k).getBytes(StandardCharsets.ISO_8859_1))) {
                broken.add(k + 1);
            }
        }
        assertThat(broken).containsExactly(5);
    }

    @Test
    void incopatExportIsGb18030WithTwoNumberColumns() throws IOException {
        Path file = dir.resolve("cn-export/incopat-export-001.csv");
        assertThat(isUtf8(Files.readAllBytes(file))).isFalse();
        List<CSVRecord> rows = cnRows(file, Charset.forName("GB18030"));
        assertThat(rows.get(0).toList()).containsExactly("申请号", "申请日", "公开号", "公开日", "公告号", "公告日", "标题", "摘要",
                "首项权利要求", "申请人", "当前专利权人", "申请人地址", "发明人", "IPC主分类", "IPC", "专利类型", "当前法律状态",
                "失效日", "优先权号", "转让执行日", "转让人", "受让人", "受让人地址", "许可合同备案日期", "许可人", "被许可人", "出质人",
                "质权人", "质押登记日", "质押解除日");
        assertThat(rows).hasSize(1 + 72);
        assertThat(Files.readAllLines(file, Charset.forName("GB18030")).get(1))
                .startsWith("\"202218939106.3\",\"2022-05-30\",\"CN117336961A\"");
        long bothNumbers = rows.stream().skip(1).filter(r -> !r.get(2).isEmpty() && !r.get(4).isEmpty()).count();
        long grantOnly = rows.stream().skip(1).filter(r -> r.get(2).isEmpty() && !r.get(4).isEmpty()).count();
        assertThat(bothNumbers).isPositive();
        assertThat(grantOnly).isPositive();
    }

    @Test
    void patsnapExportHasATitleRowAndRealDateCells() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("cn-export/patsnap-export-001.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("智慧芽专利检索结果");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("公开(公告)号");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("申请日");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 73);
            Cell filed = sheet.getRow(2).getCell(3);
            assertThat(filed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(filed)).isTrue();
            assertThat(filed.getLocalDateTimeCellValue().toLocalDate()).isBetween(LocalDate.of(2010, 1, 1),
                    LocalDate.of(2025, 12, 31));
            assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo("PatSnap");
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("cn-export/patsnap-export-001.xlsx")))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(World.AS_OF.atStartOfDay());
            }
        }
    }

    @Test
    void everyCnApplicationIsInExactlyOneExportRowWithAValidCheckDigitButThePlantedOne() throws IOException {
        Map<String, Integer> rowsPerApplication = new HashMap<>();
        List<String> badCheck = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (CSVRecord r : cnRows(dir.resolve("cn-export/cnipa-search-001.csv"), StandardCharsets.UTF_8)) {
            numbers.add(r.get(0));
        }
        for (CSVRecord r : cnRows(dir.resolve("cn-export/incopat-export-001.csv"), Charset.forName("GB18030"))) {
            numbers.add(r.get(0));
        }
        try (InputStream in = Files.newInputStream(dir.resolve("cn-export/patsnap-export-001.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int k = 2; k <= sheet.getLastRowNum(); k++) {
                numbers.add(sheet.getRow(k).getCell(2).getStringCellValue());
            }
        }
        for (String n : numbers) {
            if (n.equals("申请号")) {
                continue;
            }
            Parsed<CnApplicationNumber> parsed = CnApplicationNumber.parse(n);
            if (parsed instanceof Parsed.Value<CnApplicationNumber> v) {
                rowsPerApplication.merge(v.value().applicationId(), 1, Integer::sum);
            } else {
                badCheck.add(n);
            }
        }
        assertThat(badCheck).containsExactly("202413013185.3");
        Set<String> cnInTruth = new HashSet<>();
        truth.stream().filter(r -> r.get("origin").equals("cn")).forEach(r -> cnInTruth.add(r.get("application_id")));
        Set<String> exported = new HashSet<>(rowsPerApplication.keySet());
        assertThat(exported).containsAll(cnInTruth);
        exported.removeAll(cnInTruth);
        assertThat(exported).as("the planted rows describe applications outside the world").hasSize(2);
        cnInTruth.forEach(id -> assertThat(rowsPerApplication.get(id)).as(id).isEqualTo(1));
    }

    @Test
    void cnExportsReadThroughTheIngestWithThePlantedRejects() throws IOException {
        Set<String> pubIds = new HashSet<>();
        List<String> rejects = new ArrayList<>();
        for (String f : List.of("cnipa-search-001.csv", "incopat-export-001.csv", "patsnap-export-001.xlsx")) {
            List<Ingested> records = ingest(dir.resolve("cn-export").resolve(f));
            publications(records).forEach(p -> pubIds.add(p.pubId()));
            rejects(records).forEach(r -> rejects.add(f + " | " + r.locator() + " | " + r.reasonCode()));
        }
        assertThat(rejects).containsExactly("cnipa-search-001.csv | record 3, line 4 | INVALID_DATE",
                "cnipa-search-001.csv | record 4, line 5 | BAD_ENCODING",
                "incopat-export-001.csv | record 3, line 4 | BAD_CHECK_DIGIT");
        Set<String> expected = new HashSet<>();
        for (CSVRecord r : truth) {
            List<String> ids = List.of(r.get("pub_ids").split(";"));
            if (r.get("files").contains("incopat-export")) {
                expected.addAll(ids);
            } else if (r.get("files").contains("cn-export/")) {
                expected.add(ids.get(ids.size() - 1));
            }
        }
        assertThat(pubIds).isEqualTo(expected);
    }

    /**
     * A patent's operations are in its export row as the platforms write them, and the reader turns into events
     * exactly those the row dates: every transfer, licence, pledge and release of an incoPat row (转让执行日,
     * 许可合同备案日期, 质押登记日, 质押解除日), an open licence of a CNIPA row when it is the latest status
     * (法律状态公告日); none of the PatSnap workbook's, nor of a CNIPA row's other parts.
     */
    @Test
    void operationsBecomeEventsWhereTheExportDatesThem() throws IOException {
        Set<String> expected = new TreeSet<>();
        Map<String, Integer> operations = new TreeMap<>();
        for (CSVRecord r : truth) {
            List<String> ops = r.get("cn_operations").isEmpty() ? List.of() : List.of(r.get("cn_operations").split(";"));
            ops.forEach(o -> operations.merge(o.substring(0, o.indexOf(':')), 1, Integer::sum));
            for (int k = 0; k < ops.size(); k++) {
                boolean incopat = r.get("files").contains("incopat-export");
                boolean latestOpenLicence = r.get("files").contains("cnipa-search") && k == ops.size() - 1
                        && ops.get(k).startsWith("open_licence") && r.get("cn_legal_status").equals("有效");
                if (incopat && !ops.get(k).startsWith("open_licence") || latestOpenLicence) {
                    expected.add(r.get("application_id") + " " + ops.get(k));
                }
            }
        }
        Set<String> read = new TreeSet<>();
        for (String f : List.of("cnipa-search-001.csv", "incopat-export-001.csv", "patsnap-export-001.xlsx")) {
            for (Ingested i : ingest(dir.resolve("cn-export").resolve(f))) {
                if (i instanceof Ingested.EventRecord e && Set.of("transfer", "licence", "pledge", "pledge_release",
                        "open_licence").contains(e.event().category().id())) {
                    read.add(e.event().applicationId() + " " + e.event().category().id() + ":" + e.event().eventDate());
                }
            }
        }
        assertThat(operations).containsExactlyEntriesOf(new TreeMap<>(Map.of("transfer", 17, "licence", 9, "pledge", 9,
                "pledge_release", 2, "open_licence", 6)));
        assertThat(read).isEqualTo(expected).hasSize(33);
    }

    // ---- regions and applicant names -----------------------------------------------------------------

    @Test
    void everyRegionCodeIsInTheDivisionSubsetAndEveryAddressResolvesToIt() throws IOException {
        AdminDivisions divisions = AdminDivisions.load(DATA_SAMPLES.resolve("divisions"));
        assertThat(divisions.all(RegionCode.Level.PROVINCE)).hasSize(31);
        assertThat(divisions.children("341600")).extracting(AdminDivisions.Division::name)
                .containsExactlyInAnyOrder("谯城区", "涡阳县", "蒙城县", "利辛县");
        for (CSVRecord r : truth) {
            if (!r.get("region_code").isEmpty()) {
                assertThat(divisions.get(r.get("region_code"))).as(r.get("region_code")).isPresent();
            }
        }
        for (Catalog.Place place : Catalog.ALL_PLACES) {
            assertThat(divisions.get(place.code()).map(AdminDivisions.Division::level))
                    .contains(RegionCode.Level.COUNTY);
        }
        AddressResolver resolver = new AddressResolver(divisions);
        Map<String, String> regionById = new HashMap<>();
        truth.forEach(r -> regionById.put(r.get("application_id"), r.get("region_code")));
        int checked = 0;
        int abroad = 0;
        for (CSVRecord r : cnRows(dir.resolve("cn-export/cnipa-search-001.csv"), StandardCharsets.UTF_8)) {
            String id = CnApplicationNumber.parse(r.get(0)).toOptional().map(CnApplicationNumber::applicationId).orElse(null);
            if (id != null && regionById.containsKey(id)) {
                if (regionById.get(id).isEmpty()) {
                    // a foreign company's address, which opens with its country and is in no Chinese region
                    assertThat(r.get(10)).matches("(日本国|大韩民国).+");
                    assertThat(resolver.resolve(r.get(10))).as(r.get(10)).isEmpty();
                    abroad++;
                } else {
                    assertThat(resolver.resolve(r.get(10)).map(AdminDivisions.Division::code)).as(r.get(10))
                            .contains(regionById.get(id));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(78);
        assertThat(abroad).isPositive();
    }

    @Test
    void theAliasFileGroupsEveryEnglishNameUnderTheChineseName() {
        ApplicantNames names = ApplicantNames.withAliases(DATA_SAMPLES.resolve("aliases.tsv"));
        List<Catalog.Org> orgs = new ArrayList<>(Catalog.BOZHOU_ORGS);
        orgs.addAll(Catalog.ANHUI_ORGS);
        orgs.addAll(Catalog.CHINA_ORGS);
        for (Catalog.Org org : orgs) {
            String chinese = names.normalise(org.nameZh());
            assertThat(names.normalise(org.nameEn())).as(org.nameEn()).isEqualTo(chinese);
            assertThat(names.normalise(GoogleExport.harmonisedName(org.nameEn()))).as(org.nameEn()).isEqualTo(chinese);
        }
        // A foreign company filing at CNIPA is one applicant under its English and its Chinese name.
        for (Catalog.ForeignOrg org : Catalog.FOREIGN_ORGS) {
            org.inChina().ifPresent(cn -> {
                String chinese = names.normalise(cn.nameZh());
                assertThat(names.normalise(org.name())).as(org.name()).isEqualTo(chinese);
                assertThat(names.normalise(GoogleExport.harmonisedName(org.name()))).as(org.name()).isEqualTo(chinese);
            });
        }
        assertThat(truth.stream().filter(r -> r.get("origin").startsWith("us") && r.get("applicant_country").equals("CN"))
                .map(r -> r.get("applicants"))).isNotEmpty().allMatch(a -> a.matches("\\p{IsHan}.*"));
    }

    // ---- Google export ------------------------------------------------------------------------------

    @Test
    void googleShardsAreNdjsonWithNativeNestedArraysAndIntegerDates() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("google/publications-000000000000.json.gz"))), StandardCharsets.UTF_8))) {
            lines = r.lines().toList();
        }
        assertThat(lines).hasSize(160);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("title_localized").isArray()).isTrue();
        assertThat(first.get("ipc").get(0).get("first").asBoolean()).isTrue();
        assertThat(first.get("publication_date").isInt()).isTrue();
        assertThat(first.get("priority_claim").isArray()).isTrue();
        int bad = 0;
        for (String line : lines) {
            try {
                json.readTree(line);
            } catch (IOException e) {
                bad++;
            }
        }
        assertThat(bad).isEqualTo(1);
        byte[] head = Files.readAllBytes(dir.resolve("google/publications-000000000000.json.gz"));
        assertThat(new byte[] {head[4], head[5], head[6], head[7]}).as("gzip mtime").containsOnly(0);
    }

    @Test
    void googleShardsReadThroughTheIngestWithThePlantedRejects() throws IOException {
        List<Ingested> records = ingest(dir.resolve("google/publications-000000000000.json.gz"));
        assertThat(publications(records)).hasSize(159);
        assertThat(rejects(records)).extracting(Reject::locator, Reject::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 3", RejectReason.MALFORMED_RECORD));
        Publication cnWithEnglish = publications(records).stream().filter(p -> p.country().equals("CN")).findFirst().orElseThrow();
        assertThat(cnWithEnglish.title()).containsKeys("zh", "en");

        List<Ingested> truncated = ingest(dir.resolve("google/publications-000000000001.json.gz"));
        assertThat(rejects(truncated)).extracting(Reject::reasonCode).containsExactly(RejectReason.TRUNCATED);
        // SourceEntries' gzip stream fills whole 128 KiB buffers, so it may give up a buffer early
        assertThat(publications(truncated).size()).isBetween(1, 102);
    }

    @Test
    void theTruncatedShardKeepsEveryRowBeforeTheCut() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean cut = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("google/publications-000000000001.json.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line);
            }
        } catch (java.io.EOFException e) {
            cut = true;
        }
        assertThat(cut).isTrue();
        assertThat(rows).hasSize(94);
        ObjectMapper json = new ObjectMapper();
        for (String row : rows) {
            assertThat(json.readTree(row).get("publication_number").asText()).matches("[A-Z]{2}-\\w+-[A-Z]\\d?");
        }
    }

    // ---- USPTO XML ----------------------------------------------------------------------------------

    @Test
    void usptoWeeklyFilesReadThroughTheIngestWithOneMalformedDocument() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("uspto"))) {
            files = s.sorted().toList();
        }
        Set<String> pubIds = new HashSet<>();
        List<Reject> rejects = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            LocalDate day = LocalDate.of(2000 + Integer.parseInt(name.substring(3, 5)),
                    Integer.parseInt(name.substring(5, 7)), Integer.parseInt(name.substring(7, 9)));
            assertThat(day.getDayOfWeek()).as(name).isEqualTo(name.startsWith("ipg") ? java.time.DayOfWeek.TUESDAY
                    : java.time.DayOfWeek.THURSDAY);
            List<Ingested> records = ingest(f);
            for (Publication p : publications(records)) {
                assertThat(p.publicationDate()).as(p.pubId()).isEqualTo(day);
                pubIds.add(p.pubId());
            }
            rejects.addAll(rejects(records));
        }
        assertThat(rejects).extracting(Reject::file, Reject::reasonCode).containsExactly(org.assertj.core.groups.Tuple.tuple(
                dir.resolve("uspto/ipg140107.xml").toString(), RejectReason.MALFORMED_RECORD));
        assertThat(rejects.get(0).locator()).startsWith("doc 2,");
        Set<String> expected = new HashSet<>();
        for (CSVRecord r : truth) {
            if (r.get("origin").equals("us_grant")) {
                expected.add(r.get("pub_ids").substring(r.get("pub_ids").lastIndexOf(';') + 1));
            } else if (r.get("origin").equals("us_publication")) {
                expected.add(r.get("pub_ids"));
            }
        }
        assertThat(pubIds).isEqualTo(expected).hasSize(129);
    }

    @Test
    void grantsCiteEarlierSampleDocuments() throws IOException {
        Set<String> inSample = new HashSet<>();
        truth.forEach(r -> inSample.addAll(List.of(r.get("pub_ids").split(";"))));
        long citedInSample = 0;
        try (Stream<Path> s = Files.list(dir.resolve("uspto"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("ipg")).sorted().toList()) {
                for (Publication p : publications(ingest(f))) {
                    citedInSample += p.citations().stream().filter(c -> inSample.contains(c.pubId())).count();
                }
            }
        }
        assertThat(citedInSample).isGreaterThan(20);
    }

    // ---- PatentsView --------------------------------------------------------------------------------

    @Test
    void patentsViewTablesAreQuotedTsvWithZippedPatentAndCpcTables() throws IOException {
        CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> patents = csv(unzip(dir.resolve("patentsview/g_patent.tsv.zip"), "g_patent.tsv"), tsv);
        assertThat(patents).hasSize(39);
        assertThat(patents.get(0).getParser().getHeaderNames()).containsExactly("patent_id", "patent_type", "patent_date",
                "patent_title", "wipo_kind", "num_claims", "withdrawn", "filename");
        assertThat(Files.readAllLines(dir.resolve("patentsview/g_application.tsv")).get(0))
                .isEqualTo("\"application_id\"\t\"patent_id\"\t\"patent_application_type\"\t\"filing_date\"\t"
                        + "\"series_code\"\t\"rule_47_flag\"");
        Set<String> patentIds = new HashSet<>();
        patents.forEach(r -> patentIds.add(r.get("patent_id")));
        assertThat(patents).allMatch(r -> r.get("filename").matches("ipg\\d{6}\\.xml")
                && Files.exists(dir.resolve("uspto").resolve(r.get("filename"))));

        List<CSVRecord> cpc = csv(unzip(dir.resolve("patentsview/g_cpc_current.tsv.zip"), "g_cpc_current.tsv"), tsv);
        List<String> orphans = cpc.stream().map(r -> r.get("patent_id")).filter(id -> !patentIds.contains(id)).toList();
        assertThat(orphans).hasSize(1);
        assertThat(cpc).extracting(r -> r.get("cpc_type")).containsOnly("inventional", "additional");

        for (String table : List.of("g_application", "g_assignee_disambiguated", "g_inventor_disambiguated",
                "g_ipc_at_issue", "g_us_patent_citation", "g_patent_abstract")) {
            List<CSVRecord> rows = csv(Files.newInputStream(dir.resolve("patentsview/" + table + ".tsv")), tsv);
            assertThat(rows).as(table).isNotEmpty().allMatch(r -> patentIds.contains(r.get("patent_id")));
        }
        Set<String> locationIds = new HashSet<>();
        csv(Files.newInputStream(dir.resolve("patentsview/g_location_disambiguated.tsv")), tsv)
                .forEach(r -> locationIds.add(r.get("location_id")));
        assertThat(csv(Files.newInputStream(dir.resolve("patentsview/g_inventor_disambiguated.tsv")), tsv))
                .allMatch(r -> locationIds.contains(r.get("location_id")));
    }

    @Test
    void patentsViewTablesAssembleIntoTheGrantsWithOneUnmatchedCpcRow() throws IOException {
        List<Ingested.TableRow> rows = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("patentsview"))) {
            for (Path f : s.sorted().toList()) {
                for (Ingested r : ingest(f)) {
                    assertThat(r).as(f.toString()).isInstanceOf(Ingested.TableRow.class);
                    rows.add((Ingested.TableRow) r);
                }
            }
        }
        Map<String, Ingested.TableRow> locations = new HashMap<>();
        rows.stream().filter(r -> r.joinKey() == null).forEach(r -> locations.put(r.locationId(), r));
        Map<String, List<Ingested.TableRow>> byPatent = new TreeMap<>();
        for (Ingested.TableRow r : rows) {
            if (r.joinKey() != null) {
                Ingested.TableRow joined = r.locationId() == null ? r
                        : PatentsViewAssembler.withLocation(r, locations.get(r.locationId()));
                byPatent.computeIfAbsent(r.joinKey(), k -> new ArrayList<>()).add(joined);
            }
        }
        Set<String> pubIds = new HashSet<>();
        List<RejectReason> rejects = new ArrayList<>();
        byPatent.forEach((id, patentRows) -> {
            Ingested result = PatentsViewAssembler.assemble("samples", id, patentRows, Parties.withoutRegions());
            if (result instanceof Ingested.PatentRecord p) {
                pubIds.add(p.publication().pubId());
                assertThat(p.publication().abstractText()).containsKey("en");
            } else {
                rejects.add(((Ingested.Rejected) result).reject().reasonCode());
            }
        });
        assertThat(rejects).containsExactly(RejectReason.UNMATCHED_ROWS);
        Set<String> expected = new HashSet<>();
        truth.stream().filter(r -> r.get("files").contains("patentsview/g_patent.tsv.zip"))
                .forEach(r -> expected.add(r.get("pub_ids").substring(r.get("pub_ids").lastIndexOf(';') + 1)));
        assertThat(pubIds).isEqualTo(expected).hasSize(39);
    }

    // ---- maintenance fees ---------------------------------------------------------------------------

    @Test
    void maintFeeEventsAreFixedWidthCrlfWithKnownCodesButThePlantedOne() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(MaintFeeFiles.EVENTS));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines[lines.length - 1]).isEmpty();
        MaintFeeCodes codes = MaintFeeCodes.defaults();
        List<String> unknown = new ArrayList<>();
        for (int k = 0; k < lines.length - 1; k++) {
            String line = lines[k];
            assertThat(line).hasSize(57).doesNotContain("\n");
            assertThat(line.substring(43, 51)).isLessThanOrEqualTo("20261117");
            if (codes.get(line.substring(52)).isEmpty()) {
                unknown.add((k + 1) + ": " + line.substring(52).strip());
            }
        }
        assertThat(lines.length - 1).isEqualTo(155);
        assertThat(unknown).containsExactly("4: M4551");

        List<Ingested> records = ingest(dir.resolve(MaintFeeFiles.EVENTS));
        assertThat(records.stream().filter(r -> r instanceof Ingested.EventRecord)).hasSize(154);
        assertThat(rejects(records)).extracting(Reject::locator, Reject::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 4", RejectReason.UNKNOWN_CODE));

        List<Ingested> definitions = ingest(dir.resolve(MaintFeeFiles.DESCRIPTIONS));
        assertThat(definitions).hasSize(18).allMatch(r -> r instanceof Ingested.CodeDefinition);
    }

    // ---- ground truth of the planted rejects --------------------------------------------------------

    @Test
    void plantedRejectsAreListedWithTheirReasons() throws IOException {
        List<CSVRecord> rows = csv(dir.resolve(GroundTruth.REJECTS), StandardCharsets.UTF_8, CSVFormat.DEFAULT);
        assertThat(rows).extracting(r -> r.get("file") + " | " + r.get("locator") + " | " + r.get("reason_code"))
                .containsExactly(
                        "cn-export/cnipa-search-001.csv | line 4 | INVALID_DATE",
                        "cn-export/cnipa-search-001.csv | line 5 | BAD_ENCODING",
                        "cn-export/incopat-export-001.csv | line 4 | BAD_CHECK_DIGIT",
                        "google/publications-000000000000.json.gz | line 3 | MALFORMED_RECORD",
                        "maintfee/MaintFeeEvents_20261117.txt | line 4 | UNKNOWN_CODE",
                        "uspto/ipg140107.xml | doc 2 | MALFORMED_RECORD",
                        "patentsview/g_cpc_current.tsv.zip | line 4 | UNMATCHED_ROWS",
                        "google/publications-000000000001.json.gz | after record 97 | TRUNCATED");
        for (CSVRecord r : rows) {
            assertThat(RejectReason.valueOf(r.get("reason_code"))).isNotNull();
        }
    }

    @Test
    void nothingIsDatedAfterTheWorldsDay() {
        for (CSVRecord r : truth) {
            assertThat(LocalDate.parse(r.get("filing_date"))).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31));
        }
    }

    // ---- scale ----------------------------------------------------------------------------------------

    @Test
    void twentyThousandApplicationsInFlatMemory(@TempDir Path big) throws IOException {
        // How fast the generator runs is measured by bench/ (the ingest and watchlist benches time it);
        // a unit test asserts only what holds on a busy machine: the counts and the memory it keeps.
        SampleGenerator.Summary s = SampleGenerator.write(big, 20_000, SEED);

        assertThat(s.recordsPerFile()).containsEntry("ground-truth.csv", 20_000L);
        long retained = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        assertThat(retained).as("heap in use after the last collection").isLessThan(512L << 20);

        List<CSVRecord> rows = csv(big.resolve(GroundTruth.FILE), StandardCharsets.UTF_8, CSVFormat.DEFAULT);
        Set<String> applications = new HashSet<>();
        Set<String> publications = new HashSet<>();
        int documents = 0;
        for (CSVRecord r : rows) {
            applications.add(r.get("application_id"));
            for (String id : r.get("pub_ids").split(";")) {
                publications.add(id);
                documents++;
            }
        }
        assertThat(applications).as("application ids are unique").hasSize(20_000);
        assertThat(publications).as("publication ids are unique").hasSize(documents);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<CSVRecord> csv(Path file, Charset charset, CSVFormat format) throws IOException {
        try (Reader in = Files.newBufferedReader(file, charset)) {
            return format.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static List<CSVRecord> csv(InputStream in, CSVFormat format) throws IOException {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return format.parse(r).getRecords();
        }
    }

    /** All records including the header line, BOM dropped; malformed bytes replaced. */
    private static List<CSVRecord> cnRows(Path file, Charset charset) throws IOException {
        String text = new String(Files.readAllBytes(file), charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static List<String> lines(Path file, Charset charset) throws IOException {
        return List.of(new String(Files.readAllBytes(file), charset).split("\n"));
    }

    private static InputStream unzip(Path zip, String member) throws IOException {
        ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        ZipEntry e = in.getNextEntry();
        assertThat(e.getName()).isEqualTo(member);
        assertThat(e.getTimeLocal()).isEqualTo(World.AS_OF.atStartOfDay());
        return in;
    }

    private static Map<String, Integer> tally(List<CSVRecord> rows, String column) {
        Map<String, Integer> t = new TreeMap<>();
        rows.forEach(r -> t.merge(r.get(column), 1, Integer::sum));
        return t;
    }

    private static List<Ingested> ingest(Path file) throws IOException {
        List<Ingested> out = new ArrayList<>();
        try (FileIngest ingest = new FileIngest(file.toString(), file.getParent().toString(),
                () -> Files.newInputStream(file), CONTEXT)) {
            ingest.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<Publication> publications(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.PatentRecord)
                .map(r -> ((Ingested.PatentRecord) r).publication()).toList();
    }

    private static List<Reject> rejects(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.Rejected).map(r -> ((Ingested.Rejected) r).reject())
                .toList();
    }
}
