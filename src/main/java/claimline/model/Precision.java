package claimline.model;

/** How precisely a time is known, coarsest first. */
public enum Precision implements JsonName { YEAR, MONTH, DAY, PART_OF_DAY, MINUTE;
    public boolean hasClock() { return this == PART_OF_DAY || this == MINUTE; }
}
