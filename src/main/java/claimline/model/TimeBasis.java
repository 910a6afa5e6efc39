package claimline.model;

/** Where a time came from: the text itself, a relative word resolved against the publication date,
 * the publication date alone, or another document's report of the same happening. */
public enum TimeBasis implements JsonName { STATED, RELATIVE, DOCUMENT, CORPUS }
