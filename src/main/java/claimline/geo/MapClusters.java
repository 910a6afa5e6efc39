package claimline.geo;

import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Places ready to be clustered at any view: in the order clustering takes them (most events first) with their
     * Web Mercator world coordinates computed once, not once per frame.
     */
    public static final class Prepared {
        private final List<PlaceMark> places;
        private final double[] worldX;
        private final double[] worldY;

        private Prepared(List<PlaceMark> places) {
            List<PlaceMark> order = new ArrayList<>(places);
            order.sort(Comparator.comparingInt(PlaceMark::events).reversed().thenComparing(PlaceMark::id));
            this.places = List.copyOf(order);
            worldX = new double[order.size()];
            worldY = new double[order.size()];
            for (int i = 0; i < order.size(); i++) {
                worldX[i] = WebMercator.x(order.get(i).lon());
                worldY[i] = WebMercator.y(order.get(i).lat());
            }
        }
    }

    public static Prepared prepare(List<PlaceMark> places) { return new Prepared(places); }

    public static List<Cluster> cluster(List<PlaceMark> places, MapView view, double width, double height,
                                        double radius) {
        return cluster(prepare(places), view, width, height, radius);
    }

    public static List<Cluster> cluster(Prepared prepared, MapView view, double width, double height, double radius) {
        double cell = Math.max(1, radius);
        // a dense grid of cells one radius wide over the canvas (and a radius around it), each the head of a chain
        // of the clusters centred in it: no map, no boxing, for 10,000 places a frame
        int cols = (int) Math.ceil((width + 2 * radius) / cell) + 1;
        int rows = (int) Math.ceil((height + 2 * radius) / cell) + 1;
        int[] head = new int[cols * rows];
        java.util.Arrays.fill(head, -1);
        int n = prepared.places.size();
        double[] cxs = new double[Math.min(n, 1 << 16)];
        double[] cys = new double[cxs.length];
        int[] next = new int[cxs.length];
        List<List<PlaceMark>> members = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double x = view.worldToPixelX(prepared.worldX[k], width);
            double y = view.worldToPixelY(prepared.worldY[k], height);
            if (x < -radius || y < -radius || x > width + radius || y > height + radius) {
                continue; // off screen: not drawn, not counted
            }
            int col = (int) ((x + radius) / cell);
            int row = (int) ((y + radius) / cell);
            int joined = -1;
            for (int i = Math.max(0, col - 1); i <= Math.min(cols - 1, col + 1) && joined < 0; i++) {
                for (int j = Math.max(0, row - 1); j <= Math.min(rows - 1, row + 1) && joined < 0; j++) {
                    for (int c = head[j * cols + i]; c >= 0; c = next[c]) {
                        double dx = cxs[c] - x;
                        double dy = cys[c] - y;
                        if (dx * dx + dy * dy <= radius * radius) {
                            joined = c;
                            break;
                        }
                    }
                }
            }
            PlaceMark p = prepared.places.get(k);
            if (joined >= 0) {
                members.get(joined).add(p);
            } else {
                int c = members.size();
                if (c == cxs.length) {
                    cxs = java.util.Arrays.copyOf(cxs, c * 2);
                    cys = java.util.Arrays.copyOf(cys, c * 2);
                    next = java.util.Arrays.copyOf(next, c * 2);
                }
                cxs[c] = x;
                cys[c] = y;
                next[c] = head[row * cols + col];
                head[row * cols + col] = c;
                centres.add(new double[] {x, y});
                List<PlaceMark> m = new ArrayList<>(1);
                m.add(p);
                members.add(m);
            }
        }
        List<Cluster> out = new ArrayList<>(centres.size());
        for (int c = 0; c < centres.size(); c++) {
            List<PlaceMark> m = members.get(c);
            int events = 0;
            String dominant;
            if (m.size() == 1) {
                events = m.get(0).events();
                dominant = m.get(0).dominantType();
            } else {
                Map<String, Integer> types = new TreeMap<>();
                for (PlaceMark p : m) {
                    events += p.events();
                    p.typeCounts().forEach((t, k) -> types.merge(t, k, Integer::sum));
                }
                dominant = PlaceMark.dominant(types);
            }
            out.add(new Cluster(centres.get(c)[0], centres.get(c)[1], List.copyOf(m), events, dominant));
        }
        return out;
    }

}
