package org.patnav.model;

import java.util.Locale;

/** The bulk formats PatNav reads. The id is what the warehouse and the run reports carry. */
public enum SourceFormat {
    USPTO_XML("uspto-xml", "USPTO full-text XML (grants and applications, DTD v4.0-v4.7)"),
    GOOGLE_JSON("google-json", "Google Patents Public Data publications (BigQuery JSON export)"),
    PATENTSVIEW_TSV("patentsview-tsv", "PatentsView bulk download tables (g_*.tsv)"),
    CN_EXPORT("cn-export", "Chinese patent platform export (CSV/XLSX)"),
    USPTO_MAINTFEE("uspto-maintfee", "USPTO Maintenance Fee Events file"),
    USPTO_TSDR("uspto-tsdr", "USPTO trademark status XML (TSDR, WIPO ST.66 and ST.96)"),
    USPTO_TM_CASEFILES("uspto-tm-casefiles", "USPTO Trademark Case Files Dataset (case_file, owner, classification, intl_class CSV)"),
    CN_TM_EXPORT("cn-tm-export", "Chinese trademark export (CSV/XLSX)");

    private final String id;
    private final String description;

    SourceFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static SourceFormat fromId(String id) {
        for (SourceFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown source format: " + id.toLowerCase(Locale.ROOT));
    }
}
