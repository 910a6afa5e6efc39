package claimline.model;

public enum PublishedBasis implements JsonName { STATED, INFERRED, UNKNOWN }
