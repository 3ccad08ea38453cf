package org.patnav.ingest.maintfee;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.patnav.model.EventCategory;
import org.patnav.normalize.RuleFiles;

/** USPTO maintenance-fee event codes and their meaning ({@code maintfee-event-codes.tsv}). */
public final class MaintFeeCodes implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param feeYear      4, 8 or 12 for the fee the event concerns, else null
     * @param entityStatus large / small / micro when the code implies it, else null
     * @param description  the USPTO's description of the code (Table 2 of the file documentation)
     */
    public record Code(String code, EventCategory category, Integer feeYear, String entityStatus, String description)
            implements Serializable {
    }

    private final Map<String, Code> byCode;

    private MaintFeeCodes(Map<String, Code> byCode) {
        this.byCode = byCode;
    }

    public static MaintFeeCodes defaults() {
        Map<String, Code> map = new HashMap<>();
        for (RuleFiles.Line l : RuleFiles.resourceLines(MaintFeeCodes.class, "/org/patnav/ingest/maintfee-event-codes.tsv", 5)) {
            Integer year = l.cell(2).isEmpty() ? null : l.integer(2);
            String entity = l.cell(3).isEmpty() ? null : l.cell(3);
            map.put(l.cell(0), new Code(l.cell(0), EventCategory.fromId(l.cell(1)), year, entity, l.cell(4)));
        }
        return new MaintFeeCodes(Map.copyOf(map));
    }

    public Optional<Code> get(String code) {
        return Optional.ofNullable(byCode.get(code.strip()));
    }

    public int size() {
        return byCode.size();
    }
}
