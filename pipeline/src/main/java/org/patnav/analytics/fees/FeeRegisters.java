package org.patnav.analytics.fees;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patnav.analytics.indicators.OpenLicenceRegister;

/**
 * What the bureau's registers record for the fee engine (term extensions, open licences), by the warehouse
 * id each register line names (application or publication id). Built on the driver from the files and
 * shipped to the Spark tasks as a value: a task opens no file.
 */
public final class FeeRegisters implements Serializable {

    private static final FeeRegisters NONE = new FeeRegisters(Map.of(), Map.of());

    private final Map<String, List<TermExtension>> extensions;
    private final Map<String, List<OpenLicencePeriod>> licences;

    private FeeRegisters(Map<String, List<TermExtension>> extensions, Map<String, List<OpenLicencePeriod>> licences) {
        this.extensions = extensions;
        this.licences = licences;
    }

    public static FeeRegisters none() {
        return NONE;
    }

    public static FeeRegisters of(TermExtensionRegister extensions, OpenLicenceRegister licences) {
        Map<String, List<TermExtension>> e = new HashMap<>();
        for (TermExtensionRegister.Entry x : extensions.entries()) {
            e.computeIfAbsent(x.patent().key(), k -> new ArrayList<>()).add(x.extension());
        }
        Map<String, List<OpenLicencePeriod>> l = new HashMap<>();
        for (OpenLicenceRegister.Declaration d : licences.declarations()) {
            l.computeIfAbsent(d.patent().key(), k -> new ArrayList<>()).add(d.period());
        }
        return new FeeRegisters(copy(e), copy(l));
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /**
     * The subject with what the registers record under any of its ids (its application id and
     * publication ids); a patent named twice (by application and by publication number) counts once.
     */
    public FeeSubject attach(FeeSubject s, Collection<String> ids) {
        if (extensions.isEmpty() && licences.isEmpty()) {
            return s;
        }
        List<TermExtension> e = ids.stream().distinct().flatMap(id -> extensions.getOrDefault(id, List.of()).stream())
                .distinct().toList();
        List<OpenLicencePeriod> l = ids.stream().distinct().flatMap(id -> licences.getOrDefault(id, List.of()).stream())
                .distinct().toList();
        return e.isEmpty() && l.isEmpty() ? s : s.withRegisters(e, l);
    }
}
