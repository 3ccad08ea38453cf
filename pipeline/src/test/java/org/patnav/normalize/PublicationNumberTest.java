package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publication numbers in DOCDB style, country-number-kind (WIPO ST.3 country codes, ST.16 kind
 * codes). US number forms follow the USPTO's kind-code and document-number conventions: grants
 * are written with 8 digits in its XML ({@code 08926509}), designs D, reissues RE, plant patents
 * PP, statutory invention registrations H, each zero-padded; pre-grant publications have 11
 * digits, year + 7-digit serial ({@code 20130014308}).
 */
class PublicationNumberTest {

    private static PublicationNumber valid(Parsed<PublicationNumber> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Value.class);
        return parsed.orNull();
    }

    private static String invalidReason(Parsed<PublicationNumber> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Invalid.class);
        return ((Parsed.Invalid<PublicationNumber>) parsed).reason();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "CN101481674B      | CN-101481674-B",
        "CN 101481674 B    | CN-101481674-B",
        "CN-101481674-B    | CN-101481674-B",
        "cn101481674b      | CN-101481674-B",
        "ＣＮ１０１４８１６７４Ｂ | CN-101481674-B",
        // USPTO XML pads grants to 8 digits; DOCDB and Google drop the zero.
        "US08926509B2      | US-8926509-B2",
        "US 8,926,509 B2   | US-8926509-B2",
        "US-8926509-B2     | US-8926509-B2",
        // Designs, reissues, plants and SIRs keep their letter prefix and lose the padding.
        "US D513425 S1     | US-D513425-S1",
        "US-RE43123-E      | US-RE43123-E",
        "USH0002140H1      | US-H2140-H1",
        // US pre-grant publications: the USPTO's 11 digits, also from the slashed citation form.
        "US20130014308A1   | US-20130014308-A1",
        "US 2013/0014308 A1 | US-20130014308-A1",
        // Google writes them in DOCDB's 10 digits (year + 6-digit serial): widened to 11.
        "US-2013014308-A1  | US-20130014308-A1",
        // Japanese era-year numbers (H04 = Heisei 4) keep their digits: they carry the year.
        "JP-H0476664-B2    | JP-H0476664-B2",
        "EP1234567A1       | EP-1234567-A1",
        "EP 1 234 567 A1   | EP-1234567-A1",
        "WO2006007009A1    | WO-2006007009-A1",
        "WO 2006/007009 A1 | WO-2006007009-A1",
        "KR1020050012345A  | KR-1020050012345-A",
    })
    void parsesToPubId(String text, String pubId) {
        assertThat(valid(PublicationNumber.parse(text)).pubId()).isEqualTo(pubId);
    }

    @Test
    void partsAsXmlGivesThem() {
        assertThat(valid(PublicationNumber.of("US", "08926509", "B2")))
                .isEqualTo(new PublicationNumber("US", "8926509", "B2"));
        assertThat(valid(PublicationNumber.of("US", "D0513425", "S1")).pubId()).isEqualTo("US-D513425-S1");
        assertThat(valid(PublicationNumber.of("US", "RE043123", "E")).pubId()).isEqualTo("US-RE43123-E");
        assertThat(valid(PublicationNumber.of("US", "PP012345", "P3")).pubId()).isEqualTo("US-PP12345-P3");
        assertThat(valid(PublicationNumber.of("US", "H0002140", "H1")).pubId()).isEqualTo("US-H2140-H1");
        assertThat(valid(PublicationNumber.of("US", "20130014308", "A1")).pubId()).isEqualTo("US-20130014308-A1");
        assertThat(valid(PublicationNumber.of("US", "2013014308", "A1")).pubId()).isEqualTo("US-20130014308-A1");
        assertThat(valid(PublicationNumber.of("JP", "H0476664", "B2")).pubId()).isEqualTo("JP-H0476664-B2");
        assertThat(valid(PublicationNumber.of(" us ", " 08926509 ", " b2 ")).pubId()).isEqualTo("US-8926509-B2");
        // The country repeated inside the number (as some citations write it) is dropped.
        assertThat(valid(PublicationNumber.of("CN", "CN101481674", "B")).pubId()).isEqualTo("CN-101481674-B");
    }

    @Test
    void tenDigitUsNumbersAreWidenedOnlyForPreGrantKinds() {
        // A 10-digit number is a DOCDB pre-grant publication only with kind A1/A2/A9.
        assertThat(valid(PublicationNumber.of("US", "2013014308", "A2")).number()).isEqualTo("20130014308");
        assertThat(valid(PublicationNumber.of("US", "2013014308", "A9")).number()).isEqualTo("20130014308");
        assertThat(valid(PublicationNumber.of("US", "2013014308", "B1")).number()).isEqualTo("2013014308");
        assertThat(valid(PublicationNumber.of("US", "2013014308", null)).number()).isEqualTo("2013014308");
    }

    @Test
    void patentKeyDropsTheKind() {
        PublicationNumber b = valid(PublicationNumber.parse("CN101481674B"));
        assertThat(b.patentKey()).isEqualTo("CN-101481674");
        assertThat(valid(PublicationNumber.parse("CN101481674A")).patentKey()).isEqualTo(b.patentKey());
        assertThat(valid(PublicationNumber.parse("US-D513425-S1")).patentKey()).isEqualTo("US-D513425");
    }

    @Test
    void withoutKindThePubIdIsThePatentKey() {
        PublicationNumber n = valid(PublicationNumber.of("US", "04287053", null));
        assertThat(n.kind()).isNull();
        assertThat(n.pubId()).isEqualTo("US-4287053");
        assertThat(valid(PublicationNumber.parse("CN101481674")).pubId()).isEqualTo("CN-101481674");
    }

    @Test
    void invalidInputs() {
        assertThat(invalidReason(PublicationNumber.parse("12345"))).isEqualTo("not a publication number: 12345");
        assertThat(invalidReason(PublicationNumber.parse("US"))).isEqualTo("not a publication number: US");
        assertThat(invalidReason(PublicationNumber.parse("CN101481674BB"))).startsWith("not a publication number");
        // The letter O typed for a zero.
        assertThat(invalidReason(PublicationNumber.parse("CN1O1481674B"))).startsWith("not a publication number");
        assertThat(invalidReason(PublicationNumber.of("USA", "1234567", "B1"))).isEqualTo("not a country code: USA");
        assertThat(invalidReason(PublicationNumber.of("US", "1234567", "B22"))).isEqualTo("not a kind code: B22");
        // An unknown US letter prefix.
        assertThat(invalidReason(PublicationNumber.of("US", "QQ123", null))).isEqualTo("not a publication number: US QQ123");
        // Zeros only number nothing.
        assertThat(invalidReason(PublicationNumber.of("US", "0000000", null))).isEqualTo("not a publication number: US 0000000");
        assertThat(invalidReason(PublicationNumber.of("US", "D0000", "S1"))).isEqualTo("not a publication number: US D0000");
    }

    @Test
    void blankIsMissing() {
        assertThat(PublicationNumber.parse(null)).isEqualTo(Parsed.missing());
        assertThat(PublicationNumber.parse(" ")).isEqualTo(Parsed.missing());
        assertThat(PublicationNumber.of(null, "123", "A")).isEqualTo(Parsed.missing());
        assertThat(PublicationNumber.of("US", " ", "A")).isEqualTo(Parsed.missing());
    }
}
