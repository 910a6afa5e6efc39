package claimline.model;

public enum EventType implements JsonName {
    ARMED_CLASH, ATTACK, CASUALTIES, CEASEFIRE, CEASEFIRE_VIOLATION, DIPLOMACY, STATEMENT, REQUEST_ASSISTANCE, OTHER;

    /** Fighting, attacks and their tolls can be one happening told in different words. */
    public boolean isViolence() { return this == ARMED_CLASH || this == ATTACK || this == CASUALTIES; }
}
