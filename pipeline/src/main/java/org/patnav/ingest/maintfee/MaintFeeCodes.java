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
     */
    public record Code(String code, EventCategory category, Integer feeYear, String entityStatus)
            implements Serializable {
    }

    private final Map<String, Code> byCode;

    private MaintFeeCodes(Map<String, Code> byCode) {
        this.byCode = byCode;
    }

    public static MaintFeeCodes defaults() {
        Map<String, Code> map = new HashMap<>();
        for (String[] r : RuleFiles.resource(MaintFeeCodes.class, "/org/patnav/ingest/maintfee-event-codes.tsv")) {
            Integer year = r.length > 2 && !r[2].isEmpty() ? Integer.valueOf(r[2]) : null;
            String entity = r.length > 3 && !r[3].isEmpty() ? r[3] : null;
            map.put(r[0], new Code(r[0], EventCategory.fromId(r[1]), year, entity));
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
