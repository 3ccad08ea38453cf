package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Full-width (全角) and half-width (半角) forms: the Unicode Halfwidth and Fullwidth Forms block
 * (U+FF01-U+FF5E) folds to ASCII under NFKC (Unicode Standard Annex #15), U+3000 is the ideographic
 * space; the CJK brackets 【】〔〕［］《》〈〉 are mapped to ASCII brackets here.
 */
class ChineseTextTest {

    @Test
    void fullWidthBracketsAndDigitsFoldToAscii() {
        assertThat(ChineseText.toHalfWidth("公开（公告）号")).isEqualTo("公开(公告)号");
        assertThat(ChineseText.toHalfWidth("ＣＮ１０１")).isEqualTo("CN101");
        assertThat(ChineseText.toHalfWidth("ＣＮ１０１４８１６７４Ｂ")).isEqualTo("CN101481674B");
        assertThat(ChineseText.toHalfWidth("（１）")).isEqualTo("(1)");
        assertThat(ChineseText.toHalfWidth("Ａｂｃ：，．；")).isEqualTo("Abc:,.;");
    }

    @Test
    void cjkBracketsBecomeAsciiBrackets() {
        assertThat(ChineseText.toHalfWidth("【发明名称】")).isEqualTo("[发明名称]");
        assertThat(ChineseText.toHalfWidth("〔1〕［2］")).isEqualTo("[1][2]");
        assertThat(ChineseText.toHalfWidth("《专利法》〈细则〉")).isEqualTo("<专利法><细则>");
        // Corner quotes are not brackets and stay.
        assertThat(ChineseText.toHalfWidth("「引号」")).isEqualTo("「引号」");
    }

    @Test
    void ideographicAndNoBreakSpacesBecomeSpaces() {
        assertThat(ChineseText.toHalfWidth("华为\u3000技术")).isEqualTo("华为 技术");
        assertThat(ChineseText.toHalfWidth("Co.\u00A0Ltd")).isEqualTo("Co. Ltd");
    }

    @Test
    void plainAsciiIsReturnedAsIs() {
        String ascii = "CN 101481674 B";
        assertThat(ChineseText.toHalfWidth(ascii)).isSameAs(ascii);
        assertThat(ChineseText.toHalfWidth(null)).isNull();
    }

    @Test
    void compactFoldsAndDropsWhitespaceAndByteOrderMarks() {
        assertThat(ChineseText.compact(" \uFEFF公开 （公告） 号\t")).isEqualTo("公开(公告)号");
        assertThat(ChineseText.compact("公开(公告)号")).isEqualTo(ChineseText.compact("公开（公告）号"));
        assertThat(ChineseText.compact("申请\u3000日")).isEqualTo("申请日");
        assertThat(ChineseText.compact(null)).isNull();
    }

    @Test
    void containsHan() {
        assertThat(ChineseText.containsHan("华为技术有限公司")).isTrue();
        assertThat(ChineseText.containsHan("HUAWEI 华为")).isTrue();
        // A supplementary-plane ideograph (CJK Extension B) and the ideographic zero.
        assertThat(ChineseText.containsHan("\uD840\uDC00")).isTrue();
        assertThat(ChineseText.containsHan("〇")).isTrue();
        assertThat(ChineseText.containsHan("ＣＮ１０１（）")).isFalse();
        assertThat(ChineseText.containsHan("カタカナ")).isFalse();
        assertThat(ChineseText.containsHan("HUAWEI TECH CO LTD")).isFalse();
        assertThat(ChineseText.containsHan(null)).isFalse();
    }
}
