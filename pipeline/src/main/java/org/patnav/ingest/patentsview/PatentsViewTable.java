package org.patnav.ingest.patentsview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PatentsView granted-patent tables PatNav reads, each known by the columns of its header line
 * (the file name is not trusted: releases rename and re-zip tables). A header is a table when it
 * holds the table's required columns and none of its excluded ones; extra columns and any column
 * order are fine. Tables are tried in declaration order, so {@code g_patent} (which some releases
 * ship with {@code patent_abstract}) is tried before {@code g_patent_abstract}.
 *
 * <p>Column names are those of the PatentsView data dictionary
 * (patentsview.org/download/data-download-dictionary), lower-cased.
 */
public enum PatentsViewTable {

    PATENT("g_patent", Key.PATENT,
            List.of("patent_id", "patent_type", "patent_date", "patent_title", "wipo_kind"), List.of()),
    PATENT_ABSTRACT("g_patent_abstract", Key.PATENT,
            List.of("patent_id", "patent_abstract"), List.of()),
    APPLICATION("g_application", Key.PATENT,
            List.of("application_id", "patent_id", "filing_date", "series_code"), List.of()),
    ASSIGNEE("g_assignee_disambiguated", Key.PATENT,
            List.of("patent_id", "assignee_sequence", "disambig_assignee_organization",
                    "disambig_assignee_individual_name_last", "assignee_type", "location_id"), List.of()),
    LOCATION("g_location_disambiguated", Key.LOCATION,
            List.of("location_id", "disambig_city", "disambig_state", "disambig_country"), List.of()),
    INVENTOR("g_inventor_disambiguated", Key.PATENT,
            List.of("patent_id", "inventor_sequence", "disambig_inventor_name_first",
                    "disambig_inventor_name_last", "location_id"), List.of()),
    /** g_cpc_at_issue has every column of g_cpc_current plus these two; reading it too would double CPC. */
    CPC_CURRENT("g_cpc_current", Key.PATENT,
            List.of("patent_id", "cpc_sequence", "cpc_group", "cpc_type"),
            List.of("cpc_action_date", "cpc_version_indicator")),
    IPC_AT_ISSUE("g_ipc_at_issue", Key.PATENT,
            List.of("patent_id", "ipc_sequence", "section", "ipc_class", "subclass", "main_group", "subgroup"),
            List.of()),
    US_PATENT_CITATION("g_us_patent_citation", Key.PATENT,
            List.of("patent_id", "citation_sequence", "citation_patent_id", "citation_category"), List.of());

    /** What a table's rows join on. */
    public enum Key {
        /** {@code patent_id}: the row belongs to one patent. */
        PATENT("patent_id"),
        /** {@code location_id}: the row is a place that assignee and inventor rows point to. */
        LOCATION("location_id");

        private final String column;

        Key(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final String id;
    private final Key key;
    private final List<String> required;
    private final List<String> excluded;

    PatentsViewTable(String id, Key key, List<String> required, List<String> excluded) {
        this.id = id;
        this.key = key;
        this.required = required;
        this.excluded = excluded;
    }

    /** The PatentsView table name ({@code g_patent}), carried by every row as its table. */
    public String id() {
        return id;
    }

    public Key key() {
        return key;
    }

    /** The table whose header this is; names must already be lower-cased and unquoted. */
    public static Optional<PatentsViewTable> identify(Collection<String> header) {
        Set<String> names = Set.copyOf(header);
        for (PatentsViewTable t : values()) {
            if (names.containsAll(t.required) && t.excluded.stream().noneMatch(names::contains)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
