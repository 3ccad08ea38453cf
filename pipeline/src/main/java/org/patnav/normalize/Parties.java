package org.patnav.normalize;

import java.io.Serializable;
import java.util.Optional;
import org.patnav.model.Party;
import org.patnav.model.PartyType;

/**
 * Builds canonical {@link Party} rows: normalised name and type ({@link ApplicantNames}), country,
 * and the Chinese administrative-division code of the address ({@link AddressResolver}), when a
 * division table was given.
 *
 * <p>Country rule: an address naming Hong Kong, Macao or Taiwan decides (they are not provinces in
 * the bureau's statistics); otherwise the source's country field; otherwise the country an address
 * starts with; otherwise CN when the address resolves to a division.
 */
public final class Parties implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ApplicantNames names;
    private final Countries countries;
    private final AddressResolver addresses;

    public Parties(ApplicantNames names, Countries countries, AddressResolver addresses) {
        this.names = names;
        this.countries = countries;
        this.addresses = addresses;
    }

    /** Names and countries only: no division table, so no region codes. */
    public static Parties withoutRegions() {
        return new Parties(ApplicantNames.defaults(), Countries.defaults(), null);
    }

    public boolean resolvesRegions() {
        return addresses != null;
    }

    public ApplicantNames names() {
        return names;
    }

    public Countries countries() {
        return countries;
    }

    /**
     * @param knownType   what the source states about the party, or null to classify by name
     * @param countryHint the source's country field (code or name), may be null
     * @param address     the address as given, may be null
     */
    public Party of(String rawName, PartyType knownType, String countryHint, String address) {
        String blankFree = rawName == null ? null : rawName.strip();
        Optional<String> addressCountry = countries.countryAtStartOf(address);
        String country = addressCountry.filter(c -> c.equals("HK") || c.equals("MO") || c.equals("TW"))
                .or(() -> countries.codeOf(countryHint))
                .or(() -> addressCountry)
                .orElse(null);
        String region = null;
        if (addresses != null && address != null && (country == null || country.equals("CN"))) {
            region = addresses.resolve(address).map(AdminDivisions.Division::code).orElse(null);
            if (region != null && country == null) {
                country = "CN";
            }
        }
        String addressOut = address == null || address.isBlank() ? null : address.strip();
        return names.party(blankFree, knownType, country, addressOut, region);
    }
}
