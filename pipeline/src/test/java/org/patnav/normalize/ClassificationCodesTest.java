package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IPC / CPC symbols in one form, {@code A61K36/18}. Layouts from WIPO ST.8 (the 14-character
 * machine-readable IPC: subclass in 4, main group right-aligned and zero-filled in 4, subgroup
 * left-aligned and zero-filled in 6), the IPC Guide (a subgroup has at least two digits; its
 * digits are a decimal fraction, so 36/180 is 36/18), and the edition-7 text of USPTO Red Book
 * v4.0 XML (subclass, main group right-aligned in 3 characters, subgroup: {@code A45F  504}).
 */
class ClassificationCodesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "A61K  36/18               | A61K36/18",
        "A61K 36/18                | A61K36/18",
        "A61K36/18                 | A61K36/18",
        "a61k 36 / 18              | A61K36/18",
        "A61K 0036/18              | A61K36/18",
        "G06F015/16                | G06F15/16",
        "C07D401/14                | C07D401/14",
        "H01L 21/02                | H01L21/02",
        // ST.8 14-character layout, padding zeros of the subgroup dropped down to two digits.
        "A61K0036180000            | A61K36/18",
        "H01M0010052500            | H01M10/0525",
        "G06F0017300000            | G06F17/30",
        "A61K0036000000            | A61K36/00",
        // Edition-7 fixed layout of USPTO v4.0 XML (ipg050104).
        "A45F  504                 | A45F5/04",
        "H05K  720                 | H05K7/20",
        "A43B 1314                 | A43B13/14",
        "C07C24900                 | C07C249/00",
        "H01L 21302                | H01L21/302",
        // A version or edition after the symbol, and anything after that.
        "H01M 10/0525 (2010.01)    | H01M10/0525",
        "A61K36/18(2006.01)I       | A61K36/18",
        "A61K 36/18 [2006.01]      | A61K36/18",
        "A61K 36/18（2006.01）     | A61K36/18",
        // Full-width forms from Chinese exports.
        "Ａ６１Ｋ３６／１８          | A61K36/18",
        "A61K                      | A61K",
        "y10s418/01                | Y10S418/01",
        "Y02E 10/50                | Y02E10/50",
    })
    void normalise(String text, String code) {
        assertThat(ClassificationCodes.normalise(text)).isEqualTo(Parsed.value(code));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"A61", "A61K36", "Z99Z 1/00", "A61K 36/18 20060101", "A45F   504", "36/18", "None"})
    void invalid(String text) {
        assertThat(ClassificationCodes.normalise(text)).isEqualTo(Parsed.invalid("not an IPC/CPC symbol: " + text));
    }

    @Test
    void blankIsMissing() {
        assertThat(ClassificationCodes.normalise(null)).isEqualTo(Parsed.missing());
        assertThat(ClassificationCodes.normalise("  ")).isEqualTo(Parsed.missing());
    }

    @Test
    void fromPartsOfClassificationIpcrAndCpcElements() {
        assertThat(ClassificationCodes.fromParts("H", "01", "M", "10", "0525")).isEqualTo(Parsed.value("H01M10/0525"));
        assertThat(ClassificationCodes.fromParts("A", "61", "B", "2560", "0209")).isEqualTo(Parsed.value("A61B2560/0209"));
        assertThat(ClassificationCodes.fromParts(" A ", "61", "K", " 36 ", " 18 ")).isEqualTo(Parsed.value("A61K36/18"));
        // A main group without subgroup is the /00 group; no main group is the bare subclass.
        assertThat(ClassificationCodes.fromParts("A", "61", "K", "36", null)).isEqualTo(Parsed.value("A61K36/00"));
        assertThat(ClassificationCodes.fromParts("A", "61", "K", null, null)).isEqualTo(Parsed.value("A61K"));
        assertThat(ClassificationCodes.fromParts(null, "61", "K", "36", "18")).isEqualTo(Parsed.missing());
        assertThat(ClassificationCodes.fromParts("Z", "61", "K", "36", "18"))
                .isEqualTo(Parsed.invalid("not an IPC/CPC symbol: Z61K36/18"));
    }

    @Test
    void subclassAndMainGroup() {
        assertThat(ClassificationCodes.subclassOf("A61K36/18")).isEqualTo("A61K");
        assertThat(ClassificationCodes.mainGroupOf("A61K36/18")).isEqualTo("A61K36");
        assertThat(ClassificationCodes.mainGroupOf("H01M10/0525")).isEqualTo("H01M10");
        assertThat(ClassificationCodes.subclassOf("A61K")).isEqualTo("A61K");
        assertThat(ClassificationCodes.mainGroupOf("A61K")).isEqualTo("A61K");
    }
}
