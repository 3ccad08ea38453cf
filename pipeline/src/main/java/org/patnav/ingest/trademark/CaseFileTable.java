package org.patnav.ingest.trademark;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the USPTO Trademark Case Files Dataset PatNav reads, each known by the columns of its
 * header line (file names are not trusted, and the column order is not known). Every table carries
 * {@code serial_no}, the mark's serial (application) number, on which the tables join; the class tables
 * also join each other on {@code class_id}. Column names as the dataset's documentation and the code that
 * queries its published copies spell them (see docs/model.md, trademarks).
 */
public enum CaseFileTable {

    CASE_FILE("case_file", List.of("serial_no", "registration_no", "filing_dt", "cfh_status_cd")),
    OWNER("owner", List.of("serial_no", "own_type_cd", "own_name")),
    /** classification.csv names intl_class only in intl_class.csv, so the two never overlap. */
    CLASSIFICATION("classification", List.of("serial_no", "class_id", "class_primary_cd")),
    INTL_CLASS("intl_class", List.of("serial_no", "class_id", "intl_class_cd"));

    private final String id;
    private final List<String> required;

    CaseFileTable(String id, List<String> required) {
        this.id = id;
        this.required = required;
    }

    /** The table's name in the dataset ({@code case_file}), carried by every row as its table. */
    public String id() {
        return id;
    }

    /** The table whose header this is; names lower-cased and unquoted. */
    public static Optional<CaseFileTable> identify(Collection<String> header) {
        Set<String> names = Set.copyOf(header);
        for (CaseFileTable t : values()) {
            if (names.containsAll(t.required)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
