package org.patnav.jobs.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patnav.analytics.indicators.OpenLicenceRegister;
import org.patnav.analytics.indicators.PledgeRegister;

/**
 * The pledge register and the open-licence declarations with the region each line counts in: the line's
 * own {@code region_code}, else the division of the current owner of the (first) patent it names, else
 * none (the nation only). One place for that rule and for which lines are behind a figure, so the
 * figures, the dashboard's lists and {@code --explain} agree.
 *
 * @param ownerRegions the owner's division of each patent the registers name that the warehouse holds, by
 *                     the register's key (application or publication id)
 */
public record PlacedRegisters(PledgeRegister pledges, OpenLicenceRegister openLicences, Map<String, String> ownerRegions) {

    public PlacedRegisters {
        ownerRegions = Map.copyOf(ownerRegions);
    }

    public String regionOf(PledgeRegister.Contract c) {
        return c.regionCode() != null ? c.regionCode() : ownerRegions.get(c.patents().getFirst().key());
    }

    public String regionOf(OpenLicenceRegister.Declaration d) {
        return d.regionCode() != null ? d.regionCode() : ownerRegions.get(d.patent().key());
    }

    /** The contracts behind a date's pledge figure: registered from 1 January of its year to it. */
    public List<PledgeRegister.Contract> pledgedInYearTo(LocalDate date) {
        return pledges.contracts().stream()
                .filter(c -> c.registered().getYear() == date.getYear() && !c.registered().isAfter(date)).toList();
    }

    /** Those of them that count in a region (a region key: county, city, province or the nation). */
    public List<PledgeRegister.Contract> pledgedInYearTo(LocalDate date, String regionKey) {
        return pledgedInYearTo(date).stream().filter(c -> IndicatorsJob.keysOf(regionOf(c)).contains(regionKey)).toList();
    }

    /** The declarations in force on a date. */
    public List<OpenLicenceRegister.Declaration> openLicencesOn(LocalDate date) {
        return openLicences.declarations().stream().filter(d -> d.inForce(date)).toList();
    }

    /** Those of them that count in a region. */
    public List<OpenLicenceRegister.Declaration> openLicencesOn(LocalDate date, String regionKey) {
        return openLicencesOn(date).stream().filter(d -> IndicatorsJob.keysOf(regionOf(d)).contains(regionKey)).toList();
    }

    /** The lines behind a date's figures that no region places: they count in the nation only. */
    public List<String> unplaced(LocalDate date) {
        List<String> out = new ArrayList<>();
        for (PledgeRegister.Contract c : pledgedInYearTo(date)) {
            if (regionOf(c) == null) {
                out.add("pledge " + c.registrationNo() + ": no region_code, and " + c.patents().getFirst().written()
                        + " is not in the warehouse with an owner's division");
            }
        }
        for (OpenLicenceRegister.Declaration d : openLicencesOn(date)) {
            if (regionOf(d) == null) {
                out.add("open licence " + d.patent().written() + ": no region_code, and the patent is not in the"
                        + " warehouse with an owner's division");
            }
        }
        return out;
    }
}
