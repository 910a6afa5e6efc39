package claimline.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the parties' versions of one event contradict each other: the fact, and each side's value for it (for a
 * denial, each denying claimant). Made from the claims by {@link Disagreements}, so it is recomputed whenever the claims
 * change (a correction); it becomes a sentence only for the export and the views ({@link #text}).
 */
public record Disagreement(Fact fact, Map<String, String> byParty) {
    public Disagreement {
        Objects.requireNonNull(fact);
        byParty = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byParty));
    }

    /** A disagreement a file states only as text. */
    public static Disagreement note(String text) {
        return new Disagreement(Fact.NOTE, Map.of("", text));
    }

    /**
     * The sentence the export writes: "time: Armenia dates it 2022-09-13; Azerbaijan dates it 2022-09-12", "who
     * started it: Armenia blames Azerbaijan; …", "denial: Ministry of Defence of Azerbaijan denies the account".
     * {@code name} names a party code or an actor id.
     */
    public String text(Function<String, String> name) {
        if (fact == Fact.NOTE) {
            return byParty.values().iterator().next();
        }
        if (fact == Fact.DENIAL) {
            return fact.label() + ": " + String.join("; ", byParty.keySet().stream()
                    .map(c -> name.apply(c) + " " + fact.verb()).toList());
        }
        List<String> parts = new ArrayList<>();
        byParty.forEach((p, v) -> parts.add(name.apply(p) + " " + fact.verb() + " "
                + (fact == Fact.BLAME ? name.apply(v) : v)));
        return fact.label() + ": " + String.join("; ", parts);
    }
}
