package claimline.reading.actors;

import claimline.geo.GeoPlace;
import claimline.model.Place;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the articles of one collection mean by the places they name by pattern ({@link PlaceFinder}): for each such
 * place, the GeoNames towns an article's "desa X" or "the town of X" resolved to, or that some article named a region
 * or river by the name ("the Tumbes region"). A place takes a town's coordinates only when every article that
 * resolved it meant the same town and none named something else by it. Kept per collection, never in the shared
 * gazetteer: what one folder says must not move a pin in another folder opened later.
 */
public record TownsMeant(Map<String, Set<Integer>> meant, Map<Integer, GeoPlace> towns) {
    private static final int NOT_A_TOWN = -1;

    public TownsMeant {
        meant = Map.copyOf(meant);
        towns = Map.copyOf(towns);
    }

    public static TownsMeant none() { return new TownsMeant(Map.of(), Map.of()); }

    /** One document's or many collections' meanings together. */
    public static TownsMeant of(Collection<TownsMeant> parts) {
        Map<String, Set<Integer>> meant = new HashMap<>();
        Map<Integer, GeoPlace> towns = new HashMap<>();
        for (TownsMeant t : parts) {
            t.meant.forEach((id, s) -> meant.computeIfAbsent(id, k -> new TreeSet<>()).addAll(s));
            towns.putAll(t.towns);
        }
        return new TownsMeant(meant, towns);
    }

    /** The place with the town's coordinates when the articles agree on one town; else as it is. */
    public Place located(Place p) {
        if (p == null) {
            return null;
        }
        Set<Integer> m = meant.get(p.id());
        if (m == null || m.size() != 1 || m.contains(NOT_A_TOWN)) {
            return p;
        }
        GeoPlace g = towns.get(m.iterator().next());
        return new Place(p.id(), p.name(), null, g.lat(), g.lon(), p.aliases());
    }

    /** A document's meanings as it reads: a town resolved, or something other than a town named. */
    static final class Builder {
        private final Map<String, Set<Integer>> meant = new HashMap<>();
        private final Map<Integer, GeoPlace> towns = new HashMap<>();

        void town(String placeId, Optional<GeoPlace> town) {
            town.ifPresent(g -> {
                towns.put(g.geonameId(), g);
                meant.computeIfAbsent(placeId, k -> new TreeSet<>()).add(g.geonameId());
            });
        }

        void notATown(String placeId) { meant.computeIfAbsent(placeId, k -> new TreeSet<>()).add(NOT_A_TOWN); }

        TownsMeant build() { return new TownsMeant(meant, towns); }
    }
}
