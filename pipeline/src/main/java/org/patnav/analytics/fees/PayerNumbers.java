package org.patnav.analytics.fees;

import java.util.Locale;
import org.patnav.normalize.CnApplicationNumber;
import org.patnav.normalize.Parsed;

/**
 * The number a fee payer quotes to the office. CNIPA takes annual fees against the patent number (专利号:
 * ZL and the application number, 专利申请号标准 ZC 0006-2003), the USPTO maintenance fees against the patent
 * number (37 CFR 1.366(c)), the EPO renewal fees against the application number; before a grant every
 * office takes the application number.
 */
public final class PayerNumbers {

    private PayerNumbers() {
    }

    /**
     * The patent number of a granted patent, null when the payer quotes the application number instead (not
     * granted, an EPO renewal fee, or a CN application number that does not parse).
     *
     * @param pubId             DOCDB-style publication key ({@code US-10249999-B2})
     * @param applicationNumber the application number as the office writes it ({@code 202010451234.5})
     */
    public static String patentNumber(String office, String pubId, String applicationNumber, boolean granted) {
        if (!granted) {
            return null;
        }
        return switch (office) {
            case "CN" -> CnApplicationNumber.parse(applicationNumber) instanceof Parsed.Value<CnApplicationNumber> v
                    ? v.value().patentNumber() : null;
            case "US" -> {
                String[] parts = pubId.split("-");
                yield parts.length >= 2 ? parts[1].toUpperCase(Locale.ROOT) : null;
            }
            default -> null;
        };
    }
}
