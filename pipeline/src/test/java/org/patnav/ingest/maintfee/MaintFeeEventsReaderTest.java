package org.patnav.ingest.maintfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.RealData;
import org.patnav.ingest.Head;
import org.patnav.ingest.Ingested;
import org.patnav.model.EventCategory;
import org.patnav.model.LegalEvent;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The events file, against the layout of the USPTO "Patent Grant Maintenance Fee Events File
 * Documentation" (April 2025) and the 164 sample records of its Table 3.
 */
class MaintFeeEventsReaderTest {

    private static final String SAMPLE = "uspto-maintfee/MaintFeeEvents_SAMPLE_transcribed_from_USPTO_doc_Table3.txt";
    private static final String SAMPLE_NAME = "MaintFeeEvents_SAMPLE_transcribed_from_USPTO_doc_Table3.txt";

    private final MaintFeeEventsReader reader = new MaintFeeEventsReader();

    @TempDir
    Path tmp;

    @Test
    void readsEveryLineOfTheDocumentationSampleAsAnEvent() {
        List<Ingested> records = MaintFeeFiles.read(reader, RealData.path(SAMPLE));

        assertThat(records).hasSize(164).allMatch(r -> r instanceof Ingested.EventRecord);
        List<LegalEvent> events = events(records);
        Map<String, Long> byCode = events.stream()
                .collect(Collectors.groupingBy(LegalEvent::code, Collectors.counting()));
        Map<EventCategory, Long> byCategory = events.stream()
                .collect(Collectors.groupingBy(LegalEvent::category, Collectors.counting()));
        assertThat(byCode).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("ASPN", 28L), Map.entry("EXP.", 15L), Map.entry("LTOS", 2L),
                        Map.entry("M1551", 43L), Map.entry("M1554", 1L), Map.entry("M170", 16L),
                        Map.entry("M171", 12L), Map.entry("M176", 5L), Map.entry("M185", 4L),
                        Map.entry("M186", 1L), Map.entry("M2551", 5L), Map.entry("M285", 1L),
                        Map.entry("R170", 1L), Map.entry("R2551", 2L), Map.entry("REM.", 20L),
                        Map.entry("RMPN", 3L), Map.entry("SM02", 1L), Map.entry("STOL", 4L)));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of(
                        EventCategory.ADMINISTRATIVE, 31L, EventCategory.ENTITY_STATUS, 7L,
                        EventCategory.FEE_PAID, 81L, EventCategory.FEE_REFUND, 3L,
                        EventCategory.FEE_REMINDER, 20L, EventCategory.FEE_SURCHARGE, 7L,
                        EventCategory.LAPSE, 15L));
    }

    @Test
    void firstLinesOfTheSampleBecomeTheseEvents() {
        List<LegalEvent> events = events(MaintFeeFiles.read(reader, RealData.path(SAMPLE)));

        // 0000004287053 06218896 N 19801222 19810901 19881222 M171
        assertThat(events.get(0)).isEqualTo(new LegalEvent("US", null, "US-4287053", "US-06218896",
                date("1988-12-22"), "M171", EventCategory.FEE_PAID, null, 8, "large", null, null,
                date("1980-12-22"), date("1981-09-01"), sampleLine(1), List.of(), List.of(), List.of()));
        // 0000004287053 06218896 N 19801222 19810901 19850211 M170
        assertThat(events.get(1)).isEqualTo(new LegalEvent("US", null, "US-4287053", "US-06218896",
                date("1985-02-11"), "M170", EventCategory.FEE_PAID, null, 4, "large", null, null,
                date("1980-12-22"), date("1981-09-01"), sampleLine(2), List.of(), List.of(), List.of()));
        // 0000004289713 06222552 Y 19810105 19810915 19930330 SM02
        assertThat(events.get(2)).isEqualTo(new LegalEvent("US", null, "US-4289713", "US-06222552",
                date("1993-03-30"), "SM02", EventCategory.ENTITY_STATUS, null, null, "small", null, null,
                date("1981-01-05"), date("1981-09-15"), sampleLine(3), List.of(), List.of(), List.of()));
    }

    @Test
    void everyExpiryInTheSampleIsALapseOfTheRightPatentOnTheRightDay() {
        List<LegalEvent> expiries = events(MaintFeeFiles.read(reader, RealData.path(SAMPLE))).stream()
                .filter(e -> e.code().equals("EXP.")).toList();

        assertThat(expiries).allSatisfy(e -> {
            assertThat(e.category()).isEqualTo(EventCategory.LAPSE);
            assertThat(e.feeYear()).isNull();
            assertThat(e.entityStatus()).isEqualTo("large");
        });
        assertThat(expiries).extracting(e -> e.source().locator(), LegalEvent::patentKey,
                LegalEvent::applicationId, LegalEvent::filingDate, LegalEvent::grantDate,
                LegalEvent::eventDate).containsExactly(
                tuple("line 10", "US-4291808", "US-06215853", date("1980-12-12"), date("1981-09-29"), date("1985-10-31")),
                tuple("line 12", "US-4292069", "US-06227825", date("1981-01-23"), date("1981-09-29"), date("1993-09-26")),
                tuple("line 16", "US-4292142", "US-06224175", date("1981-01-12"), date("1981-09-29"), date("1993-09-26")),
                tuple("line 31", "US-4293693", "US-06219018", date("1980-12-22"), date("1981-10-06"), date("1993-10-03")),
                tuple("line 38", "US-4294398", "US-06227542", date("1981-01-22"), date("1981-10-13"), date("1985-11-12")),
                tuple("line 43", "US-4294839", "US-06215987", date("1980-12-12"), date("1981-10-13"), date("1989-10-15")),
                // the sample repeats this line: both sightings are read, the events table merges them
                tuple("line 44", "US-4294839", "US-06215987", date("1980-12-12"), date("1981-10-13"), date("1989-10-15")),
                tuple("line 48", "US-4295403", "US-06220080", date("1980-12-24"), date("1981-10-20"), date("1989-10-22")),
                tuple("line 51", "US-4296138", "US-06217810", date("1980-12-18"), date("1981-10-20"), date("1989-10-22")),
                tuple("line 54", "US-4296211", "US-06228083", date("1981-01-26"), date("1981-10-20"), date("1993-10-17")),
                tuple("line 61", "US-4297354", "US-06216423", date("1980-12-15"), date("1981-10-27"), date("1985-11-27")),
                tuple("line 63", "US-4297508", "US-06218973", date("1980-12-22"), date("1981-10-27"), date("1989-10-29")),
                tuple("line 69", "US-4297619", "US-06222205", date("1981-01-02"), date("1981-10-27"), date("1993-10-24")),
                tuple("line 74", "US-4298360", "US-06230650", date("1981-02-02"), date("1981-11-03"), date("1989-11-05")),
                tuple("line 79", "US-4298531", "US-06215711", date("1980-12-15"), date("1981-11-03"), date("1993-10-31")));
    }

    @Test
    void everyLargeEntityFourthYearPaymentInTheSampleIsForFeeYear4() {
        List<LegalEvent> payments = events(MaintFeeFiles.read(reader, RealData.path(SAMPLE))).stream()
                .filter(e -> e.code().equals("M1551")).toList();

        assertThat(payments).hasSize(43).allSatisfy(e -> {
            assertThat(e.category()).isEqualTo(EventCategory.FEE_PAID);
            assertThat(e.feeYear()).isEqualTo(4);
            // "Payment of Maintenance Fee, 4th Year, Large Entity": the code's entity beats the flag
            assertThat(e.entityStatus()).isEqualTo("large");
        });
        assertThat(payments).extracting(LegalEvent::patentKey).doesNotHaveDuplicates()
                .contains("US-6788800", "US-6788801", "US-6788999");
    }

    @Test
    void fileIngestDetectsTheSampleAndReadsTheSameEvents() {
        Path sample = RealData.path(SAMPLE);

        List<Ingested> viaDetection = MaintFeeFiles.ingest(sample);

        assertThat(viaDetection).hasSize(164).allMatch(r -> r.format() == SourceFormat.USPTO_MAINTFEE);
        assertThat(events(viaDetection)).isEqualTo(events(MaintFeeFiles.read(reader, sample)));
    }

    @Test
    void recognisesEveryLayoutButNotTheCodeTable() {
        assertThat(reader.recognises(head("0000004287053 06218896 N 19801222 19810901 19881222 M171 \r\n")))
                .isTrue();
        assertThat(reader.recognises(head("\r\n04287053 06218896 N 19801222 19810901 19881222 M171\r\n")))
                .isTrue();
        assertThat(reader.recognises(head("4287053 06218896 N 19801222 19810901 19881222 M171 \r\n")))
                .isTrue();
        assertThat(reader.recognises(head("ASPN  Payor Number Assigned.\r\n"))).isFalse();
        assertThat(reader.recognises(head("4287053 6218896 N 19801222 19810901 19881222 M171\r\n"))).isFalse();
    }

    @Test
    void readsTheOldSevenCharacterLayout() {
        Path file = MaintFeeFiles.resource("MaintFeeEvents_7char.txt");

        List<LegalEvent> events = events(MaintFeeFiles.ingest(file));

        assertThat(events).extracting(e -> e.source().locator(), LegalEvent::patentKey,
                LegalEvent::applicationId, LegalEvent::eventDate, LegalEvent::code, LegalEvent::feeYear,
                LegalEvent::entityStatus).containsExactly(
                tuple("line 1", "US-4287053", "US-06218896", date("1988-12-22"), "M171", 8, "large"),
                tuple("line 2", "US-4287053", "US-06218896", date("1985-02-11"), "M170", 4, "large"),
                tuple("line 3", "US-4289713", "US-06222552", date("1993-03-30"), "SM02", null, "small"));
        assertThat(events.get(2).filingDate()).isEqualTo(date("1981-01-05"));
        assertThat(events.get(2).grantDate()).isEqualTo(date("1981-09-15"));
    }

    @Test
    void readsTheEightCharacterLayout() throws IOException {
        Path file = tmp.resolve("MaintFeeEvents_20150316.txt");
        Files.writeString(file, "08000001 13000001 M 20120301 20150106 20230801 EXPX \r\n", StandardCharsets.US_ASCII);

        List<Ingested> records = MaintFeeFiles.ingest(file);

        assertThat(events(records)).containsExactly(new LegalEvent("US", null, "US-8000001", "US-13000001",
                date("2023-08-01"), "EXPX", EventCategory.RESTORATION, null, null, "micro", null, null,
                date("2012-03-01"), date("2015-01-06"),
                new SourceRef(SourceFormat.USPTO_MAINTFEE, "MaintFeeEvents_20150316.txt", "line 1"), List.of(),
                List.of(), List.of()));
    }

    @Test
    void eachBadLineIsRejectedWithItsReasonAndTheGoodOnesAreKept() {
        Path file = MaintFeeFiles.resource("MaintFeeEvents_bad_lines.txt");

        List<Ingested> records = MaintFeeFiles.ingest(file);

        assertThat(records).hasSize(5);
        // 000000RE35000: a reissue, "RE" and 5 digits right-justified in the 13 positions
        assertThat(records.get(0)).isInstanceOfSatisfying(Ingested.EventRecord.class, r -> {
            assertThat(r.event().patentKey()).isEqualTo("US-RE35000");
            assertThat(r.event().code()).isEqualTo("M184");
            assertThat(r.event().feeYear()).isEqualTo(8);
        });
        assertThat(rejects(records)).extracting(Reject::locator, Reject::table, Reject::reasonCode,
                Reject::reason).containsExactly(
                tuple("line 2", Reject.TABLE_EVENTS, RejectReason.UNKNOWN_CODE,
                        "event code 'ZZZZ' is not in PatNav's maintenance-fee code table"),
                tuple("line 3", Reject.TABLE_EVENTS, RejectReason.INVALID_DATE,
                        "event entry date: impossible date 20210230"),
                tuple("line 4", Reject.TABLE_EVENTS, RejectReason.MALFORMED_RECORD,
                        "line does not fit the layout of this file (13-character patent number, 57 characters a line)"),
                // an old-layout line in a current file: its fields would be shifted, so it is refused
                tuple("line 5", Reject.TABLE_EVENTS, RejectReason.MALFORMED_RECORD,
                        "line does not fit the layout of this file (13-character patent number, 57 characters a line)"));
        assertThat(rejects(records)).allSatisfy(r -> {
            assertThat(r.format()).isEqualTo(SourceFormat.USPTO_MAINTFEE);
            assertThat(r.file()).isEqualTo("MaintFeeEvents_bad_lines.txt");
        });
        assertThat(rejects(records).get(2).excerpt()).isEqualTo("0000005123456 07123456 Y 1990");
    }

    @Test
    void aFirstLineInNoKnownLayoutIsRejectedAndTheNextLineSetsTheLayout() throws IOException {
        Path file = tmp.resolve("events.txt");
        Files.writeString(file, "MaintFeeEvents\r\n4287053 06218896 N 19801222 19810901 19881222 M171 \r\n",
                StandardCharsets.US_ASCII);

        List<Ingested> records = MaintFeeFiles.read(reader, file);

        assertThat(rejects(records)).extracting(Reject::locator, Reject::reasonCode, Reject::reason)
                .containsExactly(tuple("line 1", RejectReason.MALFORMED_RECORD,
                        "not a maintenance-fee event line in any known layout (patent number of 13, 8, 7 characters)"));
        assertThat(events(records)).extracting(LegalEvent::patentKey).containsExactly("US-4287053");
    }

    @Test
    void readsAGzipCompressedFileThroughFileIngest() throws IOException {
        Path gz = tmp.resolve("MaintFeeEvents_19990101.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(MaintFeeFiles.resource("MaintFeeEvents_7char.txt")));
        }

        List<Ingested> records = MaintFeeFiles.ingest(gz);

        assertThat(events(records)).extracting(LegalEvent::patentKey, LegalEvent::code, e -> e.source().file(),
                e -> e.source().locator()).containsExactly(
                tuple("US-4287053", "M171", "MaintFeeEvents_19990101.txt.gz", "line 1"),
                tuple("US-4287053", "M170", "MaintFeeEvents_19990101.txt.gz", "line 2"),
                tuple("US-4289713", "SM02", "MaintFeeEvents_19990101.txt.gz", "line 3"));
    }

    private static List<LegalEvent> events(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.EventRecord)
                .map(r -> ((Ingested.EventRecord) r).event()).toList();
    }

    private static List<Reject> rejects(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.Rejected)
                .map(r -> ((Ingested.Rejected) r).reject()).toList();
    }

    private static SourceRef sampleLine(int line) {
        return new SourceRef(SourceFormat.USPTO_MAINTFEE, SAMPLE_NAME, "line " + line);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Head head(String text) {
        return new Head("head", text.getBytes(StandardCharsets.US_ASCII));
    }
}
