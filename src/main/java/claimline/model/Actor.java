package claimline.model;

import java.util.List;
import java.util.Objects;

/** A state, institution, person, organisation, outlet or group. {@code party} is the side it speaks for. */
public record Actor(String id, String name, ActorType type, String party, String parent, List<String> aliases) {
    public Actor {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        aliases = List.copyOf(aliases);
    }

    public Actor withAliases(List<String> a) { return new Actor(id, name, type, party, parent, a); }
}
