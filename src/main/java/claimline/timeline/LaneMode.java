package claimline.timeline;

/** How the timeline splits events into horizontal lanes. */
public enum LaneMode { PARTY, TYPE }
