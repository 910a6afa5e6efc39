package claimline.app.map;

import claimline.app.timeline.TimelinePalette;
import claimline.geo.BaseMap;
import claimline.geo.BaseMapRaster;
import claimline.geo.BaseMapZooms;
import claimline.geo.MapClusters;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.geo.raster.Raster;
import claimline.viewmodel.MapViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the map. The base map and the marks (thousands of shapes) go into a raster drawn in plain Java
 * ({@link BaseMapRaster}, {@link Raster}) that the canvas shows as one image; the few things written in words (names
 * when there are few marks, the selected event's versions, the distance, the attribution) are drawn on the canvas
 * over it.
 */
final class MapPainter {
    /** Marks closer than this (pixels) are drawn as one, with the count of their events. */
    static final double CLUSTER_RADIUS = 12;
    /** Names are written beside the marks only when there are few enough to read. */
    private static final int MAX_LABELS = 40;
    private static final Font SMALL = Font.font("System", 10);
    private static final Font LABEL = Font.font("System", 11);
    private static final Font DISTANCE = Font.font("System", javafx.scene.text.FontWeight.BOLD, 13);
    private static final int WHITE = 0xffffffff;

    private final MapFrameBuffer frames = new MapFrameBuffer();
    private final BaseMapRaster base;
    private CountGlyphs counts;

    MapPainter(BaseMap map) { base = new BaseMapRaster(new BaseMapZooms(map)); }

    /**
     * Draws a frame {@code w} × {@code h} pixels at {@code ratio} device pixels per pixel and returns its marks (in
     * pixels of the canvas).
     */
    List<MapClusters.Cluster> paint(GraphicsContext g, EventMap c, MapClusters.Prepared places, double w, double h,
                                    double ratio, String attribution) {
        MapPalette p = c.darkProperty().get() ? MapPalette.DARK : MapPalette.LIGHT;
        MapView v = c.viewProperty().get();
        List<MapClusters.Cluster> clusters = MapClusters.cluster(places, v, w, h, CLUSTER_RADIUS);
        if (counts == null || counts.scale() != ratio) {
            counts = new CountGlyphs(SMALL, ratio);
        }
        int pw = Math.max(1, (int) Math.ceil(w * ratio));
        int ph = Math.max(1, (int) Math.ceil(h * ratio));
        String focused = c.focusedPlaceProperty().get();
        WritableImage frame = frames.draw(pw, ph, r -> {
            base.draw(r, v, ratio, p.baseStyle());
            drawMarks(r, clusters, focused, ratio, (pw - w * ratio) / 2, (ph - h * ratio) / 2, p);
        });
        g.clearRect(0, 0, w, h); // the canvas forgets the commands of frames before
        g.drawImage(frame, 0, 0, pw / ratio, ph / ratio);
        if (clusters.size() <= MAX_LABELS) {
            drawLabels(g, clusters, c.versionsProperty().get(), p);
        }
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

    static double radius(int events) {
        return 4.5 + 2 * Math.log(Math.max(1, events)) / Math.log(2);
    }

    /**
     * The marks, each a disc in its type's colour with a halo, the count of its events written on it when more
     * than one, and a ring around the focused place's mark. Canvas pixels times {@code ratio}, plus the shift of
     * the raster's centre from the canvas's (under a device pixel).
     */
    private void drawMarks(Raster r, List<MapClusters.Cluster> clusters, String focused, double ratio, double dx,
                           double dy, MapPalette p) {
        int halo = MapPalette.rgb(p.halo());
        for (MapClusters.Cluster k : clusters) {
            double x = k.x() * ratio + dx;
            double y = k.y() * ratio + dy;
            double rad = radius(k.events()) * ratio;
            r.disc(x, y, rad, MapPalette.rgb(TimelinePalette.typeColor(k.dominantType())), 1.5 * ratio, halo);
            if (k.events() > 1) {
                counts.draw(r, k.events(), x, y, WHITE);
            }
            if (focused != null && contains(k, focused)) {
                r.ring(x, y, rad + 3 * ratio, 2.5 * ratio, MapPalette.rgb(p.focus()));
            }
        }
    }

    private static boolean contains(MapClusters.Cluster k, String placeId) {
        for (PlaceMark m : k.places()) {
            if (m.id().equals(placeId)) {
                return true;
            }
        }
        return false;
    }

    /** Each mark's name, unless a party's version names the place (it is labelled there, in the party's colour). */
    private static void drawLabels(GraphicsContext g, List<MapClusters.Cluster> clusters,
                                   List<MapViewModel.PartyVersion> versions, MapPalette p) {
        Set<String> versioned = new HashSet<>();
        versions.forEach(x -> x.places().forEach(m -> versioned.add(m.id())));
        for (MapClusters.Cluster k : clusters) {
            if (k.places().stream().noneMatch(m -> versioned.contains(m.id()))) {
                String name = k.single() ? k.places().get(0).name() : k.places().get(0).name() + " +"
                        + (k.places().size() - 1);
                label(g, name, k.x() + radius(k.events()) + 3, k.y(), p.text(), p);
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
