package claimline.timeline;

import java.util.List;
import java.util.Objects;

/**
 * What the timeline needs to know about one event, independent of the reading model.
 *
 * @param lanesByParty the parties that take part in the event or claim about it
 * @param tick         drawn as a tick (the time is known to the minute) rather than as a span
 * @param uncertain    the time came from another article or the publication date, not from the text
 * @param contested    opposing parties claim about it, or its claims disagree
 * @param background   history the articles recall, drawn muted
 */
public record TimelineItem(String id, String title, String type, long startSecond, long endSecond, boolean tick,
                           boolean uncertain, boolean contested, boolean background, List<String> lanesByParty,
                           int sources) {
    public TimelineItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        lanesByParty = List.copyOf(lanesByParty);
        if (endSecond < startSecond) {
            throw new IllegalArgumentException("item " + id + " ends before it starts");
        }
    }
}
