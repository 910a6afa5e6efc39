package claimline.geo;

import java.util.List;
import java.util.Map;

/**
 * A place on the map with the events shown there: its id, name, country (ISO alpha-3, or null), coordinates, the
 * ids of its events and how many of each type ({@code EventType.json()} names), most frequent first.
 */
public record PlaceMark(String id, String name, String country, double lat, double lon, List<String> eventIds,
                        Map<String, Integer> typeCounts) {
    public PlaceMark {
        eventIds = List.copyOf(eventIds);
        typeCounts = Map.copyOf(typeCounts);
    }

    public int events() { return eventIds.size(); }

    /** The type most of its events have (ties: the first in name order), which colours its mark. */
    public String dominantType() { return dominant(typeCounts); }

    /** The key with the highest count; a tie goes to the first in name order; none: "other". */
    static String dominant(Map<String, Integer> counts) {
        String best = null;
        int most = -1;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best == null ? "other" : best;
    }
}
