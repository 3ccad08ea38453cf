package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.patnav.model.PatentType;

/**
 * Rules from CNIPA's application-number standard ZC 0006-2003 (专利申请号标准): since 1 October
 * 2003 twelve digits, year (4) + type (1) + serial (7); from 1985 to 2003 eight digits, year (2) +
 * type (1) + serial (5). The check character is the sum of each digit times the weights
 * 2,3,4,5,6,7,8,9,2,3,4,5, modulo 11, with 10 written X. Type digit: 1 invention, 2 utility model,
 * 3 design, 8 PCT invention and 9 PCT utility model entering the Chinese national phase.
 */
class CnApplicationNumberTest {

    private static CnApplicationNumber valid(String text) {
        Parsed<CnApplicationNumber> parsed = CnApplicationNumber.parse(text);
        assertThat(parsed).as(text).isInstanceOf(Parsed.Value.class);
        return parsed.orNull();
    }

    private static String invalidReason(String text) {
        Parsed<CnApplicationNumber> parsed = CnApplicationNumber.parse(text);
        assertThat(parsed).as(text).isInstanceOf(Parsed.Invalid.class);
        return ((Parsed.Invalid<CnApplicationNumber>) parsed).reason();
    }

    @Test
    void checkCharactersOfRealTwelveDigitNumbers() {
        // 2·2+0·3+0·4+7·5+1·6+0·7+3·8+0·9+8·2+4·3+9·4+4·5 = 153 = 13·11 + 10 → X
        assertThat(CnApplicationNumber.checkCharFor("200710308494")).isEqualTo('X');
        // 4+0+4+5+6+0+24+54+18+24+28+25 = 192 = 17·11 + 5
        assertThat(CnApplicationNumber.checkCharFor("201110369875")).isEqualTo('5');
        // 4+0+8+0+6+7+32+27+16+3+32+30 = 165 = 15·11 + 0
        assertThat(CnApplicationNumber.checkCharFor("202011438186")).isEqualTo('0');

        assertThat(valid("200710308494.X")).isEqualTo(new CnApplicationNumber("200710308494", 'X'));
        assertThat(valid("201110369875.5")).isEqualTo(new CnApplicationNumber("201110369875", '5'));
        assertThat(valid("202011438186.0")).isEqualTo(new CnApplicationNumber("202011438186", '0'));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CN202011438186.0      | 202011438186 | 0",
        "2020114381860         | 202011438186 | 0",
        "ZL 201110369875.5     | 201110369875 | 5",
        "ZL201110369875.5      | 201110369875 | 5",
        "zl200710308494.x      | 200710308494 | X",
        "200710308494X         | 200710308494 | X",
        // Google's DOCDB form carries no check character: it is computed (186 = 16·11 + 10 → X).
        "CN-200910095505-A     | 200910095505 | X",
        "２０２０１１４３８１８６．０ | 202011438186 | 0",
        "ＣＮ２０１１１０３６９８７５．５ | 201110369875 | 5",
    })
    void writtenForms(String text, String digits, char check) {
        CnApplicationNumber n = valid(text);
        assertThat(n.digits()).isEqualTo(digits);
        assertThat(n.checkChar()).isEqualTo(check);
        assertThat(n.formatted()).isEqualTo(digits + "." + check);
        assertThat(n.applicationId()).isEqualTo("CN-" + digits);
    }

    @Test
    void wrongCheckCharactersAreInvalid() {
        assertThat(invalidReason("200710308494.1"))
                .isEqualTo("bad check digit in CN application number 200710308494.1: expected X, found 1");
        assertThat(invalidReason("201110369875.4")).contains("expected 5, found 4");
        assertThat(invalidReason("CN202011438186.X")).contains("expected 0, found X");
        // 12 digits are read before 8, so a 13th digit is a check digit, here the wrong one.
        assertThat(invalidReason("2009100955051")).contains("expected X, found 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "201910000001.9 | 1 | INVENTION     | false",
        "201920000001.4 | 2 | UTILITY_MODEL | false",
        "201930000001.X | 3 | DESIGN        | false",
        "201980000001.7 | 8 | INVENTION     | true",
        "201990000001.2 | 9 | UTILITY_MODEL | true",
    })
    void typeDigitGivesPatentTypeAndPctNationalPhase(String text, int typeDigit, PatentType type, boolean pct) {
        CnApplicationNumber n = valid(text);
        assertThat(n.typeDigit()).isEqualTo(typeDigit);
        assertThat(n.patentType()).isEqualTo(type);
        assertThat(n.pctNationalPhase()).isEqualTo(pct);
        assertThat(n.year()).isEqualTo(2019);
    }

    @Test
    void typeDigitsOtherThan12389AreInvalid() {
        assertThat(invalidReason("200740308494"))
                .isEqualTo("CN application number 200740308494 has type digit 4 (expected 1, 2, 3, 8 or 9)");
        assertThat(invalidReason("200740308494.6")).contains("type digit 4");
        assertThat(invalidReason("01523456")).contains("type digit 5");
    }

    @Test
    void thePatentNumberIsZlWithTheApplicationNumberSpacedByPart() {
        // 专利申请号标准 ZC 0006-2003: year, type digit, serial, check character; the certificate writes
        // the 专利号 as ZL and those parts (e.g. ZL 2007 1 0308494.X).
        assertThat(valid("200710308494.X").patentNumber()).isEqualTo("ZL 2007 1 0308494.X");
        assertThat(valid("01123456.3").patentNumber()).isEqualTo("ZL 01 1 23456.3");
    }

    @Test
    void eightDigitNumbersUseTheFirstEightWeights() {
        // 01123456: 0·2+1·3+1·4+2·5+3·6+4·7+5·8+6·9 = 0+3+4+10+18+28+40+54 = 157 = 14·11 + 3 → 3
        assertThat(CnApplicationNumber.checkCharFor("01123456")).isEqualTo('3');
        CnApplicationNumber n = valid("01123456.3");
        assertThat(n).isEqualTo(new CnApplicationNumber("01123456", '3'));
        assertThat(n.typeDigit()).isEqualTo(1);
        assertThat(n.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(n.formatted()).isEqualTo("01123456.3");
        assertThat(n.applicationId()).isEqualTo("CN-01123456");
        assertThat(valid("01123456").checkChar()).isEqualTo('3');
        assertThat(invalidReason("01123456.X")).contains("expected 3, found X");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // 8·2+5·3+1·4+0+0+0+0+1·9 = 44 = 4·11 → 0
        "85100001.0, 1985",
        // 9·2+9·3+2·4+0+0+0+0+1·9 = 62 = 5·11 + 7 → 7
        "99200001.7, 1999",
        "01123456.3, 2001",
        // 0+3·3+3·4+0+0+0+0+1·9 = 30 = 2·11 + 8 → 8
        "03300001.8, 2003",
        "200710308494.X, 2007",
    })
    void filingYear(String text, int year) {
        assertThat(valid(text).year()).isEqualTo(year);
    }

    @Test
    void eightDigitNumbersFromYearsTheSchemeDidNotRunAreInvalid() {
        // 04100001 has a right check digit (25 = 2·11 + 3) but 2004 numbers have 12 digits.
        assertThat(invalidReason("04100001.3"))
                .isEqualTo("CN application number 04100001.3: 8-digit numbers were issued from 1985 to 2003,"
                        + " not in year 04");
        assertThat(invalidReason("84100001")).contains("not in year 84");
        assertThat(invalidReason("50100001")).contains("not in year 50");
    }

    @Test
    void blankIsMissingAndOtherTextInvalid() {
        assertThat(CnApplicationNumber.parse(null)).isEqualTo(Parsed.missing());
        assertThat(CnApplicationNumber.parse("  ")).isEqualTo(Parsed.missing());
        assertThat(invalidReason("CN101481674B")).isNotEmpty();
        assertThat(invalidReason("2007103084")).isEqualTo("not a CN application number: 2007103084");
        assertThat(invalidReason("200710308494..X")).startsWith("not a CN application number");
    }

    @Test
    void aWrongCheckCharacterIsToldApartFromText() {
        assertThat(CnApplicationNumber.hasWrongCheckChar("202011438186.1")).isTrue();
        assertThat(CnApplicationNumber.hasWrongCheckChar("202011438186.0")).isFalse();
        assertThat(CnApplicationNumber.hasWrongCheckChar("202011438186")).isFalse();
        assertThat(CnApplicationNumber.hasWrongCheckChar("not a number")).isFalse();
        assertThat(CnApplicationNumber.hasWrongCheckChar(null)).isFalse();
    }
}
