package claimline.model;

public enum Stance implements JsonName { ASSERTS, DENIES }
