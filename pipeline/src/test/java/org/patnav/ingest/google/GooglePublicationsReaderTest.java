package org.patnav.ingest.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.ingest.Head;
import org.patnav.ingest.Ingested;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;

class GooglePublicationsReaderTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GooglePublicationsReaderTest.class.getResource(name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void recognisesPublicationRowsByContent() {
        var reader = new GooglePublicationsReader();
        assertThat(reader.recognises(new Head("x",
                "{\"publication_number\":\"CN-1-A\",\"publication_date\":20200101}\n".getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(reader.recognises(new Head("x",
                "[\n {\"publication_number\": 1, \"publication_date\": 0}]".getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        // Google's research table (abs_and_emb) keys rows by publication_number too, without dates.
        assertThat(reader.recognises(new Head("x",
                "{\"publication_number\":\"CN-1-A\",\"embedding_v1\":[]}\n".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(reader.recognises(new Head("x", "{\"cpc\": []}\n".getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(reader.recognises(new Head("x", "publication_number\tcountry\n".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
    }

    @Test
    void ndjsonWithNativeArraysAndABrokenLine() throws Exception {
        Path file = fixture("publications-bigquery.ndjson");
        List<Ingested> records = GoogleIngest.read(file);

        assertThat(records).hasSize(3);
        List<Reject> rejects = GoogleIngest.rejects(records);
        assertThat(rejects).extracting(Reject::locator, Reject::reasonCode, Reject::table, Reject::format)
                .containsExactly(tuple("line 2", RejectReason.MALFORMED_RECORD, Reject.TABLE_PATENTS,
                        SourceFormat.GOOGLE_JSON));
        assertThat(rejects.getFirst().reason()).startsWith("not valid JSON: ");
        assertThat(rejects.getFirst().excerpt()).startsWith("{\"publication_number\":\"CN-101000001-A\"");

        List<Publication> pubs = GoogleIngest.publications(records);
        assertThat(pubs).extracting(Publication::pubId, p -> p.source().locator())
                .containsExactly(tuple("CN-201123456-Y", "line 1"), tuple("US-20130014308-A1", "line 3"));

        Publication cn = pubs.get(0);
        assertThat(cn.applicationId()).isEqualTo("CN-200820123456");
        assertThat(cn.applicationNumber()).isEqualTo("200820123456.7");
        assertThat(cn.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(cn.publicationDate()).isEqualTo(LocalDate.of(2009, 9, 30));
        assertThat(cn.filingDate()).isEqualTo(LocalDate.of(2008, 12, 10));
        assertThat(cn.priorityDate()).isEqualTo(LocalDate.of(2008, 12, 10));
        assertThat(cn.priorities()).isEmpty();
        assertThat(cn.title()).containsExactly(entry("zh", "一种茶叶烘干装置"));
        assertThat(cn.ipc()).containsExactly(
                new Classification("A23F3/06", true, true),
                new Classification("F26B17/20", false, true));
        assertThat(cn.applicants()).extracting(Party::rawName, Party::type, Party::country)
                .containsExactly(tuple("浙江大学", PartyType.UNIVERSITY, "CN"));
        assertThat(cn.inventors()).extracting(Party::rawName).containsExactly("张三", "李四");
        assertThat(cn.citations()).containsExactly(new Citation("CN-2850252-Y", null));
        assertThat(cn.familyId()).isEqualTo("41234567");

        Publication us = pubs.get(1);
        assertThat(us.number()).isEqualTo("20130014308");
        assertThat(us.applicationId()).isEqualTo("US-13182530");
        assertThat(us.applicationNumber()).isEqualTo("13/182,530");
        assertThat(us.grantDate()).isNull();
        assertThat(us.priorityDate()).isEqualTo(LocalDate.of(2011, 7, 8));
        assertThat(us.priorities()).containsExactly(
                new Priority("US", "201161505678", LocalDate.of(2011, 7, 8)));
        assertThat(us.title()).containsExactly(entry("en", "Heat exchanger"));
        assertThat(us.claims()).containsExactly(entry("en", "1. A heat exchanger comprising a core."));
        assertThat(us.entityStatus()).isEqualTo("large");
        // F28F9/02@A is an FI-style symbol that leaked into the CPC column: skipped, row kept.
        assertThat(us.cpc()).containsExactly(
                new Classification("F28F9/0246", true, true),
                new Classification("F28F2009/004", false, false));
        assertThat(us.applicants()).isEmpty();
        assertThat(us.assignees()).extracting(Party::rawName, Party::country)
                .containsExactly(tuple("Acme Thermal, Inc.", "US"));
        assertThat(us.inventors()).extracting(Party::rawName, Party::type, Party::country)
                .containsExactly(tuple("SMITH JOHN", PartyType.INDIVIDUAL, "US"));
        assertThat(us.citations()).containsExactly(new Citation("US-7650331-B1", "SEA"));
    }

    @Test
    void jsonArrayOfRowsWithNestedColumnsAsNativeJsonOrStrings() throws Exception {
        List<Ingested> records = GoogleIngest.read(fixture("publications-array.json"));

        assertThat(GoogleIngest.rejects(records)).isEmpty();
        List<Publication> pubs = GoogleIngest.publications(records);
        assertThat(pubs).extracting(Publication::pubId, p -> p.source().locator())
                .containsExactly(tuple("DE-202010001234-U1", "row 1"), tuple("EP-2345678-B1", "row 2"));

        Publication de = pubs.get(0);
        assertThat(de.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(de.applicationId()).isEqualTo("DE-202010001234");
        assertThat(de.applicationNumber()).isEqualTo("DE202010001234U");
        assertThat(de.familyId()).isNull();
        assertThat(de.pctNumber()).as("a blank pct_number is a direct filing").isNull();
        assertThat(de.title()).containsExactly(entry("de", "Schraubenverdichter"));
        assertThat(de.ipc()).containsExactly(new Classification("F04C18/02", true, true));
        assertThat(de.applicants()).extracting(Party::rawName, Party::country)
                .containsExactly(tuple("Muster GmbH", "DE"));

        Publication ep = pubs.get(1);
        assertThat(ep.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(ep.applicationId()).isEqualTo("EP-10123456");
        assertThat(ep.title()).containsOnlyKeys("de", "en", "fr");
        assertThat(ep.priorityDate()).isEqualTo(LocalDate.of(2009, 9, 4));
        assertThat(ep.priorities()).containsExactly(new Priority("JP", "2009204567", LocalDate.of(2009, 9, 4)));
        // Google's pct_number makes this EP application a Euro-PCT one (the fee engine's Rule 159(1)(g)).
        assertThat(ep.pctNumber()).isEqualTo("PCT/JP2010/065123");
        // The harmonised names carry two countries: no single country can be given to either party.
        assertThat(ep.applicants()).extracting(Party::rawName, Party::country)
                .containsExactly(tuple("Sanden Corporation", null), tuple("Sanden Holdings Corp.", null));
        assertThat(ep.inventors()).extracting(Party::rawName).containsExactly("Tanaka, Taro");
        assertThat(ep.citations()).containsExactly(
                new Citation("JP-2005188353-A", "SEA"), new Citation("EP-1760320-A2", "EXA"));
    }

    @Test
    void prettyPrintedRowsOneAfterAnotherAreRows() throws Exception {
        Path file = write("jq.json", """
                {
                  "publication_number": "EP-2345678-B1",
                  "publication_date": "20140305"
                }
                {
                  "publication_number": "EP-2345679-B1",
                  "publication_date": "20140312"
                }
                """);
        assertThat(GoogleIngest.publications(GoogleIngest.read(file)))
                .extracting(Publication::pubId, Publication::publicationDate, p -> p.source().locator())
                .containsExactly(
                        tuple("EP-2345678-B1", LocalDate.of(2014, 3, 5), "row 1"),
                        tuple("EP-2345679-B1", LocalDate.of(2014, 3, 12), "row 2"));
    }

    @Test
    void brokenRowInAnArrayStopsReadingWithOneReject() throws Exception {
        Path file = write("rows.json", """
                [
                  {"publication_number": "EP-2345678-B1", "publication_date": 20140305},
                  {"publication_number": "EP-2345679-B1", "publication_date": 20140305,,
                  {"publication_number": "EP-2345680-B1", "publication_date": 20140305}
                ]
                """);
        List<Ingested> records = GoogleIngest.read(file);

        assertThat(GoogleIngest.publications(records)).extracting(Publication::pubId).containsExactly("EP-2345678-B1");
        List<Reject> rejects = GoogleIngest.rejects(records);
        assertThat(rejects).extracting(Reject::locator, Reject::reasonCode)
                .containsExactly(tuple("row 2", RejectReason.MALFORMED_RECORD));
        assertThat(rejects.getFirst().reason()).startsWith("malformed JSON at line 3, column")
                .endsWith("reading stopped at row 2");
    }

    @Test
    void arrayCutInsideARowIsTruncated() throws Exception {
        String whole = Files.readString(fixture("publications-array.json"), StandardCharsets.UTF_8);
        Path file = write("cut.json", whole.substring(0, whole.indexOf("\"EP-2345678-B1\"")));
        List<Ingested> records = GoogleIngest.read(file);

        assertThat(GoogleIngest.publications(records)).extracting(Publication::pubId)
                .containsExactly("DE-202010001234-U1");
        assertThat(GoogleIngest.rejects(records)).extracting(Reject::locator, Reject::reasonCode)
                .containsExactly(tuple("row 2", RejectReason.TRUNCATED));
    }

    @Test
    void gzippedNdjsonThroughFileIngest() throws Exception {
        Path gz = dir.resolve("publications-000000000000.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(fixture("publications-bigquery.ndjson")));
        }
        List<Ingested> records = GoogleIngest.read(gz);

        // A compressed file keeps its own name: it is the file the user has.
        String entry = gz.toString();
        assertThat(GoogleIngest.publications(records)).extracting(Publication::pubId, p -> p.source().file())
                .containsExactly(tuple("CN-201123456-Y", entry), tuple("US-20130014308-A1", entry));
        assertThat(GoogleIngest.rejects(records)).extracting(Reject::locator, Reject::file)
                .containsExactly(tuple("line 2", entry));
    }

    @Test
    void truncatedGzipKeepsTheRowsReadAndReportsTheFailure() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            rows.append("{\"publication_number\":\"EP-").append(1_000_000 + i)
                    .append("-A1\",\"publication_date\":20140305,\"title_localized\":[{\"language\":\"en\",\"text\":\"Row ")
                    .append(i).append(" of a long export\"}]}\n");
        }
        Path whole = dir.resolve("whole.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.json.gz"), Arrays.copyOf(bytes, bytes.length * 3 / 4));

        List<Ingested> records = GoogleIngest.read(cut);

        int read = GoogleIngest.publications(records).size();
        assertThat(read).isBetween(1, 2999);
        assertThat(records.getLast()).isInstanceOf(Ingested.Rejected.class);
        Reject last = ((Ingested.Rejected) records.getLast()).reject();
        assertThat(last.table()).isEqualTo(Reject.TABLE_FILES);
        assertThat(last.reasonCode()).isEqualTo(RejectReason.TRUNCATED);
        assertThat(last.reason()).startsWith("reading stopped: ");
        assertThat(GoogleIngest.rejects(records)).hasSize(1);
    }

    @Test
    void impossibleDateIsRejected() throws Exception {
        Path file = write("bad-date.json", """
                {"publication_number":"CN-101481674-B","application_number":"CN-200910095505-A","publication_date":20110231,"filing_date":20090119}
                """);
        List<Reject> rejects = GoogleIngest.rejects(GoogleIngest.read(file));

        assertThat(rejects).extracting(Reject::locator, Reject::reasonCode, Reject::reason)
                .containsExactly(tuple("line 1", RejectReason.INVALID_DATE,
                        "CN-101481674-B: publication_date: impossible date 20110231"));
    }

    @Test
    void filingAfterPublicationIsRejected() throws Exception {
        Path file = write("late.json", """
                {"publication_number":"CN-101481674-B","publication_date":20110921,"filing_date":20120119}
                """);
        assertThat(GoogleIngest.rejects(GoogleIngest.read(file)))
                .extracting(Reject::reasonCode).containsExactly(RejectReason.INCONSISTENT_DATES);
    }

    @Test
    void wrongCnCheckDigitIsRejected() throws Exception {
        Path file = write("check.json", """
                {"publication_number":"CN-101481674-B","application_number":"CN-200910095505-A","application_number_formatted":"CN 200910095505.3","publication_date":20110921}
                """);
        List<Reject> rejects = GoogleIngest.rejects(GoogleIngest.read(file));

        assertThat(rejects).extracting(Reject::reasonCode).containsExactly(RejectReason.BAD_CHECK_DIGIT);
        assertThat(rejects.getFirst().reason()).isEqualTo("CN-101481674-B: bad check digit in CN application number "
                + "CN 200910095505.3: expected X, found 3");
        assertThat(rejects.getFirst().excerpt()).contains("\"publication_number\":\"CN-101481674-B\"");
    }

    @Test
    void missingOrInvalidPublicationNumberAndMissingDate() throws Exception {
        Path file = write("numbers.json", """
                {"application_number":"CN-200910095505-A","publication_date":20110921}
                {"publication_number":"not a number","publication_date":20110921}
                {"publication_number":"CN-101481674-B","publication_date":0}
                """);
        assertThat(GoogleIngest.rejects(GoogleIngest.read(file)))
                .extracting(Reject::locator, Reject::reasonCode)
                .containsExactly(
                        tuple("line 1", RejectReason.MISSING_FIELD),
                        tuple("line 2", RejectReason.INVALID_NUMBER),
                        tuple("line 3", RejectReason.MISSING_FIELD));
    }
}
