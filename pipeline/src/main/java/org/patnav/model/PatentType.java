package org.patnav.model;

/** Patent types across offices. CN 发明 and US utility patents are both inventions. */
public enum PatentType {
    INVENTION("invention"),
    UTILITY_MODEL("utility_model"),
    DESIGN("design"),
    PLANT("plant"),
    REISSUE("reissue"),
    /** US statutory invention registrations (kind H) and defensive publications. */
    STATUTORY_REGISTRATION("statutory_registration");

    private final String id;

    PatentType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PatentType fromId(String id) {
        for (PatentType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown patent type: " + id);
    }
}
