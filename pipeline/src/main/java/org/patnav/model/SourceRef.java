package org.patnav.model;

/**
 * Where a record came from: the format, the file (with {@code !/entry} for archive members) and a
 * locator inside it ("doc 3, line 246", "row 12", "line 45"), enough to find the raw record again.
 */
public record SourceRef(SourceFormat format, String file, String locator) {
}
