package claimline.model;

public enum ActorType implements JsonName { STATE, INSTITUTION, PERSON, ORGANIZATION, MEDIA, GROUP }
