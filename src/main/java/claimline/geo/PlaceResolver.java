package claimline.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a place name found in an article its GeoNames place, or none. A wrong point on the map is worse than none,
 * so a name is resolved only when one place clearly stands out:
 * <ol>
 *   <li>places in the article's countries come first; among them the most populous wins, unless another one far
 *       from it ({@value #SAME_PLACE_KM} km or more) has at least a {@value #RIVAL_SHARE_PERCENT} % share of its
 *       population (two Novoivanivkas of 2,000 people: no telling which is meant); a place that bears the name only
 *       as an alternate name is no rival to one whose own name it is (GeoNames lists "Bahawalpur" among the other
 *       names of Bahawalnagar, a town a quarter of Bahawalpur's size);</li>
 *   <li>a name none of whose places lies in the article's countries is resolved only to a large place (at least
 *       {@value #MAJOR_POPULATION} people) that stands out the same way ("Paris" in an article about Ukraine);</li>
 *   <li>anything else stays a name without coordinates.</li>
 * </ol>
 */
public final class PlaceResolver {
    static final double SAME_PLACE_KM = 25;
    static final int RIVAL_SHARE_PERCENT = 20;
    static final int MAJOR_POPULATION = 100_000;

    private final GeoNames names;

    public PlaceResolver(GeoNames names) { this.names = names; }

    /** The place this name stands for in an article about these countries (ISO alpha-3), if one stands out. */
    public Optional<GeoPlace> resolve(String name, Set<String> articleCountries) {
        List<GeoPlace> all = names.named(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<GeoPlace> preferred = all.stream().filter(p -> articleCountries.contains(p.country())).toList();
        if (!preferred.isEmpty()) {
            return standingOut(name, preferred);
        }
        return standingOut(name, all).filter(p -> p.population() >= MAJOR_POPULATION);
    }

    /** The place of this name in one country, if one stands out there (the hand-made gazetteer's entries). */
    public Optional<GeoPlace> resolveIn(String name, String country) {
        return standingOut(name, names.named(name).stream().filter(p -> p.country().equals(country)).toList());
    }

    private static Optional<GeoPlace> standingOut(String name, List<GeoPlace> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<GeoPlace> byPopulation = candidates.stream()
                .sorted(Comparator.comparingInt(GeoPlace::population).reversed().thenComparingInt(GeoPlace::geonameId))
                .toList();
        GeoPlace best = byPopulation.get(0);
        String key = Geo.fold(name);
        boolean bestByOwnName = Geo.fold(best.name()).equals(key);
        for (GeoPlace rival : byPopulation.subList(1, byPopulation.size())) {
            boolean elsewhere = best.kmTo(rival) >= SAME_PLACE_KM;
            boolean rivalByOwnName = Geo.fold(rival.name()).equals(key);
            if (elsewhere && (rivalByOwnName || !bestByOwnName)
                    && (long) rival.population() * 100 >= (long) best.population() * RIVAL_SHARE_PERCENT) {
                return Optional.empty();
            }
        }
        return Optional.of(best);
    }
}
