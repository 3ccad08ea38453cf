package org.patnav.model;

/**
 * An applicant, assignee, current owner or inventor.
 *
 * @param rawName    the name exactly as the source wrote it
 * @param name       the normalised name used for grouping (see {@code ApplicantNames})
 * @param type       company / university / ... ; null when the source gives nothing to go on
 * @param country    ISO 3166 alpha-2 country (HK, MO and TW kept apart from CN), null if unknown
 * @param address    the address as given (joined city/state/country for structured sources)
 * @param regionCode the most specific Chinese administrative-division code derivable from the
 *                   address (6 digits: 340000 province, 341600 city, 341602 county), else null
 */
public record Party(String rawName, String name, PartyType type, String country, String address,
                   String regionCode) {
}
