package claimline.reading.actors;

import claimline.model.Span;

/** A place or a remembered past happening named in the text. */
public record NameMention(int from, int to, Span span, String id, String surface) {}
