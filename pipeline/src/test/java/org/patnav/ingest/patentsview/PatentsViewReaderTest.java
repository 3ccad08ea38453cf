package org.patnav.ingest.patentsview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.ingest.patentsview.PatentsViewFiles.SET;
import static org.patnav.ingest.patentsview.PatentsViewFiles.read;
import static org.patnav.ingest.patentsview.PatentsViewFiles.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.patnav.ingest.Head;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.Ingested.Rejected;
import org.patnav.ingest.Ingested.TableRow;
import org.patnav.ingest.Readers;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

class PatentsViewReaderTest {

    private static final String AKRON = "5a3b1c2d-0e4f-11ed-9b6a-0242ac120002";
    private static final String TOKYO = "7c9d8e1f-0e4f-11ed-9b6a-0242ac120002";

    private final PatentsViewReader reader = new PatentsViewReader();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "g_patent.tsv, g_patent, 4",
            "g_patent_abstract.tsv, g_patent_abstract, 2",
            "g_application.tsv, g_application, 4",
            "g_assignee_disambiguated.tsv, g_assignee_disambiguated, 3",
            "g_location_disambiguated.tsv, g_location_disambiguated, 3",
            "g_inventor_disambiguated.tsv, g_inventor_disambiguated, 4",
            "g_cpc_current.tsv, g_cpc_current, 6",
            "g_ipc_at_issue.tsv, g_ipc_at_issue, 3",
            "g_us_patent_citation.tsv, g_us_patent_citation, 4"})
    void eachTableIsRecognisedByItsHeaderAndReadRowByRow(String file, String tableId, int rows) throws IOException {
        Head head = new Head(file, Files.readAllBytes(table(file)));
        assertThat(reader.recognises(head)).isTrue();
        assertThat(Readers.detect(head)).containsInstanceOf(PatentsViewReader.class);

        List<TableRow> read = read(table(file)).stream()
                .filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
        assertThat(read).hasSize(rows);
        assertThat(read).allSatisfy(r -> {
            assertThat(r.table()).isEqualTo(tableId);
            assertThat(r.setId()).isEqualTo(SET);
            assertThat(r.format()).isEqualTo(SourceFormat.PATENTSVIEW_TSV);
        });
    }

    @Test
    void tablesAreToldApartByTheirColumnsInAnyOrderWithExtraColumns() {
        assertThat(identify("patent_abstract\tpatent_title\tPATENT_ID\tpatent_date\twipo_kind\tpatent_type"))
                .contains(PatentsViewTable.PATENT);
        assertThat(identify("\"patent_id\"\t\"patent_abstract\"")).contains(PatentsViewTable.PATENT_ABSTRACT);
        assertThat(identify("patent_id\tcpc_sequence\tcpc_section\tcpc_class\tcpc_subclass\tcpc_group\tcpc_type"
                + "\tcpc_symbol_position")).contains(PatentsViewTable.CPC_CURRENT);
    }

    @Test
    void otherPatentsViewTablesAndOtherFormatsAreNotRecognised() {
        assertThat(identify("\"patent_id\"\t\"cpc_sequence\"\t\"cpc_version_indicator\"\t\"cpc_section\"\t\"cpc_class\""
                + "\t\"cpc_subclass\"\t\"cpc_group\"\t\"cpc_type\"\t\"cpc_action_date\"")).isEmpty();
        assertThat(identify("\"patent_id\"\t\"claim_sequence\"\t\"claim_text\"\t\"dependent\"\t\"claim_number\""))
                .isEmpty();
        assertThat(identify("rawlocation_id\tlocation_id\traw_city\traw_state\traw_country")).isEmpty();
        assertThat(reader.recognises(head("patent_id,patent_type,patent_date,patent_title,wipo_kind\n")))
                .isFalse();
        assertThat(reader.recognises(head("<?xml version=\"1.0\"?>\n<us-patent-grant lang=\"EN\">\n"))).isFalse();
        assertThat(reader.recognises(head(""))).isFalse();
    }

    @Test
    void patentRowsCarryTheirFieldsByColumnNameAndTheMalformedLineIsRejected() {
        List<Ingested> records = read(table("g_patent.tsv"));

        assertThat(records).hasSize(5);
        assertThat(records.get(0)).isEqualTo(new TableRow(ref("g_patent.tsv", 2), SET, "g_patent", "10396367",
                null, fields("patent_id", "10396367", "patent_type", "utility", "patent_date", "2019-08-27",
                "patent_title", "Flame-retardant polyamide composition with a \"low-smoke\" synergist",
                "wipo_kind", "B2", "num_claims", "20", "withdrawn", "0", "filename", "ipg190827.xml"),
                "\"10396367\" \"utility\" \"2019-08-27\" \"Flame-retardant polyamide composition with a \"\"low-smoke\"\" synergist\" \"B2\" \"20\" \"0\" \"ipg190827.xml\""));
        assertThat(records.subList(0, 4)).extracting(r -> ((TableRow) r).joinKey())
                .containsExactly("10396367", "D700001", "10500000", "RE48000");
        assertThat(records.get(4)).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV, "g_patent.tsv",
                "line 6", Reject.TABLE_PATENTS, RejectReason.MALFORMED_RECORD,
                "g_patent: the record has 3 values, the header 8 columns",
                "\"10600000\" \"utility\" \"2020-03-24\"")));
    }

    @Test
    void aQuotedAbstractSpansLinesAndKeepsItsQuotes() {
        List<Ingested> records = read(table("g_patent_abstract.tsv"));

        assertThat(records).containsExactly(
                new TableRow(ref("g_patent_abstract.tsv", 2), SET, "g_patent_abstract", "10396367", null,
                        fields("patent_id", "10396367", "patent_abstract", "A polyamide composition comprising a"
                                + " phosphinate flame retardant and a \"low-smoke\" synergist.\nThe composition is"
                                + " rated V-0 at a thickness of 0.8 mm."),
                "\"10396367\" \"A polyamide composition comprising a phosphinate flame retardant and a \"\"low-smoke\"\" synergist. The composition is rated V-0 at a thickness of 0.8 mm.\""),
                new TableRow(ref("g_patent_abstract.tsv", 4), SET, "g_patent_abstract", "RE48000", null,
                        fields("patent_id", "RE48000", "patent_abstract",
                                "A hinge assembly that locks the leg of a folding table in its open position."),
                "\"RE48000\" \"A hinge assembly that locks the leg of a folding table in its open position.\""));
    }

    @Test
    void locationRowsHaveNoPatentAndDropEmptyValues() {
        List<Ingested> records = read(table("g_location_disambiguated.tsv"));

        assertThat(records.get(1)).isEqualTo(new TableRow(ref("g_location_disambiguated.tsv", 3), SET,
                "g_location_disambiguated", null, TOKYO, fields("location_id", TOKYO, "disambig_city", "Tokyo",
                "disambig_country", "JP", "latitude", "35.6895", "longitude", "139.6917"),
                "\"7c9d8e1f-0e4f-11ed-9b6a-0242ac120002\" \"Tokyo\" \"\" \"JP\" 35.6895 139.6917 \"\" \"\" \"\""));
    }

    @Test
    void partyRowsCarryTheLocationTheyReference() {
        List<Ingested> records = read(table("g_assignee_disambiguated.tsv"));

        assertThat(records).extracting(r -> ((TableRow) r).locationId()).containsExactly(TOKYO, AKRON, AKRON);
        assertThat(records.get(2)).isEqualTo(new TableRow(ref("g_assignee_disambiguated.tsv", 4), SET,
                "g_assignee_disambiguated", "RE48000", AKRON, fields("patent_id", "RE48000",
                "assignee_sequence", "0", "assignee_id", "6b5a4938-2716-4d5e-9f8a-7b6c5d4e3f2a",
                "disambig_assignee_individual_name_first", "Jane", "disambig_assignee_individual_name_last", "Doe",
                "assignee_type", "4", "location_id", AKRON),
                "\"RE48000\" \"0\" \"6b5a4938-2716-4d5e-9f8a-7b6c5d4e3f2a\" \"Jane\" \"Doe\" \"\" \"4\" \"5a3b1c2d-0e4f-11ed-9b6a-0242ac120002\""));
    }

    @Test
    void aQuoteThatNeverClosesCostsOnlyItsLine() throws IOException {
        Path file = write("abstracts.tsv", "\"patent_id\"\t\"patent_abstract\"\n"
                + "\"10000001\"\t\"A good abstract.\"\n"
                + "\"10000002\"\t\"An abstract whose closing quote is missing.\n"
                + "10000003\tAnother good abstract.\n"
                + "10000004\tThe last abstract.\n");

        List<Ingested> records = read(file);

        assertThat(records).hasSize(4);
        assertThat(records.get(1)).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV, "abstracts.tsv",
                "line 3", Reject.TABLE_PATENTS, RejectReason.MALFORMED_RECORD,
                "g_patent_abstract: quoted value opened on line 3 is not closed before the end of the input",
                "\"10000002\" \"An abstract whose closing quote is missing.")));
        assertThat(records).extracting(r -> r instanceof TableRow t ? t.source().locator() + " " + t.joinKey() : "-")
                .containsExactly("line 2 10000001", "-", "line 4 10000003", "line 5 10000004");
    }

    @Test
    void aStrayQuoteThatRunsIntoTheNextRowCostsOnlyItsLine() throws IOException {
        Path file = write("abstracts.tsv", "\"patent_id\"\t\"patent_abstract\"\n"
                + "\"10000002\"\t\"A 12\"\" wheel\n"
                + "\"10000003\"\t\"Another good abstract.\"\n");

        List<Ingested> records = read(file);

        assertThat(records).hasSize(2);
        Reject reject = ((Rejected) records.get(0)).reject();
        assertThat(reject.locator()).isEqualTo("line 2");
        assertThat(reject.reasonCode()).isEqualTo(RejectReason.MALFORMED_RECORD);
        assertThat(reject.reason()).startsWith("g_patent_abstract: a quoted value opened on line 2 runs to line 3"
                + " and the record does not parse (").endsWith("); reading goes on from line 3");
        assertThat(reject.excerpt()).isEqualTo("\"10000002\" \"A 12\"\" wheel");
        assertThat(records.get(1)).isEqualTo(new TableRow(ref("abstracts.tsv", 3), SET, "g_patent_abstract",
                "10000003", null, fields("patent_id", "10000003", "patent_abstract", "Another good abstract."),
                "\"10000003\" \"Another good abstract.\""));
    }

    @Test
    void textAfterAClosingQuoteAndAMissingPatentIdAreRejects() throws IOException {
        Path file = write("abstracts.tsv", "\"patent_id\"\t\"patent_abstract\"\n"
                + "\"10000002\"\t\"A \"bad\" quote\"\n"
                + "\"\"\t\"An abstract of no patent.\"\n"
                + "\"10000004\"\t\"A good abstract.\"\n");

        List<Ingested> records = read(file);

        assertThat(records).hasSize(3);
        Reject quote = ((Rejected) records.get(0)).reject();
        assertThat(quote.locator()).isEqualTo("line 2");
        assertThat(quote.reasonCode()).isEqualTo(RejectReason.MALFORMED_RECORD);
        assertThat(quote.reason()).startsWith("g_patent_abstract: cannot parse: ");
        assertThat(records.get(1)).isEqualTo(new Rejected(new Reject(SourceFormat.PATENTSVIEW_TSV, "abstracts.tsv",
                "line 3", Reject.TABLE_PATENTS, RejectReason.MISSING_FIELD, "g_patent_abstract: no patent_id",
                "\"\" \"An abstract of no patent.\"")));
        assertThat(((TableRow) records.get(2)).joinKey()).isEqualTo("10000004");
    }

    @Test
    void aByteOrderMarkCarriageReturnsAndUnquotedValuesAreRead() throws IOException {
        Path file = dir.resolve("app.tsv");
        Files.write(file, ("\uFEFFapplication_id\tpatent_id\tpatent_application_type\tfiling_date\tseries_code"
                + "\trule_47_flag\r\n02/002761\tD345393\t2\t1992-12-23\t2\t0\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(reader.recognises(new Head("app.tsv", Files.readAllBytes(file)))).isTrue();
        assertThat(read(file)).containsExactly(new TableRow(ref("app.tsv", 2), SET, "g_application", "D345393",
                null, fields("application_id", "02/002761", "patent_id", "D345393", "patent_application_type", "2",
                "filing_date", "1992-12-23", "series_code", "2", "rule_47_flag", "0")));
    }

    @Test
    void aZippedTableIsReadThroughFileIngest() throws IOException {
        Path zip = dir.resolve("g_cpc_current.tsv.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("g_cpc_current.tsv"));
            z.write(Files.readAllBytes(table("g_cpc_current.tsv")));
            z.closeEntry();
        }

        List<Ingested> records = read(zip);

        assertThat(records).hasSize(6).allMatch(TableRow.class::isInstance);
        assertThat(records.get(3)).isEqualTo(new TableRow(
                new SourceRef(SourceFormat.PATENTSVIEW_TSV, "g_cpc_current.tsv.zip!/g_cpc_current.tsv", "line 5"),
                SET, "g_cpc_current", "99999999", null, fields("patent_id", "99999999", "cpc_sequence", "0",
                "cpc_section", "G", "cpc_class", "G06", "cpc_subclass", "G06F", "cpc_group", "G06F16/00",
                "cpc_type", "inventional"),
                "\"99999999\" \"0\" \"G\" \"G06\" \"G06F\" \"G06F16/00\" \"inventional\""));
    }

    @Test
    void aTruncatedArchiveKeepsItsRowsAndEndsInOneReject() throws IOException {
        StringBuilder cpc = new StringBuilder("patent_id\tcpc_sequence\tcpc_section\tcpc_class\tcpc_subclass"
                + "\tcpc_group\tcpc_type\n");
        for (int i = 0; i < 20_000; i++) {
            cpc.append(10_000_000 + i).append("\t0\tH\tH01\tH01M\tH01M10/0525\tinventional\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(cpc.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Path file = dir.resolve("g_cpc_current.tsv.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length * 3 / 4));

        List<Ingested> records = read(file);

        Ingested last = records.get(records.size() - 1);
        assertThat(records.subList(0, records.size() - 1)).hasSizeGreaterThan(5_000)
                .allMatch(TableRow.class::isInstance);
        assertThat(last).isInstanceOf(Rejected.class);
        Reject reject = ((Rejected) last).reject();
        assertThat(reject.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
        assertThat(reject.file()).isEqualTo("g_cpc_current.tsv.gz");
        assertThat(reject.locator()).matches("after line \\d+");
    }

    private static Optional<PatentsViewTable> identify(String headerLine) {
        return PatentsViewTable.identify(PatentsViewReader.headerNames(headerLine));
    }

    private static Head head(String text) {
        return new Head("x", text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static SourceRef ref(String file, int line) {
        return new SourceRef(SourceFormat.PATENTSVIEW_TSV, file, "line " + line);
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
