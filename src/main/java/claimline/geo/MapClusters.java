package claimline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Marks that would overlap on screen gathered into one, drawn with the count of their events. Greedy on a grid of
 * cells one radius wide: the place with most events first, every later place within the radius of a cluster's centre
 * joins it. Linear in the places, so 10,000 of them cluster within a frame.
 */
public final class MapClusters {
    /** Places drawn as one mark at (x, y) pixels: their events, and the type most of them have. */
    public record Cluster(double x, double y, List<PlaceMark> places, int events, String dominantType) {
        public boolean single() { return places.size() == 1; }
    }

    private MapClusters() {}

    public static List<Cluster> cluster(List<PlaceMark> places, MapView view, double width, double height,
                                        double radius) {
        List<PlaceMark> order = new ArrayList<>(places);
        order.sort(Comparator.comparingInt(PlaceMark::events).reversed().thenComparing(PlaceMark::id));
        Map<Long, List<Integer>> grid = new HashMap<>();
        List<double[]> centres = new ArrayList<>();
        List<List<PlaceMark>> members = new ArrayList<>();
        double cell = Math.max(1, radius);
        for (PlaceMark p : order) {
            double x = view.pixelX(p.lon(), width);
            double y = view.pixelY(p.lat(), height);
            if (x < -radius || y < -radius || x > width + radius || y > height + radius) {
                continue; // off screen: not drawn, not counted
            }
            long cx = (long) Math.floor(x / cell);
            long cy = (long) Math.floor(y / cell);
            int joined = -1;
            for (long i = cx - 1; i <= cx + 1 && joined < 0; i++) {
                for (long j = cy - 1; j <= cy + 1 && joined < 0; j++) {
                    for (int c : grid.getOrDefault(key(i, j), List.of())) {
                        double[] at = centres.get(c);
                        if (Math.hypot(at[0] - x, at[1] - y) <= radius) {
                            joined = c;
                            break;
                        }
                    }
                }
            }
            if (joined >= 0) {
                members.get(joined).add(p);
            } else {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(centres.size());
                centres.add(new double[] {x, y});
                members.add(new ArrayList<>(List.of(p)));
            }
        }
        List<Cluster> out = new ArrayList<>(centres.size());
        for (int c = 0; c < centres.size(); c++) {
            List<PlaceMark> m = members.get(c);
            Map<String, Integer> types = new TreeMap<>();
            int events = 0;
            for (PlaceMark p : m) {
                events += p.events();
                p.typeCounts().forEach((t, n) -> types.merge(t, n, Integer::sum));
            }
            String dominant = PlaceMark.dominant(types);
            out.add(new Cluster(centres.get(c)[0], centres.get(c)[1], List.copyOf(m), events, dominant));
        }
        return out;
    }

    private static long key(long x, long y) { return (x << 32) ^ (y & 0xffffffffL); }
}
