package claimline.timeline;

/**
 * What the timeline places on its axis: each event at the time it happened, or each report of it (a party's version
 * in one article) at the time the article was published.
 */
public enum TimeMode { HAPPENED, REPORTED }
