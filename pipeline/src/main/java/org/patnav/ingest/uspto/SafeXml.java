package org.patnav.ingest.uspto;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import org.codehaus.stax2.XMLInputFactory2;
import org.apache.commons.text.translate.EntityArrays;

/**
 * The StAX factory for patent XML: Woodstox, streaming, never touching the network.
 *
 * <p>DTD processing is off, so the {@code <!DOCTYPE ... SYSTEM "us-patent-grant-v45.dtd">} line
 * fetches nothing and internal-subset entity declarations are not expanded: external entities
 * (XXE) and entity bombs cannot be defined. The named entities the USPTO DTDs declare for
 * typography ({@code &ldquo;}, {@code &mdash;}, ...) are supplied from the HTML 4 table instead; any
 * other entity reference makes the document malformed, and it is rejected. Limits cap element
 * depth and text size of a single document.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    public static XMLInputFactory factory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Parse each event in next(): lazily parsed text fails later, in getText(), with an
        // unchecked exception that escapes the reader instead of rejecting the one document.
        f.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        f.setProperty(WstxInputProperties.P_CUSTOM_INTERNAL_ENTITIES, htmlEntities());
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 500);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 256 * 1024 * 1024);
        return f;
    }

    /** {@code ldquo} → “ and the rest of HTML 4.01's named characters. */
    private static Map<String, String> htmlEntities() {
        Map<String, String> entities = new HashMap<>();
        for (Map<CharSequence, CharSequence> table : java.util.List.of(
                EntityArrays.ISO8859_1_UNESCAPE, EntityArrays.HTML40_EXTENDED_UNESCAPE)) {
            table.forEach((ref, text) -> {
                String name = ref.toString();
                entities.put(name.substring(1, name.length() - 1), text.toString());
            });
        }
        return entities;
    }
}
