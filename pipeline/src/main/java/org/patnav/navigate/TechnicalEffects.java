package org.patnav.navigate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patnav.normalize.RuleFiles;

/**
 * The technical effects PatNav ships ({@code effects.tsv}), read with the project's rule-table reader:
 * five tab-separated columns (id, Chinese phrases, English phrases, sectors, source), phrases joined by
 * {@code |}, a phrase's parts that may stand apart joined by {@code …}. A bad line is reported by file and line.
 */
public final class TechnicalEffects {

    private static final String RESOURCE = "effects.tsv";
    /** Written between the parts of a phrase whose parts may stand a few words apart ({@code 提高…效率}). */
    static final String GAP = "…";

    private final List<TechnicalEffect> effects;

    private TechnicalEffects(List<TechnicalEffect> effects) {
        this.effects = List.copyOf(effects);
    }

    /** The shipped table; its sector scopes name shipped sectors only. */
    public static TechnicalEffects shipped() {
        return of(RuleFiles.resourceLines(TechnicalEffects.class, RESOURCE, 5));
    }

    static TechnicalEffects of(List<RuleFiles.Line> lines) {
        List<TechnicalEffect> effects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFiles.Line line : lines) {
            String id = line.cell(0);
            if (!id.matches(NavigationFiles.ID)) {
                throw line.error("effect id '" + id + "' must be lower-case letters, digits and dashes");
            }
            if (!ids.add(id)) {
                throw line.error("effect id '" + id + "' is used twice");
            }
            Set<String> sectors = new LinkedHashSet<>();
            for (String s : line.cell(3).split(",")) {
                if (s.isBlank()) {
                    continue;
                }
                if (!Sectors.SHIPPED.contains(s.strip())) {
                    throw line.error("effect '" + id + "': '" + s.strip() + "' is not a shipped sector " + Sectors.SHIPPED);
                }
                sectors.add(s.strip());
            }
            if (line.cell(4).isBlank()) {
                throw line.error("effect '" + id + "' cites no source");
            }
            effects.add(new TechnicalEffect(id, phrases(line, 1, "zh"), phrases(line, 2, "en"), sectors, line.cell(4)));
        }
        return new TechnicalEffects(effects);
    }

    /**
     * Every report shows an effect in both languages, so each needs a phrase in each; the first is the
     * label, so it is written out in full, without {@code …}.
     */
    private static List<String> phrases(RuleFiles.Line line, int column, String lang) {
        List<String> phrases = Arrays.stream(line.cell(column).split("\\|")).map(String::strip).toList();
        String effect = "effect '" + line.cell(0) + "'";
        if (phrases.stream().anyMatch(String::isEmpty)) {
            throw line.error(effect + ": a blank " + lang + " phrase (phrases are joined by |)");
        }
        if (phrases.getFirst().contains(GAP)) {
            throw line.error(effect + ": the first " + lang + " phrase is the label, written without " + GAP);
        }
        for (String p : phrases) {
            if (Arrays.stream(p.split(GAP, -1)).anyMatch(String::isBlank)) {
                throw line.error(effect + ": '" + p + "' has an empty part (" + GAP + " stands between two parts)");
            }
        }
        return phrases;
    }

    /** Every effect, in table order (the order of a matrix's columns). */
    public List<TechnicalEffect> all() {
        return effects;
    }

    /** The effects a sector's matrix shows: those scoped to it and those scoped to none. */
    public List<TechnicalEffect> forSector(String sector) {
        return effects.stream().filter(e -> e.appliesTo(sector)).toList();
    }
}
