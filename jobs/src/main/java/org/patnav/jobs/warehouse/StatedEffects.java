package org.patnav.jobs.warehouse;

import java.util.List;
import org.apache.spark.sql.api.java.UDF2;
import org.patnav.navigate.EffectMatcher;
import org.patnav.navigate.TechnicalEffect;

/**
 * The fact table's {@code effects}: the ids of the technical effects an application's abstract or first
 * claim states, by {@link EffectMatcher}'s rule. The effect table is read on the driver and shipped with
 * the function; each executor builds its matcher once, on first use (the matcher analyses every phrase
 * with the index's analyser, which is not serializable and is shared by the task threads).
 */
final class StatedEffects implements UDF2<String, String, List<String>> {

    private final List<TechnicalEffect> effects;
    private transient volatile EffectMatcher matcher;

    StatedEffects(List<TechnicalEffect> effects) {
        this.effects = List.copyOf(effects);
    }

    @Override
    public List<String> call(String abstractText, String firstClaim) {
        return matcher().stated(abstractText, firstClaim).stream().map(EffectMatcher.StatedEffect::effect).toList();
    }

    private EffectMatcher matcher() {
        EffectMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                if (matcher == null) {
                    matcher = new EffectMatcher(effects);
                }
                m = matcher;
            }
        }
        return m;
    }
}
