package claimline.reading;

import claimline.model.Span;
import claimline.model.Stance;
import claimline.reading.events.TriggerFinder;
import java.util.List;

/**
 * A clause of a sentence (tokens {@code [from, to)}) with who says it: the claimant (null: the outlet's own
 * narrative), the stance, whether the text names the speaker ({@code explicit}: a reporting verb, "menurut X", a
 * continuation such as "katanya"), and the happenings its words name, first the one that types it.
 */
public record Clause(int sentence, int from, int to, Span span, String claimant, Stance stance, boolean explicit,
                     List<TriggerFinder.Trigger> triggers) {
    public boolean reportsHappening() { return !triggers.isEmpty(); }
}
