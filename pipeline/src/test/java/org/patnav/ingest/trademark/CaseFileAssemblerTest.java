package org.patnav.ingest.trademark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.patnav.ingest.trademark.TrademarkFiles.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;
import org.patnav.normalize.Parties;

/**
 * The hand-written Case Files fixture ({@code casefiles/}: columns reordered and extra ones added, as a
 * real extract may be): five case files, owners of several ownership stages, Nice and old US classes,
 * an owner row of a serial number the dataset does not list and a case file with an impossible date.
 */
class CaseFileAssemblerTest {

    private static final IngestContext CONTEXT = IngestContext.withParties(Parties.withoutRegions());

    @TempDir
    Path tmp;

    static List<Ingested> readFixture() throws IOException {
        List<Ingested> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixture("casefiles"))) {
            for (Path f : files.sorted().toList()) {
                items.addAll(TrademarkFiles.read(f, CONTEXT));
            }
        }
        return TrademarkFiles.assembled(items, CONTEXT);
    }

    @Test
    void everyTableIsRecognisedByItsHeaderAndEveryRowIsATableRow() throws IOException {
        List<Ingested> rows = new ArrayList<>();
        for (String f : List.of("case_file.csv", "owner.csv", "classification.csv", "intl_class.csv")) {
            rows.addAll(TrademarkFiles.read(fixture("casefiles/" + f), CONTEXT));
        }
        assertThat(rows).allMatch(r -> r instanceof Ingested.TableRow && r.format() == SourceFormat.USPTO_TM_CASEFILES);
        assertThat(rows).extracting(r -> ((Ingested.TableRow) r).table()).containsOnly("case_file", "owner",
                "classification", "intl_class").hasSize(5 + 6 + 5 + 3);
        Ingested.TableRow first = (Ingested.TableRow) rows.get(0);
        assertThat(first.setId()).isEqualTo("casefiles");
        assertThat(first.joinKey()).isEqualTo("74631225");
        assertThat(first.source()).isEqualTo(new SourceRef(SourceFormat.USPTO_TM_CASEFILES, "case_file.csv", "line 2"));
    }

    @Test
    void aRenewedMarkWhoseOwnerChangedAfterRegistration() throws IOException {
        Trademark mark = mark("US-74631225");

        assertThat(mark).isEqualTo(new Trademark("US-74631225", "US", "74631225", "1998765", "EVERGREEN CELLS",
                List.of(new Party("Evergreen Energy Holdings LLC", mark.owners().get(0).name(), PartyType.COMPANY, "US",
                                "1 Main St, Wilmington, DE, 19801", null),
                        new Party("Hanbit Energy Solutions Co., Ltd.", mark.owners().get(1).name(), PartyType.COMPANY, "KR",
                                "12, Yuseong-daero, Daejeon, KR", null)),
                // intl_class 009 and 011 of class_id 1; class_id 2 is the certification-mark code B
                List.of(9, 11), LocalDate.of(1995, 2, 7), LocalDate.of(1996, 3, 12), LocalDate.of(2016, 3, 12),
                LocalDate.of(2026, 3, 12), "800", "REGISTERED AND RENEWED", LocalDate.of(2016, 4, 2), true,
                new SourceRef(SourceFormat.USPTO_TM_CASEFILES, "case_file.csv", "line 2"), List.of()));
    }

    @Test
    void anAbandonedApplicationHasNoRegistrationAndNoNiceClassFromAUsCertificationCode() throws IOException {
        Trademark mark = mark("US-86123456");

        assertThat(mark.id()).isEqualTo("US-86123456");
        assertThat(mark.registrationNumber()).as("0000000: not registered").isNull();
        assertThat(mark.expiryDate()).isNull();
        assertThat(mark.live()).isFalse();
        assertThat(mark.statusText()).isEqualTo("ABANDONED-FAILURE TO RESPOND OR LATE RESPONSE");
        assertThat(mark.niceClasses()).as("intl_class 200 is not a Nice class").isEmpty();
        assertThat(mark.owners()).extracting(Party::rawName, Party::country)
                .containsExactly(tuple("Summit Grid Technologies Inc.", "US"));
    }

    @Test
    void aCaseFileWithoutOwnerRowsIsStillAMarkAndItsPrimaryClassCountsWhenNoIntlClassIsGiven() throws IOException {
        Trademark mark = mark("US-88000001");

        assertThat(mark.id()).isEqualTo("US-88000001");
        assertThat(mark.owners()).isEmpty();
        assertThat(mark.markText()).isNull();
        assertThat(mark.niceClasses()).containsExactly(42);
        assertThat(mark.expiryDate()).isEqualTo(LocalDate.of(2029, 9, 10));
    }

    @Test
    void aPrimaryClassBeforeSeptember1973IsAnOldUsClass() throws IOException {
        Trademark mark = mark("US-72000002");

        assertThat(mark.id()).isEqualTo("US-72000002");
        assertThat(mark.niceClasses()).isEmpty();
        // renewed 2011-06-15 for ten years (15 U.S.C. 1059)
        assertThat(mark.expiryDate()).isEqualTo(LocalDate.of(2021, 6, 15));
    }

    @Test
    void orphanOwnerRowsAndAnImpossibleDateAreRejectsWithReasons() throws IOException {
        List<Reject> rejects = readFixture().stream().filter(r -> r instanceof Ingested.Rejected)
                .map(r -> ((Ingested.Rejected) r).reject()).toList();

        assertThat(rejects).extracting(Reject::file, Reject::locator, Reject::table, Reject::reasonCode, Reject::reason)
                .containsExactly(
                        tuple("case_file.csv", "line 6", Reject.TABLE_TRADEMARKS, RejectReason.INVALID_DATE,
                                "case_file: filing_dt: impossible date 2020-02-30"),
                        tuple("owner.csv", "line 7", Reject.TABLE_TRADEMARKS, RejectReason.UNMATCHED_ROWS,
                                "1 row(s) for serial_no 99999999 in [owner] but no case_file row (dataset casefiles)"));
    }

    @Test
    void badRecordsOfATableAreRejectsAndReadingGoesOn() throws IOException {
        Path file = tmp.resolve("owner.csv");
        Files.writeString(file, "own_name,serial_no,own_type_cd\nA Corp,86000001,10\nB Corp,86000002\nC Corp,,10\n"
                + "D Corp,86000004,10\n");

        List<Ingested> items = TrademarkFiles.read(file, CONTEXT);

        assertThat(items).extracting(i -> i instanceof Ingested.Rejected r
                ? r.reject().locator() + " " + r.reject().reasonCode() + " " + r.reject().reason()
                : ((Ingested.TableRow) i).joinKey()).containsExactly("86000001",
                "line 3 MALFORMED_RECORD owner: the record has 2 values, the header 3 columns",
                "line 4 MISSING_FIELD owner: no serial_no", "86000004");
    }

    private static Trademark mark(String id) throws IOException {
        List<Trademark> marks = readFixture().stream().filter(r -> r instanceof Ingested.TrademarkRecord)
                .map(r -> ((Ingested.TrademarkRecord) r).trademark()).toList();
        assertThat(marks).extracting(Trademark::id)
                .containsExactly("US-72000002", "US-74631225", "US-86123456", "US-88000001");
        return marks.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
