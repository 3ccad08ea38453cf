package org.patnav.analytics.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PatentRef;
import org.patnav.analytics.indicators.PledgeRegister;
import org.patnav.analytics.landscape.LandscapeUnit.Dealing;

/**
 * The bureau's registers as dealings of the units they name, for the operation section: a pledge contract
 * of the pledge register ({@code --pledges}, the file the indicators read) is a pledge of each of its
 * patents on its registration date and, once released, a pledge release on the release date; an open-licence
 * declaration ({@code --open-licences}) is an open licence on its declaration date. A register names a patent
 * by its application number or a publication number with kind, matched against the unit's applications and
 * publications (the indicators' {@link PatentRef} reading). A dealing the events already hold (same
 * category, same date) is not added twice: exports and registers often record the same contract.
 */
public final class RegisterDealings {

    private RegisterDealings() {
    }

    /** The units with their registers' dealings; a unit no register names is returned as it is. */
    public static List<LandscapeUnit> apply(List<LandscapeUnit> units, PledgeRegister pledges,
                                            OpenLicenceRegister openLicences) {
        Map<String, List<Dealing>> byKey = new HashMap<>();
        for (PledgeRegister.Contract c : pledges.contracts()) {
            for (PatentRef p : c.patents()) {
                byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(new Dealing(Dealing.Category.PLEDGE, c.registered()));
                if (c.released() != null) {
                    byKey.get(p.key()).add(new Dealing(Dealing.Category.PLEDGE_RELEASE, c.released()));
                }
            }
        }
        for (OpenLicenceRegister.Declaration d : openLicences.declarations()) {
            byKey.computeIfAbsent(d.patent().key(), k -> new ArrayList<>())
                    .add(new Dealing(Dealing.Category.OPEN_LICENCE, d.declared()));
        }
        if (byKey.isEmpty()) {
            return units;
        }
        List<LandscapeUnit> out = new ArrayList<>(units.size());
        for (LandscapeUnit u : units) {
            List<Dealing> more = new ArrayList<>();
            u.nav().apps().forEach(a -> more.addAll(byKey.getOrDefault(a, List.of())));
            u.nav().pubIds().forEach(p -> more.addAll(byKey.getOrDefault(p, List.of())));
            out.add(more.isEmpty() ? u : u.withDealings(more));
        }
        return out;
    }
}
