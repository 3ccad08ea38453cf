package org.patnav.ingest.trademark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;
import org.patnav.model.Party;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;
import org.patnav.normalize.Parties;

/**
 * The six real USPTO status records of the Plumage samples, each in ST.66 and ST.96 (two also in the
 * older ST.96 namespace): exact values, and the forms agree with each other.
 */
class TsdrDocumentTest {

    private static final String DIR = "uspto-trademark-tsdr-xml/Plumage/";

    static Trademark read(String file) throws IOException, TsdrDocument.Unusable {
        Path p = RealData.path(DIR + file);
        try (InputStream in = Files.newInputStream(p)) {
            return TsdrDocument.parse(in, new SourceRef(SourceFormat.USPTO_TSDR, file, "file"), Parties.withoutRegions(),
                    TrademarkRules.defaults());
        }
    }

    @Test
    void javaWasRenewedAndIsOwnedByOracleAfterSun() throws Exception {
        Trademark t = read("rn2178784-ST66.xml");
        assertThat(t.id()).isEqualTo("US-74631225");
        assertThat(t.office()).isEqualTo("US");
        assertThat(t.registrationNumber()).isEqualTo("2178784");
        assertThat(t.markText()).isEqualTo("JAVA");
        assertThat(t.niceClasses()).containsExactly(9);
        assertThat(t.filingDate()).isEqualTo(LocalDate.of(1995, 2, 7));
        assertThat(t.registrationDate()).isEqualTo(LocalDate.of(1998, 8, 4));
        assertThat(t.renewalDate()).isEqualTo(LocalDate.of(2008, 8, 4));
        assertThat(t.statusCode()).isEqualTo("800");
        assertThat(t.statusText()).isEqualTo("The registration has been renewed.");
        assertThat(t.statusDate()).isEqualTo(LocalDate.of(2008, 8, 11));
        // Registered 1998-08-04, renewed 2008-08-04 for 10 years (15 U.S.C. 1059); 800 is a live status.
        assertThat(t.expiryDate()).isEqualTo(LocalDate.of(2018, 8, 4));
        assertThat(t.live()).isTrue();
        // Party type 31 (subsequent owner after registration) replaces 30 (original registrant, Sun).
        assertThat(t.owners()).extracting(Party::rawName).containsExactly("Oracle America, Inc.");
        assertThat(t.owners().getFirst().country()).isEqualTo("US");
        assertThat(t.owners().getFirst().address()).isEqualTo("500 ORACLE PARKWAY, REDWOOD SHORES, CALIFORNIA, 94065");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rn2178784", "rn2713476", "rn3886986", "sn77478018", "sn85334015", "sn87881347"})
    void theSt66AndSt96FormsOfARecordAgree(String record) throws Exception {
        // Addresses are structured differently, and the USPTO's two renderings do not always agree on
        // the owner's address country (MYSQL's registrant: US in ST.66, SE in ST.96); names must agree.
        Trademark st66 = read(record + "-ST66.xml");
        Trademark st96 = read(record + "-ST96.xml");
        assertThat(st96).usingRecursiveComparison().ignoringFields("source", "owners.address", "owners.country")
                .isEqualTo(st66);
        if (Files.exists(RealData.path(DIR).resolve(record + "-ST96-old.xml"))) {
            assertThat(read(record + "-ST96-old.xml")).usingRecursiveComparison()
                    .ignoringFields("source", "owners.address", "owners.country").isEqualTo(st66);
        }
    }

    @Test
    void everyRecordHasTheseStatusesAndClasses() throws Exception {
        assertThat(summary("rn2713476-ST96.xml")).isEqualTo("US-78002299 2713476 MYSQL [9] 800 renewed 2013-05-06");
        assertThat(summary("rn3886986-ST96.xml")).isEqualTo("US-77658723 3886986 THE BLUEBOOK A UNIFORM SYSTEM OF CITATION [16, 41] 702 renewed null");
        assertThat(summary("sn77478018-ST96.xml")).isEqualTo("US-77478018 3717416 null [14, 25, 30] 701 renewed null");
        assertThat(summary("sn85334015-ST96.xml")).isEqualTo("US-85334015 4281391 ULTRABOOK [9] 700 renewed null");
        assertThat(summary("sn87881347-ST96.xml")).isEqualTo("US-87881347 null BURGER ADDICT [43] 680 renewed null");
    }

    private static String summary(String file) throws Exception {
        Trademark t = read(file);
        return t.id() + " " + t.registrationNumber() + " " + t.markText() + " " + t.niceClasses() + " " + t.statusCode()
                + " renewed " + t.renewalDate();
    }

    @Test
    void registrationsExpireTenYearsOnAndPendingMarksHaveNoExpiry() throws Exception {
        assertThat(read("rn3886986-ST96.xml").expiryDate()).isEqualTo(LocalDate.of(2020, 12, 7));
        assertThat(read("sn85334015-ST96.xml").expiryDate()).isEqualTo(LocalDate.of(2023, 1, 29));
        Trademark pending = read("sn87881347-ST96.xml");
        assertThat(pending.expiryDate()).isNull();
        assertThat(pending.live()).as("680 approved for publication").isTrue();
    }

    @Test
    void theMysqlRenderingsDisagreeOnTheRegistrantsCountry() throws Exception {
        assertThat(read("rn2713476-ST66.xml").owners()).extracting(Party::rawName, Party::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MySQL AB", "US"));
        assertThat(read("rn2713476-ST96.xml").owners()).extracting(Party::rawName, Party::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MySQL AB", "SE"));
    }

    @Test
    void aDocumentWithoutASerialNumberIsUnusable() {
        String xml = "<Transaction xmlns=\"http://www.wipo.int/standards/XMLSchema/trademarks\"><TradeMark>"
                + "<MarkVerbalElementText>X</MarkVerbalElementText></TradeMark></Transaction>";
        assertThat(TsdrDocument.recognises(xml)).isTrue();
        assertThatThrownBy(() -> TsdrDocument.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new SourceRef(SourceFormat.USPTO_TSDR, "x.xml", "file"), Parties.withoutRegions(),
                TrademarkRules.defaults()))
                .isInstanceOf(TsdrDocument.Unusable.class).hasMessage("no application (serial) number");
        assertThat(List.of(TsdrDocument.recognises("<us-patent-grant>"))).containsExactly(false);
    }
}
