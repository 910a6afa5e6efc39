package claimline.model;

/**
 * A fact a claim states about its event, on which the parties' versions can differ: when it happened, where, the
 * casualties, who started it (the party blamed). A denial is a stance, not a fact, but it is one of the ways versions
 * disagree. {@code label} is how the export and the views name it.
 */
public enum Fact implements JsonName {
    TIME("time", "dates it"),
    PLACES("places", "names"),
    CASUALTIES("casualties", "reports"),
    /** How big a side says it was: "limited", "large-scale". */
    SCALE("scale", "calls it"),
    BLAME("who started it", "blames"),
    DENIAL("denial", "denies the account"),
    /** A disagreement read from a file that states it only as text (an older export). */
    NOTE("note", "");

    private final String label;
    private final String verb;

    Fact(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public String label() { return label; }

    /** How a party's value is told: "Armenia dates it 2022-09-13". */
    public String verb() { return verb; }
}
