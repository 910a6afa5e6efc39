package claimline.model;

import java.util.List;
import java.util.Objects;

/** What one claimant says about an event, with every passage where it says so. */
public record Claim(String claimant, Stance stance, String text, List<Source> sources) {
    public Claim {
        Objects.requireNonNull(claimant);
        Objects.requireNonNull(stance);
        Objects.requireNonNull(text);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one source");
        }
    }
}
