package org.patnav.model;

/** What kind of legal or natural person an applicant, assignee or owner is. */
public enum PartyType {
    COMPANY("company"),
    UNIVERSITY("university"),
    RESEARCH_INSTITUTE("research_institute"),
    HOSPITAL("hospital"),
    GOVERNMENT("government"),
    INDIVIDUAL("individual");

    private final String id;

    PartyType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PartyType fromId(String id) {
        for (PartyType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown party type: " + id);
    }
}
