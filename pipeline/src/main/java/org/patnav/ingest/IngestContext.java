package org.patnav.ingest;

import java.io.Serializable;
import org.patnav.ingest.cnexport.CnExportHeaders;
import org.patnav.ingest.cnexport.CnLegalStatusRules;
import org.patnav.ingest.maintfee.MaintFeeCodes;
import org.patnav.normalize.Parties;

/**
 * The rule tables readers need, loaded once on the driver and shipped to every task: party
 * normalisation (names, countries, administrative divisions), the CN export header map and
 * legal-status rules, and the USPTO maintenance-fee code table.
 */
public record IngestContext(Parties parties, CnExportHeaders cnHeaders, CnLegalStatusRules cnLegalStatus,
                            MaintFeeCodes maintFeeCodes) implements Serializable {

    /** Shipped tables, with the given party normaliser. */
    public static IngestContext withParties(Parties parties) {
        return new IngestContext(parties, CnExportHeaders.defaults(), CnLegalStatusRules.defaults(),
                MaintFeeCodes.defaults());
    }
}
