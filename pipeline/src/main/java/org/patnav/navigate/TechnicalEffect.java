package org.patnav.navigate;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A technical effect (技术功效) as {@code effects.tsv} lists it: the phrases that state it in Chinese and
 * English, and the sectors whose 技术功效矩阵 shows it.
 *
 * @param zh      Chinese phrases; the first is the effect's Chinese label
 * @param en      English phrases; the first is the effect's English label
 * @param sectors the sector ids whose matrix shows the effect; empty for every sector
 * @param source  where the effect comes from, or why its phrases are as they are
 */
public record TechnicalEffect(String id, List<String> zh, List<String> en, Set<String> sectors, String source)
        implements Serializable {

    public TechnicalEffect {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        sectors = Set.copyOf(sectors);
    }

    public String labelZh() {
        return zh.getFirst();
    }

    public String labelEn() {
        return en.getFirst();
    }

    public boolean appliesTo(String sector) {
        return sectors.isEmpty() || sectors.contains(sector);
    }
}
