package claimline.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world happening, with each party's claims about it, and the notes an analyst keeps on it (oldest first;
 * the reader makes none, corrections add them).
 */
public record Event(String id, EventType type, String title, EventTime time, boolean background,
                   List<String> actors, List<String> places, List<Claim> claims, List<Disagreement> disagreements,
                   List<String> notes) {
    public Event {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
        Objects.requireNonNull(time);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        claims = List.copyOf(claims);
        disagreements = List.copyOf(disagreements);
        notes = List.copyOf(notes);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no claim");
        }
    }

    /** An event as the reader makes it: no notes yet. */
    public Event(String id, EventType type, String title, EventTime time, boolean background, List<String> actors,
                 List<String> places, List<Claim> claims, List<Disagreement> disagreements) {
        this(id, type, title, time, background, actors, places, claims, disagreements, List.of());
    }

    public List<Source> sources() {
        return claims.stream().flatMap(c -> c.sources().stream()).sorted().distinct().toList();
    }

    /** The same event with one more note. */
    public Event withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Event(id, type, title, time, background, actors, places, claims, disagreements, more);
    }
}
