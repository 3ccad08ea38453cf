package org.patnav.model;

/**
 * A patent document cited by this publication.
 *
 * @param pubId    the cited publication, normalised like {@link Publication#pubId()} where the
 *                 source gives a kind code, else {@code CC-NUMBER}
 * @param category who cited it, as the source says ("cited by examiner", "SEA", ...), may be null
 */
public record Citation(String pubId, String category) {
}
