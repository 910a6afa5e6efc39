package claimline.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one claimant says about an event, with every passage where it says so, and the facts it states there (when,
 * where, casualties, whom it blames), from which the parties' disagreements are made.
 */
public record Claim(String claimant, Stance stance, String text, List<Source> sources, Map<Fact, String> facts) {
    public Claim {
        Objects.requireNonNull(claimant);
        Objects.requireNonNull(stance);
        Objects.requireNonNull(text);
        sources = List.copyOf(sources);
        facts = facts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(facts));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one source");
        }
    }

    public Claim(String claimant, Stance stance, String text, List<Source> sources) {
        this(claimant, stance, text, sources, Map.of());
    }

    /** The same claim said by another claimant or with another stance: the facts it states stay. */
    public Claim with(String newClaimant, Stance newStance) {
        return new Claim(newClaimant, newStance, text, sources, facts);
    }
}
