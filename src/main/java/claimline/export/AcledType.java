package claimline.export;

import claimline.model.EventType;

/**
 * ACLED's event type and sub-event type for each of Claimline's event types: the table the ACLED-style export codes
 * by (and the README repeats). Claimline reads what the parties say, not the weapon used, so where ACLED tells
 * apart by means (shelling, air strike, clash) the table takes what interstate border fighting mostly is, and the
 * row's notes keep the passages for the analyst to recode it.
 */
public enum AcledType {
    BATTLES_ARMED_CLASH("Battles", "Armed clash"),
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    AGREEMENT("Strategic developments", "Agreement"),
    STRATEGIC_OTHER("Strategic developments", "Other");

    private final String eventType;
    private final String subEventType;

    AcledType(String eventType, String subEventType) {
        this.eventType = eventType;
        this.subEventType = subEventType;
    }

    public String eventType() { return eventType; }

    public String subEventType() { return subEventType; }

    /** Whether ACLED counts deaths in events of this type (an agreement's "6,500 killed" is the war's toll). */
    public boolean violent() { return this == BATTLES_ARMED_CLASH || this == SHELLING; }

    /**
     * The ACLED coding of a Claimline type. A switch without a default: a new event type does not compile until it is
     * given its ACLED type here.
     */
    public static AcledType of(EventType type) {
        return switch (type) {
            // fighting between the parties' forces, a toll reported apart from the fighting it came from, and fire
            // across a ceasefire line are all "a violent interaction between two organised armed groups"
            case ARMED_CLASH, CASUALTIES, CEASEFIRE_VIOLATION -> BATTLES_ARMED_CLASH;
            // one side's strike on the other's positions or towns: at a border, mostly artillery, rockets and drones
            case ATTACK -> SHELLING;
            case CEASEFIRE -> AGREEMENT;
            case DIPLOMACY, STATEMENT, REQUEST_ASSISTANCE, OTHER -> STRATEGIC_OTHER;
        };
    }
}
