package org.patnav.ingest.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;
import org.patnav.ingest.Ingested;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.SourceFormat;

/**
 * The five rows of the real Google Patents sample (Spider2 PATENTS_GOOGLE.PUBLICATIONS: metadata
 * object with {@code sample_rows}, nested columns written as JSON strings), read in place.
 */
class GooglePublicationsRealDataTest {

    private static final String SAMPLE = "spider2-bq-samples/PATENTS_GOOGLE/PATENTS_GOOGLE/PUBLICATIONS.json";

    private static Path file;
    private static List<Ingested> records;

    @BeforeAll
    static void read() throws Exception {
        file = RealData.path(SAMPLE);
        records = GoogleIngest.read(file);
    }

    private static Publication row(int index) {
        return GoogleIngest.publications(records).get(index);
    }

    @Test
    void allFiveRowsBecomePublicationsInOrder() {
        assertThat(GoogleIngest.rejects(records)).isEmpty();
        assertThat(GoogleIngest.publications(records))
                .extracting(Publication::pubId, p -> p.source().locator())
                .containsExactly(
                        tuple("CN-101481674-B", "row 1"),
                        tuple("CN-101856496-B", "row 2"),
                        tuple("CN-101481402-B", "row 3"),
                        tuple("JP-H0476664-B2", "row 4"),
                        tuple("US-4314796-A", "row 5"));
        assertThat(row(0).source().format()).isEqualTo(SourceFormat.GOOGLE_JSON);
        assertThat(row(0).source().file()).isEqualTo(file.toString());
    }

    @Test
    void cnApplicationNumbersGetTheirCheckDigits() {
        assertThat(GoogleIngest.publications(records).subList(0, 3))
                .extracting(Publication::applicationId, Publication::applicationNumber, Publication::familyId)
                .containsExactly(
                        tuple("CN-200910095505", "200910095505.X", "40878964"),
                        tuple("CN-201010193091", "201010193091.7", "42942800"),
                        tuple("CN-200810017386", "200810017386.1", "40878707"));
    }

    @Test
    void cnGrantWithChineseAndEnglishTexts() {
        Publication p = row(0);
        assertThat(p.country()).isEqualTo("CN");
        assertThat(p.number()).isEqualTo("101481674");
        assertThat(p.kind()).isEqualTo("B");
        assertThat(p.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(2011, 9, 21));
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(2009, 1, 19));
        assertThat(p.grantDate()).isEqualTo(LocalDate.of(2011, 9, 21));
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2009, 1, 19));
        assertThat(p.priorities()).containsExactly(
                new Priority("CN", "200910095505", LocalDate.of(2009, 1, 19)));
        assertThat(p.title()).containsExactly(
                entry("en", "Beta-mannanase for feeding and preparation thereof"),
                entry("zh", "一种饲用β-甘露聚糖酶及其制备方法"));
        assertThat(p.abstractText()).containsOnlyKeys("en", "zh");
        assertThat(p.claims()).isEmpty();
        assertThat(p.ipc()).containsExactly(
                new Classification("A23K20/189", false, true),
                new Classification("C12R1/685", false, false),
                new Classification("C12N9/42", false, true),
                new Classification("C12N1/20", true, true));
        assertThat(p.cpc()).isEmpty();
        assertThat(p.entityStatus()).isNull();
    }

    @Test
    void cnApplicantsKeepTheirChineseNames() {
        assertThat(row(0).applicants())
                .extracting(Party::rawName, Party::name, Party::type)
                .containsExactly(
                        tuple("浙江湖州笑果生物科技有限公司", "浙江湖州笑果生物科技有限公司", PartyType.COMPANY),
                        tuple("浙江省农业科学院", "浙江省农业科学院", PartyType.RESEARCH_INSTITUTE));
        assertThat(row(0).assignees()).isEmpty();
        assertThat(row(1).applicants())
                .extracting(Party::rawName, Party::name, Party::type)
                .containsExactly(tuple("四川大学", "四川大学", PartyType.UNIVERSITY));
        assertThat(row(2).applicants()).extracting(Party::name).containsExactly("陕西北美基因股份有限公司");
    }

    @Test
    void inventorAndCitationCounts() {
        assertThat(GoogleIngest.publications(records))
                .extracting(p -> p.inventors().size(), p -> p.citations().size())
                .containsExactly(tuple(5, 1), tuple(4, 1), tuple(0, 3), tuple(3, 1), tuple(1, 5));
        assertThat(row(0).inventors()).allMatch(i -> i.type() == PartyType.INDIVIDUAL);
        assertThat(row(0).inventors()).extracting(Party::name).startsWith("LI YANLI", "LIU YONG");
        // Row 1 also cites a journal article (npl_text only): that is not a patent citation.
        assertThat(row(0).citations()).containsExactly(new Citation("JP-2003174892-A", "UNKNOWN"));
        assertThat(row(2).citations()).extracting(Citation::pubId)
                .containsExactly("WO-2006007009-A1", "CN-1958600-A", "JP-2008111703-A");
    }

    @Test
    void secondAndThirdRows() {
        Publication p = row(1);
        assertThat(p.title()).containsEntry("zh", "胎盘干细胞抗肿瘤疫苗及其制备方法与应用")
                .containsEntry("en", "Placenta stem-cell anti-tumor vaccine, preparation method and application thereof");
        assertThat(p.abstractText()).containsOnlyKeys("zh");
        assertThat(p.ipc()).containsExactly(
                new Classification("A61P35/00", false, true),
                new Classification("A61K39/00", true, true),
                new Classification("C12N5/0735", false, true));
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(2010, 6, 7));
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(2013, 9, 18));

        Publication q = row(2);
        assertThat(q.title()).containsExactly(entry("zh", "一种分离纯化糖肽的方法"));
        assertThat(q.ipc()).containsExactly(
                new Classification("C12P21/06", false, true),
                new Classification("C07K1/14", true, true));
        assertThat(q.filingDate()).isEqualTo(LocalDate.of(2008, 1, 10));
    }

    @Test
    void japaneseEraNumberStaysAsGiven() {
        Publication p = row(3);
        assertThat(p.pubId()).isEqualTo("JP-H0476664-B2");
        assertThat(p.number()).isEqualTo("H0476664");
        assertThat(p.kind()).isEqualTo("B2");
        assertThat(p.applicationId()).isEqualTo("JP-5879887");
        assertThat(p.applicationNumber()).isEqualTo("JP5879887A");
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(1992, 12, 4));
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(1987, 3, 16));
        assertThat(p.familyId()).isEqualTo("13094604");
        assertThat(p.title()).isEmpty();
        assertThat(p.patentType()).isEqualTo(PatentType.INVENTION);
        // The FI column (A23L1/28@Z) is not read; the IPC column is.
        assertThat(p.ipc()).containsExactly(
                new Classification("A23L1/28", false, true),
                new Classification("C12N1/14", true, true));
        assertThat(p.applicants()).extracting(Party::rawName, Party::name)
                .containsExactly(tuple("Kibun Kk", "KIBUN KK"));
        assertThat(p.citations()).containsExactly(new Citation("JP-S52148651-A", "SEA"));
    }

    @Test
    void usPatentTakesTheUsptoApplicationNumberAndEarliestPriority() {
        Publication p = row(4);
        assertThat(p.applicationId()).isEqualTo("US-06070870");
        assertThat(p.applicationNumber()).isEqualTo("06/070,870");
        assertThat(p.familyId()).isEqualTo("27552291");
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(1979, 8, 29));
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(1982, 2, 9));
        assertThat(p.grantDate()).isEqualTo(LocalDate.of(1982, 2, 9));
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(1978, 9, 4));
        assertThat(p.priorities()).hasSize(6);
        assertThat(p.priorities().getFirst()).isEqualTo(new Priority("JP", "10841378", LocalDate.of(1978, 9, 4)));
        assertThat(p.title()).containsExactly(entry("en",
                "Scroll-type compressor with thrust bearing lubricating and bypass means"));
        assertThat(p.claims().get("en")).startsWith("What is claimed is:");
        assertThat(p.cpc()).containsExactly(
                new Classification("F04C28/26", true, true),
                new Classification("F04C29/0057", false, true),
                new Classification("F04C18/0215", false, true),
                new Classification("Y10S418/01", false, false));
        assertThat(p.applicants()).isEmpty();
        assertThat(p.assignees()).extracting(Party::rawName, Party::name, Party::type)
                .containsExactly(tuple("Sankyo Electric Company Limited", "SANKYO ELECTRIC CO LTD", PartyType.COMPANY));
        assertThat(p.inventors()).extracting(Party::rawName, Party::name)
                .containsExactly(tuple("TERAUCHI; KIYOSHI", "TERAUCHI KIYOSHI"));
        assertThat(p.citations()).extracting(Citation::pubId)
                .containsExactly("US-450234-A", "US-3924977-A", "US-4005948-A", "US-4082484-A", "US-4082484-B1");
    }
}
