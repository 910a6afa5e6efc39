package claimline.model;

import java.util.List;
import java.util.Objects;

/** One real-world happening, with each party's claims about it. */
public record Event(String id, EventType type, String title, EventTime time, boolean background,
                   List<String> actors, List<String> places, List<Claim> claims, List<Disagreement> disagreements) {
    public Event {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
        Objects.requireNonNull(time);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        claims = List.copyOf(claims);
        disagreements = List.copyOf(disagreements);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no claim");
        }
    }

    public List<Source> sources() {
        return claims.stream().flatMap(c -> c.sources().stream()).sorted().distinct().toList();
    }
}
