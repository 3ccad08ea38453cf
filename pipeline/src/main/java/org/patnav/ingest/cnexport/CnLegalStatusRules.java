package org.patnav.ingest.cnexport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patnav.model.EventCategory;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.RuleFiles;

/** Which legal-status texts state a dated event ({@code cn-legal-status.tsv}). */
public final class CnLegalStatusRules implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "/org/patnav/ingest/cn-legal-status.tsv";
    private static final String NONE = "-";

    /**
     * One line of the table. A class rather than a record: it travels to Spark tasks inside the ingest
     * context, and {@link Optional} is not serializable, so the absent values are kept as nulls inside.
     */
    public static final class Rule implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String pattern;
        private final EventCategory category;
        private final String code;
        private final String dateField;
        private final String fromParties;
        private final String toParties;

        Rule(String pattern, EventCategory category, String code, String dateField, String fromParties,
             String toParties) {
            this.pattern = pattern;
            this.category = category;
            this.code = code;
            this.dateField = dateField;
            this.fromParties = fromParties;
            this.toParties = toParties;
        }

        public String pattern() {
            return pattern;
        }

        /** The event's category; empty for a part that is recognised and gives no event (a licence's cancellation). */
        public Optional<EventCategory> category() {
            return Optional.ofNullable(category);
        }

        public String code() {
            return code;
        }

        /** The export field that dates the event ({@code lapse_date}, {@code transfer_date}). */
        public String dateField() {
            return dateField;
        }

        /** The export field naming who grants, transfers or pledges ({@code transferors}), if any. */
        public Optional<String> fromParties() {
            return Optional.ofNullable(fromParties);
        }

        /** The export field naming who receives ({@code transferees}, {@code pledgees}), if any. */
        public Optional<String> toParties() {
            return Optional.ofNullable(toParties);
        }
    }

    private final List<Rule> rules;

    private CnLegalStatusRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static CnLegalStatusRules defaults() {
        List<Rule> rules = new ArrayList<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(CnLegalStatusRules.class, TABLE, 6)) {
            if (l.cell(1).equals(NONE)) {
                rules.add(new Rule(l.cell(0), null, NONE, NONE, null, null));
                continue;
            }
            EventCategory category;
            try {
                category = EventCategory.fromId(l.cell(1));
            } catch (IllegalArgumentException e) {
                throw l.error(e.getMessage());
            }
            rules.add(new Rule(l.cell(0), category, l.cell(2), l.cell(3), field(l.cell(4)), field(l.cell(5))));
        }
        return new CnLegalStatusRules(List.copyOf(rules));
    }

    private static String field(String cell) {
        return cell.equals(NONE) ? null : cell;
    }

    /** The first rule one status part matches. */
    public Optional<Rule> match(String statusPart) {
        String s = ChineseText.compact(statusPart);
        return rules.stream().filter(r -> s.contains(r.pattern)).findFirst();
    }

    /** The export fields the rules date events by, each read as dates. */
    public Set<String> dateFields() {
        Set<String> fields = new TreeSet<>();
        rules.stream().filter(r -> r.category != null).forEach(r -> fields.add(r.dateField));
        return fields;
    }
}
