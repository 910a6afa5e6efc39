package claimline.app.map;

import claimline.app.timeline.TimelinePalette;
import claimline.geo.BaseMap;
import claimline.geo.MapClusters;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.viewmodel.MapViewModel;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws one frame of the map: water, land and borders, the marks, the selected event's versions and the gap. */
final class MapPainter {
    /** Marks closer than this (pixels) are drawn as one, with the count of their events. */
    static final double CLUSTER_RADIUS = 12;
    /** Names are written beside the marks only when there are few enough to read. */
    private static final int MAX_LABELS = 40;
    /**
     * Below this scale (a continent or the world on screen) the land is not filled, only outlined: filling the
     * world's coasts is most of a frame for the software renderer, and at that size the outlines read as well.
     */
    static final double FILL_FROM_SCALE = 2048;
    /** More marks than this on screen: counts only on the largest marks where places overlap, no halos. */
    private static final int CROWDED = 300;
    /** How many of the largest marks say their count when the map is crowded. */
    private static final int CROWDED_COUNTS = 150;
    private static final Font SMALL = Font.font("System", 10);
    private static final Font LABEL = Font.font("System", 11);
    private static final Font DISTANCE = Font.font("System", javafx.scene.text.FontWeight.BOLD, 13);

    private MapPainter() {}

    static List<MapClusters.Cluster> paint(GraphicsContext g, EventMap c, MapClusters.Prepared places, BaseMap base,
                                           double w, double h, String attribution) {
        MapPalette p = c.darkProperty().get() ? MapPalette.DARK : MapPalette.LIGHT;
        MapView v = c.viewProperty().get();
        g.setFill(p.water());
        g.fillRect(0, 0, w, h);
        drawBase(g, base.levelFor(v.scale()), v, w, h, p);
        List<MapClusters.Cluster> clusters = MapClusters.cluster(places, v, w, h, CLUSTER_RADIUS);
        java.util.Set<String> versioned = new java.util.HashSet<>();
        c.versionsProperty().get().forEach(x -> x.places().forEach(m -> versioned.add(m.id())));
        drawMarks(g, clusters, c.focusedPlaceProperty().get(), versioned, p);
        drawVersions(g, c.versionsProperty().get(), c.gapProperty().get(), v, w, h, p);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(p.coast());
        g.fillText(attribution, w - 4, h - 2);
        if (c.placesProperty().get().isEmpty() && c.versionsProperty().get().isEmpty()) {
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(p.text());
            g.fillText(c.emptyTextProperty().get(), w / 2, h / 2);
        }
        return clusters;
    }

    private static void drawBase(GraphicsContext g, BaseMap.Level level, MapView v, double w, double h, MapPalette p) {
        double x0 = v.centerX() - w / 2 / v.scale();
        double x1 = v.centerX() + w / 2 / v.scale();
        double y0 = v.centerY() - h / 2 / v.scale();
        double y1 = v.centerY() + h / 2 / v.scale();
        g.beginPath();
        trace(g, level, BaseMap.Kind.LAND, v, w, h, x0, y0, x1, y1, true);
        if (v.scale() >= FILL_FROM_SCALE) {
            g.setFill(p.land());
            g.fill();
        }
        g.setStroke(p.coast());
        g.setLineWidth(0.8);
        g.stroke();
        g.beginPath();
        trace(g, level, BaseMap.Kind.BORDER, v, w, h, x0, y0, x1, y1, false);
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.stroke();
    }

    /** Adds the lines of a kind that cross the view to the path, skipping points less than a pixel apart. */
    private static void trace(GraphicsContext g, BaseMap.Level level, BaseMap.Kind kind, MapView v, double w,
                              double h, double x0, double y0, double x1, double y1, boolean close) {
        for (BaseMap.Line line : level.lines()) {
            if (line.kind() != kind || !line.intersects(x0, y0, x1, y1)) {
                continue;
            }
            float[] xy = line.xy();
            double lastX = clamp(v.worldToPixelX(xy[0], w), w);
            double lastY = clamp(v.worldToPixelY(xy[1], h), h);
            g.moveTo(lastX, lastY);
            for (int i = 2; i < xy.length; i += 2) {
                // a point off the canvas is pulled onto a frame just outside it: the filled land inside stays the
                // same, and a coast far off screen (Eurasia's, zoomed into a valley) collapses into a few points
                double px = clamp(v.worldToPixelX(xy[i], w), w);
                double py = clamp(v.worldToPixelY(xy[i + 1], h), h);
                if (Math.abs(px - lastX) + Math.abs(py - lastY) >= 1 || i == xy.length - 2) {
                    g.lineTo(px, py);
                    lastX = px;
                    lastY = py;
                }
            }
            if (close) {
                g.closePath();
            }
        }
    }

    private static double clamp(double pixel, double size) {
        return Math.max(-OFF_CANVAS, Math.min(size + OFF_CANVAS, pixel));
    }

    private static final double OFF_CANVAS = 4;

    static double radius(int events) {
        return 4.5 + 2 * Math.log(Math.max(1, events)) / Math.log(2);
    }

    /** The marks; a place a party's version names is labelled there, in the party's colour, not here too. */
    private static void drawMarks(GraphicsContext g, List<MapClusters.Cluster> clusters, String focused,
                                  java.util.Set<String> versioned, MapPalette p) {
        boolean labels = clusters.size() <= MAX_LABELS;
        // Text and outlines are what the software renderer spends its time on: with many marks on screen only the
        // marks that stand for several places say their count, and the marks go without their halo.
        boolean crowded = clusters.size() > CROWDED;
        // crowded: only the largest marks say their count (a thousand numbers a frame cost more than all the discs)
        int countFrom = crowded ? clusters.stream().mapToInt(MapClusters.Cluster::events).boxed()
                .sorted(java.util.Comparator.reverseOrder()).skip(CROWDED_COUNTS - 1L).findFirst().orElse(0) : 0;
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(p.halo());
        g.setLineWidth(1.5);
        for (MapClusters.Cluster k : clusters) {
            double r = radius(k.events());
            g.setFill(TimelinePalette.typeColor(k.dominantType()));
            g.fillOval(k.x() - r, k.y() - r, 2 * r, 2 * r);
            if (!crowded) {
                g.setStroke(p.halo());
                g.setLineWidth(1.5);
                g.strokeOval(k.x() - r, k.y() - r, 2 * r, 2 * r);
            }
            if (focused != null && k.places().stream().anyMatch(m -> m.id().equals(focused))) {
                g.setStroke(p.focus());
                g.setLineWidth(2.5);
                g.strokeOval(k.x() - r - 3, k.y() - r - 3, 2 * r + 6, 2 * r + 6);
            }
            if (k.events() > 1 && (!crowded || !k.single() && k.events() >= countFrom)) {
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.CENTER);
                g.setFill(Color.WHITE);
                g.fillText(Integer.toString(k.events()), k.x(), k.y());
            }
            if (labels && k.places().stream().noneMatch(m -> versioned.contains(m.id()))) {
                String name = k.single() ? k.places().get(0).name() : k.places().get(0).name() + " +"
                        + (k.places().size() - 1);
                label(g, name, k.x() + r + 3, k.y(), p.text(), p);
            }
        }
    }

    private static void label(GraphicsContext g, String text, double x, double y, Color colour, MapPalette p) {
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(p.halo());
        g.setLineWidth(3);
        g.strokeText(text, x, y);
        g.setFill(colour);
        g.fillText(text, x, y);
    }

    private static void drawVersions(GraphicsContext g, List<MapViewModel.PartyVersion> versions,
                                     MapViewModel.VersionGap gap, MapView v, double w, double h, MapPalette p) {
        if (gap != null) {
            double ax = v.pixelX(gap.fromA().lon(), w);
            double ay = v.pixelY(gap.fromA().lat(), h);
            double bx = v.pixelX(gap.fromB().lon(), w);
            double by = v.pixelY(gap.fromB().lat(), h);
            g.setStroke(p.text());
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeLine(ax, ay, bx, by);
            g.setLineDashes();
            String km = String.format(Locale.ROOT, "%.0f km", gap.km());
            // beside the middle of the line, on its left side (the places' names are written to their right),
            // clear of the rings at its ends
            double len = Math.max(1, Math.hypot(bx - ax, by - ay));
            double nx = -(by - ay) / len;
            double ny = (bx - ax) / len;
            if (nx > 0) {
                nx = -nx;
                ny = -ny;
            }
            double lx = (ax + bx) / 2 + nx * 26;
            double ly = (ay + by) / 2 + ny * 26;
            g.setFont(DISTANCE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setStroke(p.halo());
            g.setLineWidth(4);
            g.strokeText(km, lx, ly);
            g.setFill(p.text());
            g.fillText(km, lx, ly);
        }
        for (MapViewModel.PartyVersion version : versions) {
            Color colour = MapPalette.party(version.partyRank());
            for (PlaceMark m : version.places()) {
                double x = v.pixelX(m.lon(), w);
                double y = v.pixelY(m.lat(), h);
                g.setStroke(colour);
                g.setLineWidth(3);
                g.strokeOval(x - 9, y - 9, 18, 18);
                label(g, m.name() + " (" + version.partyName() + ")", x + 12, y - 10, colour, p);
            }
        }
    }
}
