package org.patnav.analytics.indicators;

import org.patnav.normalize.CnApplicationNumber;
import org.patnav.normalize.InputTable;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.PublicationNumber;

/**
 * A patent as a register names it: a CNIPA patent (application) number ({@code ZL202110123456.7},
 * {@code 202110123456.7}) becomes the warehouse's application id {@code CN-202110123456}; a publication
 * number ({@code CN112345678B}) its publication id {@code CN-112345678-B}.
 *
 * @param key    the warehouse id the register's number becomes
 * @param byPub  true when {@code key} is a publication id, false when an application id
 * @param written the number as the register wrote it
 */
public record PatentRef(String key, boolean byPub, String written) {

    public static Parsed<PatentRef> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.missing();
        }
        String s = text.strip();
        Parsed<CnApplicationNumber> application = CnApplicationNumber.parse(s);
        if (application instanceof Parsed.Value<CnApplicationNumber> v) {
            return Parsed.value(new PatentRef("CN-" + v.value().digits(), false, s));
        }
        Parsed<PublicationNumber> publication = PublicationNumber.parse(s);
        if (publication instanceof Parsed.Value<PublicationNumber> v && v.value().kind() != null) {
            return Parsed.value(new PatentRef(v.value().pubId(), true, s));
        }
        return Parsed.invalid("'" + s + "' is neither a CNIPA patent number (ZL202110123456.7) nor a publication"
                + " number with its kind (CN112345678B)");
    }

    /** Parses a register cell, or fails naming its line. */
    static PatentRef of(InputTable.Row row, String text) {
        return switch (parse(text)) {
            case Parsed.Value<PatentRef> v -> v.value();
            case Parsed.Missing<PatentRef> m -> throw row.error("empty patent number");
            case Parsed.Invalid<PatentRef> i -> throw row.error(i.reason());
        };
    }
}
