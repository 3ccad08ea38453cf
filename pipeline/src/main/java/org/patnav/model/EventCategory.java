package org.patnav.model;

/** What a legal or fee event means, across offices. */
public enum EventCategory {
    GRANT("grant"),
    FEE_PAID("fee_paid"),
    FEE_SURCHARGE("fee_surcharge"),
    FEE_REFUND("fee_refund"),
    FEE_REMINDER("fee_reminder"),
    LAPSE("lapse"),
    RESTORATION("restoration"),
    EXPIRY("expiry"),
    WITHDRAWAL("withdrawal"),
    REFUSAL("refusal"),
    INVALIDATION("invalidation"),
    TRANSFER("transfer"),
    LICENCE("licence"),
    OPEN_LICENCE("open_licence"),
    PLEDGE("pledge"),
    PLEDGE_RELEASE("pledge_release"),
    ENTITY_STATUS("entity_status"),
    PETITION("petition"),
    /** A code the office defines that has no bearing on status (payer number assigned, ...). */
    ADMINISTRATIVE("administrative");

    private final String id;

    EventCategory(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static EventCategory fromId(String id) {
        for (EventCategory c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown event category: " + id);
    }
}
