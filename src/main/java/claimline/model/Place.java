package claimline.model;

import java.util.List;
import java.util.Objects;

/** A place with WGS84 coordinates when known. */
public record Place(String id, String name, String country, Double lat, Double lon, List<String> aliases) {
    public Place {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        aliases = List.copyOf(aliases);
    }

    public Place withAliases(List<String> a) { return new Place(id, name, country, lat, lon, a); }
}
