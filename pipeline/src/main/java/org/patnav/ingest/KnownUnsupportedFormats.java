package org.patnav.ingest;

import java.util.List;
import java.util.Optional;
import org.patnav.model.RejectReason;

/**
 * Formats PatNav recognises but does not read (yet), so a user gets "this is an EPO document, not
 * supported" rather than "unrecognised". Also documents that are not patents at all, such as the
 * sequence listings that weekly USPTO files carry between grants.
 */
final class KnownUnsupportedFormats {

    record Signature(String marker, RejectReason reason, String description) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("<!DOCTYPE sequence-cwu", RejectReason.NOT_A_PATENT_DOCUMENT,
                    "USPTO sequence listing (sequence-cwu), not a patent document"),
            new Signature("<!DOCTYPE PATDOC", RejectReason.UNSUPPORTED_FORMAT,
                    "USPTO Red Book SGML/XML v2.4-2.5 grant (PATDOC, 2001-2004): not supported yet"),
            new Signature("<patent-application-publication", RejectReason.UNSUPPORTED_FORMAT,
                    "USPTO pre-grant publication XML v1.5-1.6 (PAP, 2001-2004): not supported yet"),
            new Signature("<ep-patent-document", RejectReason.UNSUPPORTED_FORMAT,
                    "EPO publication server XML (ep-patent-document): not supported yet"),
            new Signature("<us-patent-grant-xml", RejectReason.UNSUPPORTED_FORMAT,
                    "unknown USPTO grant XML variant"),
            new Signature("PATN\n", RejectReason.UNSUPPORTED_FORMAT,
                    "USPTO APS green book text (1976-2001): not supported yet"),
            new Signature("PATN\r\n", RejectReason.UNSUPPORTED_FORMAT,
                    "USPTO APS green book text (1976-2001): not supported yet"),
            new Signature("<trademark-applications-daily", RejectReason.UNSUPPORTED_FORMAT,
                    "USPTO trademark daily XML: not supported yet"));

    private KnownUnsupportedFormats() {
    }

    static Optional<Signature> match(Head head) {
        String text = head.text();
        String start = text.length() > 4096 ? text.substring(0, 4096) : text;
        return SIGNATURES.stream().filter(s -> start.contains(s.marker())).findFirst();
    }
}
