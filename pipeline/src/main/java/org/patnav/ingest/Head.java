package org.patnav.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first bytes of a decompressed stream, for content detection. The name is only for
 * messages: formats are detected by content.
 */
public final class Head {

    public static final int SIZE = 64 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final String name;
    private final byte[] bytes;
    private String text;

    public Head(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes;
    }

    public boolean startsWith(byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean hasUtf8Bom() {
        return startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    /**
     * The head as text: UTF-8 without its BOM when it decodes as UTF-8 (a multi-byte character cut
     * at the end of the head is allowed), else GB18030, the superset of GBK that Chinese platforms
     * export in.
     */
    public String text() {
        if (text == null) {
            int start = hasUtf8Bom() ? 3 : 0;
            Charset charset = looksLikeUtf8() ? StandardCharsets.UTF_8 : GB18030;
            text = new String(bytes, start, bytes.length - start, charset);
        }
        return text;
    }

    public boolean looksLikeUtf8() {
        int start = hasUtf8Bom() ? 3 : 0;
        int end = bytes.length;
        // Do not judge a character cut off by the end of the head.
        int back = 0;
        while (back < 3 && end - back - 1 >= start && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= start && (bytes[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The first non-blank line of the text, for messages and header detection. */
    public String firstLine() {
        for (String line : text().split("\r?\n", 50)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** The first non-whitespace character, or 0. */
    public char firstSignificantChar() {
        String t = text();
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return 0;
    }

    /**
     * Header cells as column names: without quotes, BOM or surrounding blanks, lower-cased. The
     * delimited-table readers (PatentsView, Trademark Case Files) find their columns by these.
     */
    public static List<String> columnNames(List<String> cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            String s = cell.replace("\uFEFF", "").strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            names.add(s.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
