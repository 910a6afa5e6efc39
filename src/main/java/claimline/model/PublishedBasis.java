package claimline.model;

/** {@code METADATA}: the page or the collection's row says when it was published (a meta tag, JSON-LD, a column). */
public enum PublishedBasis implements JsonName { STATED, INFERRED, UNKNOWN, METADATA }
