package org.patnav.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.ingest.FileIngest;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.trademark.CaseFileAssembler;
import org.patnav.model.Party;
import org.patnav.model.Reject;
import org.patnav.model.SourceFormat;
import org.patnav.model.Trademark;
import org.patnav.normalize.AddressResolver;
import org.patnav.normalize.AdminDivisions;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.Countries;
import org.patnav.normalize.Parties;

/**
 * The committed trademark samples ({@code data-samples/bozhou/trademarks}) read as the demo ingest reads
 * them (regions from {@code data-samples/divisions}): exact counts per format, the planted rejects with
 * their reasons, a few marks field by field, and the per-county counts of live registrations.
 */
class TrademarkSamplesTest {

    private static final Path DATA_SAMPLES = Path.of("..", "data-samples");
    private static final Path TRADEMARKS = DATA_SAMPLES.resolve("bozhou/trademarks");
    private static final IngestContext CONTEXT = IngestContext.withParties(new Parties(ApplicantNames.defaults(),
            Countries.defaults(), new AddressResolver(AdminDivisions.load(DATA_SAMPLES.resolve("divisions")))));

    private static List<Trademark> marks;
    private static List<Reject> rejects;

    @BeforeAll
    static void read() throws IOException {
        List<Ingested> items = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TRADEMARKS)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = TRADEMARKS.relativize(f).toString();
                try (FileIngest in = new FileIngest(name, f.getParent().getFileName().toString(),
                        () -> Files.newInputStream(f), CONTEXT)) {
                    in.forEachRemaining(items::add);
                }
            }
        }
        Map<String, List<Ingested.TableRow>> bySerial = new TreeMap<>();
        List<Ingested> out = new ArrayList<>();
        for (Ingested i : items) {
            if (i instanceof Ingested.TableRow t) {
                bySerial.computeIfAbsent(t.joinKey(), k -> new ArrayList<>()).add(t);
            } else {
                out.add(i);
            }
        }
        bySerial.forEach((serial, rows) -> out.add(CaseFileAssembler.assemble("us-casefiles", serial, rows,
                CONTEXT.parties(), CONTEXT.trademarkRules())));
        marks = out.stream().filter(i -> i instanceof Ingested.TrademarkRecord)
                .map(i -> ((Ingested.TrademarkRecord) i).trademark()).toList();
        rejects = out.stream().filter(i -> i instanceof Ingested.Rejected).map(i -> ((Ingested.Rejected) i).reject())
                .toList();
    }

    @Test
    void everyMarkOfTheSamplesIsReadAndTheThreeBrokenRecordsAreRejectsWithReasons() {
        Map<String, Integer> perFormat = new TreeMap<>();
        marks.forEach(m -> perFormat.merge(m.source().format().id(), 1, Integer::sum));
        assertThat(perFormat).containsExactlyEntriesOf(new TreeMap<>(Map.of("cn-tm-export", 100, "uspto-tm-casefiles", 15)));
        assertThat(marks).extracting(Trademark::id).doesNotHaveDuplicates();
        assertThat(rejects).extracting(r -> r.format().id() + " | " + r.file() + " | " + r.locator() + " | "
                + r.reasonCode() + " | " + r.reason()).containsExactly(
                "cn-tm-export | cn/qcc-trademarks-001.csv | record 3, line 5 | MISSING_FIELD"
                        + " | no trademark number (注册号, 申请号 or 申请/注册号)",
                "cn-tm-export | cn/qcc-trademarks-001.csv | record 42, line 44 | INVALID_DATE"
                        + " | filing date (申请日期): impossible date 2019-02-30",
                "uspto-tm-casefiles | us-casefiles/owner.csv | line 33 | UNMATCHED_ROWS"
                        + " | 1 row(s) for serial_no 97999999 in [owner] but no case_file row (dataset us-casefiles)");
    }

    @Test
    void everyStatusOfTheSamplesIsInTheStatusTable() {
        assertThat(marks).allMatch(m -> m.live() != null);
        Map<Boolean, Integer> live = new TreeMap<>();
        marks.forEach(m -> live.merge(m.live(), 1, Integer::sum));
        assertThat(live).containsExactlyEntriesOf(new TreeMap<>(Map.of(true, 79, false, 36)));
        assertThat(marks).extracting(Trademark::statusCode).contains("宽展", "续展", "商标已注册", "注册", "已注册", "已销亡",
                "专用权已过期", "已驳回", "驳回复审中", "等待实质审查", "商标无效", "800", "900", "710", "606");
    }

    @Test
    void aRenewedBozhouMarkOfTheCsvAndAGracePeriodMarkOfTheWorkbook() {
        Trademark renewed = mark("CN-16807919");
        assertThat(renewed.toString()).isEqualTo(
                "Trademark[id=CN-16807919, office=CN, applicationNumber=16807919, registrationNumber=16807919,"
                        + " markText=星园源, owners=[Party[rawName=何娜, name=何娜, type=INDIVIDUAL, country=CN,"
                        + " address=安徽省亳州市涡阳县星园路361号, regionCode=341621]], niceClasses=[43],"
                        + " filingDate=2009-01-16, registrationDate=2010-04-04, renewalDate=2020-04-04,"
                        + " expiryDate=2030-04-03, statusCode=续展, statusText=续展, statusDate=null, live=true,"
                        + " source=SourceRef[format=CN_TM_EXPORT, file=cn/qcc-trademarks-001.csv, locator=record 2, line 4],"
                        + " mergedFrom=[]]");
        Trademark grace = mark("CN-36696872");
        assertThat(List.of(grace.source().file(), grace.registrationDate(), grace.expiryDate(), grace.statusCode(),
                grace.live())).containsExactly("cn/sbj-trademarks-001.xlsx", LocalDate.of(2016, 9, 17),
                LocalDate.of(2026, 9, 16), "宽展", true);
    }

    @Test
    void aUsMarkOfABozhouCompanyFromTheCaseFiles() {
        Trademark us = mark("US-87000013");
        assertThat(List.of(us.markText(), us.niceClasses(), us.registrationDate(), us.expiryDate(), us.statusCode(),
                us.statusText(), us.live())).containsExactly("EVERGREEN", List.of(42), LocalDate.of(2017, 12, 25),
                LocalDate.of(2027, 12, 25), "702", "SECTION 8 & 15-ACCEPTED AND ACKNOWLEDGED", true);
        assertThat(us.owners()).extracting(Party::rawName, Party::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anhui Shaodu Pharmaceutical Co., Ltd.", "CN"));
    }

    /**
     * CN marks in force at a year end, by the county of the first owner (Bozhou's four counties): registered
     * on or before the day, the current term not ended before it, and live by today's status.
     */
    @Test
    void liveRegisteredCnMarksPerBozhouCountyDifferByYearEnd() {
        assertThat(inForce(LocalDate.of(2025, 12, 31))).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "341602", 9, "341621", 7, "341622", 10, "341623", 13)));
        assertThat(inForce(LocalDate.of(2024, 12, 31))).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "341602", 8, "341621", 7, "341622", 9, "341623", 12)));
    }

    private static Map<String, Integer> inForce(LocalDate day) {
        Map<String, Integer> counties = new TreeMap<>();
        for (Trademark m : marks) {
            String region = m.owners().isEmpty() ? null : m.owners().get(0).regionCode();
            if (m.office().equals("CN") && region != null && region.startsWith("3416") && m.registrationDate() != null
                    && !m.registrationDate().isAfter(day) && !m.expiryDate().isBefore(day) && m.live()) {
                counties.merge(region, 1, Integer::sum);
            }
        }
        return counties;
    }

    private static Trademark mark(String id) {
        return marks.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
