package claimline.reading;

import claimline.model.Span;
import claimline.model.Stance;
import claimline.reading.events.TriggerFinder;
import java.util.List;

/**
 * A clause of a sentence (tokens {@code [from, to)}) with who says it: the claimant (null: the outlet's own
 * narrative) and any speakers named with it, the stance, whether the text names the speaker ({@code explicit}: a reporting verb, "menurut X", a
 * continuation such as "katanya"), and the happenings its words name, first the one that types it.
 */
public record Clause(int sentence, int from, int to, Span span, String claimant, List<String> others, Stance stance,
                     boolean explicit, List<TriggerFinder.Trigger> triggers) {
    public boolean reportsHappening() { return !triggers.isEmpty(); }

    /** Every speaker of the clause: the claimant (null for the outlet) and those named with it. */
    public List<String> claimants() {
        List<String> all = new java.util.ArrayList<>(1 + others.size());
        all.add(claimant);
        all.addAll(others);
        return all;
    }
}
