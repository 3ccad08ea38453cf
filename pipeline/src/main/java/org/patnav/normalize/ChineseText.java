package org.patnav.normalize;

import java.text.Normalizer;

/**
 * Width and bracket folding for Chinese text. Platforms mix full-width (全角) and half-width (半角)
 * forms freely: {@code 公开（公告）号} and {@code 公开(公告)号} are one header,
 * {@code ＣＮ１０１４８１６７４Ｂ} is one number. NFKC folds full-width ASCII to half-width and
 * the ideographic space to a space; CJK brackets NFKC leaves alone are mapped here.
 */
public final class ChineseText {

    private ChineseText() {
    }

    public static String toHalfWidth(String text) {
        if (text == null) {
            return null;
        }
        if (isPlainAscii(text)) {
            return text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(switch (c) {
                case '【', '〔', '［' -> '[';
                case '】', '〕', '］' -> ']';
                case '〈', '《' -> '<';
                case '〉', '》' -> '>';
                case '\u00A0', '\u3000' -> ' ';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** Half-width, whitespace removed: the form used to compare headers and Chinese names. */
    public static String compact(String text) {
        if (text == null) {
            return null;
        }
        String s = toHalfWidth(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static boolean containsHan(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
