package org.patnav.ingest.cnexport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patnav.model.EventCategory;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.RuleFiles;

/** Which legal-status texts state a dated event ({@code cn-legal-status.tsv}). */
public final class CnLegalStatusRules implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @param dateField the export field that dates the event ({@code lapse_date}, {@code grant_date}) */
    public record Rule(String pattern, EventCategory category, String code, String dateField) implements Serializable {
    }

    private final List<Rule> rules;

    private CnLegalStatusRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static CnLegalStatusRules defaults() {
        List<Rule> rules = new ArrayList<>();
        for (String[] r : RuleFiles.resource(CnLegalStatusRules.class, "/org/patnav/ingest/cn-legal-status.tsv")) {
            rules.add(new Rule(r[0], EventCategory.fromId(r[1]), r[2], r[3]));
        }
        return new CnLegalStatusRules(List.copyOf(rules));
    }

    /** The first rule one status part matches. */
    public Optional<Rule> match(String statusPart) {
        String s = ChineseText.compact(statusPart);
        return rules.stream().filter(r -> s.contains(r.pattern())).findFirst();
    }
}
