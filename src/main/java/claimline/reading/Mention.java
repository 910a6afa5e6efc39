package claimline.reading;

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
 * @param casualties the figures the clause gives ("49 killed"), empty when none
 * @param supports for a report that only answers another ("Armenia denied the accusation"), the passage of the
 *                 report it answers; null otherwise
 * @param startSecond the start of {@code time} in epoch seconds, computed once where the mention is made (in parallel
 *                    with the other documents) rather than at each comparison of the merge
 * @param endSecond   the end of {@code time} in epoch seconds, exclusive
 */
public record Mention(String document, int order, Source source, String text, EventType type, EventTime time,
                      boolean ownTime, String claimant, Stance stance, Set<String> actors, Set<String> parties,
                      Set<String> people, Set<String> places, String agentParty, boolean background,
                      Source supports, List<String> casualties, long startSecond, long endSecond) {
    public Mention(String document, int order, Source source, String text, EventType type, EventTime time,
                   boolean ownTime, String claimant, Stance stance, Set<String> actors, Set<String> parties,
                   Set<String> people, Set<String> places, String agentParty, boolean background,
                   Source supports, List<String> casualties) {
        this(document, order, source, text, type, time, ownTime, claimant, stance, actors, parties, people, places,
                agentParty, background, supports, casualties, time.startEpochSecond(), time.endEpochSecond());
    }

    public Mention(String document, int order, Source source, String text, EventType type, EventTime time,
                   boolean ownTime, String claimant, Stance stance, Set<String> actors, Set<String> parties,
                   Set<String> people, Set<String> places, String agentParty, boolean background) {
        this(document, order, source, text, type, time, ownTime, claimant, stance, actors, parties, people, places,
                agentParty, background, null, List.of());
    }
}
