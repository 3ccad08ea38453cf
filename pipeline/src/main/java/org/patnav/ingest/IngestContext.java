package org.patnav.ingest;

import java.io.Serializable;
import org.patnav.ingest.cnexport.CnExportHeaders;
import org.patnav.ingest.cnexport.CnLegalStatusRules;
import org.patnav.ingest.maintfee.MaintFeeCodes;
import org.patnav.ingest.trademark.TrademarkRules;
import org.patnav.normalize.Parties;

/**
 * The rule tables readers need, loaded once on the driver and shipped to every task: party
 * normalisation (names, countries, administrative divisions), the CN patent export header map and
 * legal-status rules, the USPTO maintenance-fee code table, the CN trademark export header map and
 * the trademark status and term tables.
 */
public record IngestContext(Parties parties, CnExportHeaders cnHeaders, CnLegalStatusRules cnLegalStatus,
                            MaintFeeCodes maintFeeCodes, CnExportHeaders cnTrademarkHeaders,
                            TrademarkRules trademarkRules) implements Serializable {

    /** Shipped tables, with the given party normaliser. */
    public static IngestContext withParties(Parties parties) {
        return new IngestContext(parties, CnExportHeaders.defaults(), CnLegalStatusRules.defaults(),
                MaintFeeCodes.defaults(), CnExportHeaders.trademarks(), TrademarkRules.defaults());
    }
}
