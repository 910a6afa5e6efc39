package claimline.reading.actors;

import claimline.model.ActorType;
import claimline.model.Span;

/** An actor named in the text: tokens {@code [from, to)} of its sentence. */
public record ActorMention(int from, int to, Span span, String actorId, ActorType type, String surface) {
    /** How specific a speaker this is: a person or institution says more than the state behind it. */
    public boolean specific() { return type != ActorType.STATE; }
}
