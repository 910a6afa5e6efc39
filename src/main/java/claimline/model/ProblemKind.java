package claimline.model;

public enum ProblemKind implements JsonName { UNREADABLE, EMPTY, BINARY, ENCODING, TOO_LARGE, PARTIAL }
