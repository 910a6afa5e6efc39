package claimline.reading.events;

import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Source;
import claimline.model.Stance;
import java.util.List;
import java.util.Set;

/**
 * One report of a happening in one clause: what kind, when (its own time, or one carried from the sentences before),
 * who says it, who took part and where. The merger folds mentions of one happening into one event.
 *
 * @param documentText the text of the whole document, which {@code source} is a span of
 * @param casualties the figures the clause gives ("49 killed"), empty when none
 * @param supports for a report that only answers another ("Armenia denied the accusation"), the passage of the
 *                 report it answers; null otherwise
 * @param startSecond the start of {@code time} in epoch seconds, computed once where the mention is made (in parallel
 *                    with the other documents) rather than at each comparison of the merge
 * @param endSecond   the end of {@code time} in epoch seconds, exclusive
 * @param kind what the happening is called in a title ("Border closed"), from its trigger rule; null for the type's
 *             own title
 */
public record Mention(String document, int order, Source source, String documentText, EventType type, EventTime time,
                      boolean ownTime, String claimant, Stance stance, List<String> actors, Set<String> parties,
                      Set<String> people, List<String> places, String agentParty, boolean background,
                      Source supports, List<String> casualties, long startSecond, long endSecond, String kind) {
    /**
     * A mention as the reader makes it. Reading a large corpus holds hundreds of thousands of mentions at once, so
     * they keep compact immutable copies (actors and places in the order named, parties and people unordered) and
     * the passage as a span of the document's text rather than a copy of it.
     */
    public Mention(String document, int order, Source source, String documentText, EventType type, EventTime time,
                   boolean ownTime, String claimant, Stance stance, java.util.Collection<String> actors,
                   Set<String> parties, Set<String> people, java.util.Collection<String> places, String agentParty,
                   boolean background, Source supports, List<String> casualties, String kind) {
        this(document, order, source, documentText, type, time, ownTime, claimant, stance, List.copyOf(actors),
                Set.copyOf(parties), Set.copyOf(people), List.copyOf(places), agentParty, background, supports,
                List.copyOf(casualties), time.startEpochSecond(), time.endEpochSecond(), kind);
    }

    /** The same report with its passage at another span (a passage that began inside a date stamp starts after it). */
    public Mention withSource(Source other) {
        return new Mention(document, order, other, documentText, type, time, ownTime, claimant, stance, actors, parties,
                people, places, agentParty, background, supports, casualties, startSecond, endSecond, kind);
    }

    /** The passage: the text of the source span. */
    public String text() { return documentText.substring(source.start(), source.end()); }
}
