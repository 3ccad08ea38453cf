package org.patnav.model;

/**
 * One IPC or CPC symbol in normalised form ({@code A61K36/18}).
 *
 * @param main      the first / main symbol of the document
 * @param inventive true for inventive, false for additional information, null when not stated
 */
public record Classification(String code, boolean main, Boolean inventive) {
}
