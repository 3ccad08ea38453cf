package org.patnav.ingest.uspto;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small helpers over a StAX reader positioned on a START_ELEMENT. */
final class Stax {

    private Stax() {
    }

    /**
     * All text inside the current element, child elements included ({@code <b>}, {@code <sup>},
     * {@code <claim-ref>}), whitespace runs collapsed to one space. Leaves the reader on the END_ELEMENT.
     */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        appendText(r, sb);
        return collapse(sb);
    }

    /**
     * All text inside the current element exactly as written, for fixed-width fields whose spaces
     * carry meaning ({@code A45F  504}). Leaves the reader on the END_ELEMENT.
     */
    static String rawText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        appendText(r, sb);
        return sb.toString();
    }

    static void appendText(XMLStreamReader r, StringBuilder sb) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    /** Skips the current element with everything inside it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Advances to the next child START_ELEMENT of the element whose content the reader is in;
     * returns false when the reader reaches that element's END_ELEMENT.
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
