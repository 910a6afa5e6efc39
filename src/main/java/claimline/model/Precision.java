package claimline.model;

/** How precisely a time is known, coarsest first. */
public enum Precision implements JsonName { YEAR, MONTH, DAY, PART_OF_DAY, MINUTE;
    public boolean hasClock() { return this == PART_OF_DAY || this == MINUTE; }

    /** Whether the time names its day (a day, a part of one, a minute), not only a month or a year. */
    public boolean hasDay() { return ordinal() >= DAY.ordinal(); }
}
