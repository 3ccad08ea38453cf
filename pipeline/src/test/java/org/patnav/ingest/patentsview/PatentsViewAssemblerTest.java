package org.patnav.ingest.patentsview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patnav.ingest.patentsview.PatentsViewFiles.PARTIES;
import static org.patnav.ingest.patentsview.PatentsViewFiles.SET;
import static org.patnav.ingest.patentsview.PatentsViewReaderTest.fields;
import static org.patnav.ingest.patentsview.PatentsViewReaderTest.ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.Ingested.PatentRecord;
import org.patnav.ingest.Ingested.Rejected;
import org.patnav.ingest.Ingested.TableRow;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

class PatentsViewAssemblerTest {

    private static final String AKRON_ID = "5a3b1c2d-0e4f-11ed-9b6a-0242ac120002";

    private static List<Ingested> release;
    private static Map<String, Ingested> patents;

    @BeforeAll
    static void readRelease() {
        release = PatentsViewFiles.readRelease();
        patents = PatentsViewFiles.assemble(release);
    }

    @Test
    void theReleaseYieldsThreePatentsAndThreeRejects() {
        assertThat(release).hasSize(34);
        assertThat(release).filteredOn(Rejected.class::isInstance).hasSize(1);
        assertThat(patents).containsOnlyKeys("10396367", "10500000", "99999999", "D700001", "RE48000");
        assertThat(patents.values()).filteredOn(PatentRecord.class::isInstance).hasSize(3);
    }

    @Test
    void utilityPatentWithTwoAssigneesJoinedToTheirLocations() {
        Publication.Builder b = Publication.builder();
        b.pubId = "US-10396367-B2";
        b.country = "US";
        b.number = "10396367";
        b.kind = "B2";
        b.publicationDate = LocalDate.of(2019, 8, 27);
        b.grantDate = LocalDate.of(2019, 8, 27);
        b.applicationId = "US-16123456";
        b.applicationNumber = "16/123,456";
        b.filingDate = LocalDate.of(2018, 9, 6);
        b.priorityDate = LocalDate.of(2018, 9, 6);
        b.patentType = PatentType.INVENTION;
        b.title.put("en", "Flame-retardant polyamide composition with a \"low-smoke\" synergist");
        b.abstractText.put("en", "A polyamide composition comprising a phosphinate flame retardant and a"
                + " \"low-smoke\" synergist.\nThe composition is rated V-0 at a thickness of 0.8 mm.");
        b.claimCount = 20;
        b.cpc.add(new Classification("C08L77/06", true, true));
        b.cpc.add(new Classification("C08K5/5313", false, false));
        b.ipc.add(new Classification("C08L77/06", true, true));
        b.ipc.add(new Classification("C08K5/5313", false, false));
        b.assignees.add(new Party("Acme Plastics, Inc.", "ACME PLASTICS INC", PartyType.COMPANY, "US",
                "Akron, OH, US", null));
        b.assignees.add(new Party("Tokai Polymer Co., Ltd.", "TOKAI POLYMER CO LTD", PartyType.COMPANY, "JP",
                "Tokyo, JP", null));
        b.inventors.add(new Party("Smith, Mary", "SMITH MARY", PartyType.INDIVIDUAL, "US", "Akron, OH, US", null));
        b.inventors.add(new Party("Sato, Kenji", "SATO KENJI", PartyType.INDIVIDUAL, "JP", "Tokyo, JP", null));
        b.citations.add(new Citation("US-6966918-B1", "cited by examiner"));
        b.citations.add(new Citation("US-D668832-S", "cited by applicant"));
        b.citations.add(new Citation("US-4.123.456", "cited by other"));
        b.source = ref("g_patent.tsv", 2);

        assertThat(patents.get("10396367")).isEqualTo(new PatentRecord(b.build()));
    }

    @Test
    void designPatent() {
        Publication.Builder b = Publication.builder();
        b.pubId = "US-D700001-S1";
        b.country = "US";
        b.number = "D700001";
        b.kind = "S1";
        b.publicationDate = LocalDate.of(2014, 2, 25);
        b.grantDate = LocalDate.of(2014, 2, 25);
        b.applicationId = "US-29456789";
        b.applicationNumber = "29/456,789";
        b.filingDate = LocalDate.of(2013, 5, 20);
        b.priorityDate = LocalDate.of(2013, 5, 20);
        b.patentType = PatentType.DESIGN;
        b.title.put("en", "Beverage bottle");
        b.claimCount = 1;
        b.inventors.add(new Party("Rossi, Luca", "ROSSI LUCA", PartyType.INDIVIDUAL, "IT", "Milan, IT", null));
        b.source = ref("g_patent.tsv", 3);

        assertThat(patents.get("D700001")).isEqualTo(new PatentRecord(b.build()));
    }

    @Test
    void withdrawnReissueIsKeptWithItsStatus() {
        Publication p = ((PatentRecord) patents.get("RE48000")).publication();

        assertThat(p.pubId()).isEqualTo("US-RE48000-E");
        assertThat(p.patentType()).isEqualTo(PatentType.REISSUE);
        assertThat(p.sourceLegalStatus()).isEqualTo("withdrawn");
        assertThat(p.abstractText()).containsExactly(Map.entry("en",
                "A hinge assembly that locks the leg of a folding table in its open position."));
        assertThat(p.assignees()).containsExactly(new Party("Doe, Jane", "DOE JANE", PartyType.INDIVIDUAL, "US",
                "Akron, OH, US", null));
        assertThat(p.cpc()).containsExactly(new Classification("A47B3/091", true, true));
        assertThat(p.citations()).containsExactly(new Citation("US-5000000-A", "cited by examiner"));
        assertThat(p.source()).isEqualTo(ref("g_patent.tsv", 5));
    }

    @Test
    void anImpossibleGrantDateRejectsThePatent() {
        assertThat(patents.get("10500000")).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV,
                "g_patent.tsv", "line 4", Reject.TABLE_PATENTS, RejectReason.INVALID_DATE,
                "g_patent: patent_date of 10500000: impossible date 2019-02-30",
                "\"10500000\" \"utility\" \"2019-02-30\" \"Self-cleaning air filter\" \"B1\" \"12\" \"0\" \"ipg190226.xml\"")));
    }

    @Test
    void rowsOfAPatentMissingFromGPatentAreOneReject() {
        assertThat(patents.get("99999999")).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV,
                "g_cpc_current.tsv", "line 5", Reject.TABLE_PATENTS, RejectReason.UNMATCHED_ROWS,
                "rows for patent_id 99999999 in tables [g_cpc_current] but no g_patent row (release pv-2024-12-31)",
                "\"99999999\" \"0\" \"G\" \"G06\" \"G06F\" \"G06F16/00\" \"inventional\"")));
    }

    @Test
    void twoGPatentRowsForOnePatentAreRejected() {
        List<TableRow> rows = List.of(patentRow(9, "10000001", "utility", "B2"),
                patentRow(3, "10000001", "utility", "B2"));

        assertThat(assemble("10000001", rows)).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV,
                "g_patent.tsv", "line 9", Reject.TABLE_PATENTS, RejectReason.UNMATCHED_ROWS,
                "2 g_patent rows for patent_id 10000001 (g_patent.tsv line 3, g_patent.tsv line 9): a release has one",
                "10000001 utility 2020-01-07 B2")));
    }

    @Test
    void withLocationAddsThePlaceToACopyOfThePartyRow() {
        TableRow inventor = new TableRow(ref("g_inventor_disambiguated.tsv", 3), SET, "g_inventor_disambiguated",
                "10396367", AKRON_ID, fields("patent_id", "10396367", "disambig_inventor_name_last", "Smith",
                "location_id", AKRON_ID));
        TableRow akron = new TableRow(ref("g_location_disambiguated.tsv", 2), SET, "g_location_disambiguated",
                null, AKRON_ID, fields("location_id", AKRON_ID, "disambig_city", "Akron", "disambig_state", "OH",
                "disambig_country", "US", "latitude", "41.0814", "county", "Summit", "county_fips", "153"));

        TableRow joined = PatentsViewAssembler.withLocation(inventor, akron);

        // The joined row keeps the party row's own excerpt: a reject of it shows the line of the party's file.
        assertThat(joined).isEqualTo(new TableRow(ref("g_inventor_disambiguated.tsv", 3), SET,
                "g_inventor_disambiguated", "10396367", AKRON_ID, fields("patent_id", "10396367",
                "disambig_inventor_name_last", "Smith", "location_id", AKRON_ID, "disambig_city", "Akron",
                "disambig_state", "OH", "disambig_country", "US", "county", "Summit"), inventor.excerpt()));
        assertThat(inventor.fields()).hasSize(3);
        assertThat(PatentsViewAssembler.withLocation(inventor, null)).isSameAs(inventor);
        TableRow elsewhere = new TableRow(akron.source(), SET, akron.table(), null, "other", akron.fields());
        assertThatThrownBy(() -> PatentsViewAssembler.withLocation(inventor, elsewhere))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void applicationIdShapes() {
        assertThat(PatentsViewAssembler.applicationDigits("02/002761", "2")).isEqualTo("02002761");
        assertThat(PatentsViewAssembler.applicationDigits("2/002761", null)).isEqualTo("02002761");
        assertThat(PatentsViewAssembler.applicationDigits("14185552", "14")).isEqualTo("14185552");
        assertThat(PatentsViewAssembler.applicationDigits("185552", "14")).isEqualTo("14185552");
        assertThat(PatentsViewAssembler.applicationDigits("002761", "2.0")).isEqualTo("02002761");
        assertThat(PatentsViewAssembler.applicationDigits("185552", null)).isNull();
        assertThat(PatentsViewAssembler.applicationDigits("D/535207", "D")).isNull();

        Publication serialOnly = publication(List.of(patentRow(2, "10000001", "utility", "B2"),
                applicationRow("185552", "14", "2014-02-20")));
        assertThat(serialOnly.applicationId()).isEqualTo("US-14185552");
        assertThat(serialOnly.applicationNumber()).isEqualTo("14/185,552");
        Publication oldDesignSeries = publication(List.of(patentRow(2, "D371814", "design", "S"),
                applicationRow("D/535207", "D", "1990-07-26")));
        assertThat(oldDesignSeries.applicationId()).isEqualTo("US-D535207");
        assertThat(oldDesignSeries.applicationNumber()).isEqualTo("D/535207");
    }

    @Test
    void aFilingDateAfterTheGrantDateIsRejected() {
        Ingested result = assemble("10000001", List.of(patentRow(2, "10000001", "utility", "B2"),
                applicationRow("16/000001", "16", "2021-03-01")));

        assertThat(((Rejected) result).reject().reasonCode()).isEqualTo(RejectReason.INCONSISTENT_DATES);
        assertThat(((Rejected) result).reject().reason()).isEqualTo(
                "g_application: filing date 2021-03-01 is after the grant date 2020-01-07 of 10000001");
    }

    @Test
    void patentTypesAndTheKindFallback() {
        assertThat(PatentsViewAssembler.patentType("utility", "B2")).isEqualTo(PatentType.INVENTION);
        assertThat(PatentsViewAssembler.patentType("plant", "P3")).isEqualTo(PatentType.PLANT);
        assertThat(PatentsViewAssembler.patentType("defensive publication", "I4"))
                .isEqualTo(PatentType.STATUTORY_REGISTRATION);
        assertThat(PatentsViewAssembler.patentType("statutory_invention_registration", "H1"))
                .isEqualTo(PatentType.STATUTORY_REGISTRATION);
        assertThat(PatentsViewAssembler.patentType(null, "S1")).isEqualTo(PatentType.DESIGN);
        assertThat(PatentsViewAssembler.patentType("TVPP", "P2")).isEqualTo(PatentType.PLANT);
    }

    @Test
    void assigneeTypeCodes() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(patentRow(2, "10000001", "utility", "B2"));
        rows.add(assigneeRow(0, "Massachusetts Institute of Technology", "2"));
        rows.add(assigneeRow(1, "Siemens Aktiengesellschaft", "13"));
        rows.add(assigneeRow(2, "The United States of America as represented by the Secretary of the Navy", "6"));
        rows.add(assigneeRow(3, "Globex", "2.0"));
        rows.add(assigneeRow(4, "Robert Bosch GmbH", "1"));

        assertThat(publication(rows).assignees()).extracting(Party::type).containsExactly(
                PartyType.UNIVERSITY, PartyType.COMPANY, PartyType.GOVERNMENT, PartyType.COMPANY,
                PartyType.COMPANY);
    }

    @Test
    void ipcWithoutSymbolPositionsTakesTheFirstAsMain() {
        Publication p = publication(List.of(patentRow(2, "10000001", "utility", "B2"),
                ipcRow(3, 1, "B", "60", "L", "53", "00"),
                ipcRow(2, 0, "H", "01", "M", "10", "0525")));

        assertThat(p.ipc()).containsExactly(new Classification("H01M10/0525", true, null),
                new Classification("B60L53/00", false, null));
    }

    @Test
    void gPatentAbstractColumnWinsOverTheAbstractTable() {
        TableRow patent = new TableRow(ref("g_patent.tsv", 2), SET, "g_patent", "10000001", null,
                fields("patent_id", "10000001", "patent_type", "utility", "patent_date", "2020-01-07",
                        "patent_abstract", "From g_patent.", "wipo_kind", "B2"));
        TableRow abstractRow = new TableRow(ref("g_patent_abstract.tsv", 2), SET, "g_patent_abstract", "10000001",
                null, fields("patent_id", "10000001", "patent_abstract", "From g_patent_abstract."));

        assertThat(publication(List.of(abstractRow, patent)).abstractText())
                .containsExactly(Map.entry("en", "From g_patent."));
    }

    @Test
    void aCpcSymbolThatDoesNotParseRejectsThePatentAtItsRow() {
        TableRow cpc = new TableRow(ref("g_cpc_current.tsv", 7), SET, "g_cpc_current", "10000001", null,
                fields("patent_id", "10000001", "cpc_sequence", "0", "cpc_group", "G06F16/",
                        "cpc_type", "inventional"));

        Ingested result = assemble("10000001", List.of(patentRow(2, "10000001", "utility", "B2"), cpc));

        assertThat(result).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV, "g_cpc_current.tsv",
                "line 7", Reject.TABLE_PATENTS, RejectReason.MALFORMED_RECORD,
                "g_cpc_current: not an IPC/CPC symbol: G06F16/ (patent_id 10000001)",
                "10000001 0 G06F16/ inventional")));
    }

    @Test
    void aClaimCountThatIsNotANumberIsRejected() {
        TableRow patent = new TableRow(ref("g_patent.tsv", 2), SET, "g_patent", "10000001", null,
                fields("patent_id", "10000001", "patent_type", "utility", "patent_date", "2020-01-07",
                        "wipo_kind", "B2", "num_claims", "twelve"));

        Reject reject = ((Rejected) assemble("10000001", List.of(patent))).reject();

        assertThat(reject.reasonCode()).isEqualTo(RejectReason.INVALID_NUMBER);
        assertThat(reject.reason()).isEqualTo("g_patent: num_claims is not a count: twelve");
    }

    private static Ingested assemble(String patentId, List<TableRow> rows) {
        return PatentsViewAssembler.assemble(SET, patentId, rows, PARTIES);
    }

    private static Publication publication(List<TableRow> rows) {
        return ((PatentRecord) assemble(rows.get(0).joinKey(), rows)).publication();
    }

    private static TableRow patentRow(int line, String patentId, String type, String kind) {
        return new TableRow(ref("g_patent.tsv", line), SET, "g_patent", patentId, null, fields("patent_id", patentId,
                "patent_type", type, "patent_date", "2020-01-07", "wipo_kind", kind));
    }

    private static TableRow applicationRow(String applicationId, String series, String filed) {
        return new TableRow(ref("g_application.tsv", 2), SET, "g_application", "10000001", null,
                fields("application_id", applicationId, "filing_date", filed, "series_code", series));
    }

    private static TableRow assigneeRow(int sequence, String organisation, String type) {
        return new TableRow(ref("g_assignee_disambiguated.tsv", 10 + sequence), SET, "g_assignee_disambiguated",
                "10000001", null, fields("patent_id", "10000001", "assignee_sequence", Integer.toString(sequence),
                "disambig_assignee_organization", organisation, "assignee_type", type));
    }

    private static TableRow ipcRow(int line, int sequence, String section, String klass, String subclass,
                                   String mainGroup, String subgroup) {
        return new TableRow(ref("g_ipc_at_issue.tsv", line), SET, "g_ipc_at_issue", "10000001", null,
                fields("patent_id", "10000001", "ipc_sequence", Integer.toString(sequence), "section", section,
                        "ipc_class", klass, "subclass", subclass, "main_group", mainGroup, "subgroup", subgroup));
    }
}
