package claimline.reading.actors;

import claimline.model.ActorType;
import claimline.model.Span;

/**
 * An actor named in the text: tokens {@code [from, to)} of its sentence. {@code backReference}: named only by a phrase
 * that points back ("kedua negara", "both sides"): a side of what is told, never its speaker (an outlet's "both sides
 * reported …" is the outlet's claim, reading guide 2).
 */
public record ActorMention(int from, int to, Span span, String actorId, ActorType type, String surface,
                           boolean backReference) {
    public ActorMention(int from, int to, Span span, String actorId, ActorType type, String surface) {
        this(from, to, span, actorId, type, surface, false);
    }

    /** How specific a speaker this is: a person or institution says more than the state behind it. */
    public boolean specific() { return type != ActorType.STATE; }

    /** The mention that starts at token {@code k}, or null. */
    public static ActorMention startingAt(java.util.List<ActorMention> actors, int k) {
        for (ActorMention a : actors) {
            if (a.from() == k) {
                return a;
            }
        }
        return null;
    }
}
