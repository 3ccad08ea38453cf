package org.patnav.analytics.fees;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A term extension a decision granted a CNIPA invention patent: the days it adds after the statutory term
 * ends, from the date of the decision.
 *
 * @param approved the new drug's marketing approval (药品上市许可) the compensation is measured from; null for
 *                 grant-delay compensation
 * @param filed    the filing date the register states (the drug caps are checked against it); null when not stated
 * @param source   the decision as the register cites it (决定 number, gazette issue)
 */
public record TermExtension(Kind kind, int days, LocalDate decided, LocalDate approved, LocalDate filed, String source)
        implements Serializable {

    /** The two compensations of 专利法 (2020) 第四十二条, each under the id the register writes. */
    public enum Kind {
        /** 专利法 第四十二条第二款: compensation for unreasonable delay in granting (授权延迟补偿). */
        PATENT_TERM_COMPENSATION("专利法 第四十二条第二款 (授权过程中的不合理延迟)"),
        /** 专利法 第四十二条第三款: compensation for a new drug's marketing review (药品专利期限补偿). */
        DRUG_TERM_COMPENSATION("专利法 第四十二条第三款 (新药上市审评审批)");

        private final String law;

        Kind(String law) {
            this.law = law;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String law() {
            return law;
        }
    }

    public TermExtension {
        if (days <= 0) {
            throw new IllegalArgumentException("a term extension adds days: " + days);
        }
    }
}
