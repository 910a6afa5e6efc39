package claimline.app.map;

import claimline.app.timeline.TimelinePalette;
import claimline.geo.MapClusters;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.viewmodel.MapViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * What the map draws on its canvas over the picture of the base map: few marks with their names, the selected
 * event's versions with the distance and the empty map's words.
 */
final class MapOverlay {
    static final Font SMALL = Font.font("System", 10);
    private static final Font LABEL = Font.font("System", 11);
    private static final Font DISTANCE = Font.font("System", FontWeight.BOLD, 13);

    private MapOverlay() {}

    /**
     * The marks with their names: the names first, then every mark over them, so that a name never hides a place
     * (Gadabay's name ran over Dashkesan's mark). A place a party's version names is labelled there, in the
     * party's colour, not here too.
     */
    static void namedMarks(GraphicsContext g, List<MapClusters.Cluster> clusters, String focused,
                           List<MapViewModel.PartyVersion> versions, MapPalette p) {
        Set<String> versioned = new HashSet<>();
        versions.forEach(x -> x.places().forEach(m -> versioned.add(m.id())));
        for (MapClusters.Cluster k : clusters) {
            if (k.places().stream().noneMatch(m -> versioned.contains(m.id()))) {
                String name = k.single() ? k.places().get(0).name() : k.places().get(0).name() + " +"
                        + (k.places().size() - 1);
                label(g, name, k.x() + MapPainter.radius(k.events()) + 3, k.y(), p.text(), p);
            }
        }
        g.setTextBaseline(VPos.CENTER);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        for (MapClusters.Cluster k : clusters) {
            double r = MapPainter.radius(k.events());
            g.setFill(TimelinePalette.typeColor(k.dominantType()));
            g.fillOval(k.x() - r, k.y() - r, 2 * r, 2 * r);
            g.setStroke(p.halo());
            g.setLineWidth(1.5);
            g.strokeOval(k.x() - r, k.y() - r, 2 * r, 2 * r);
            if (focused != null && MapPainter.contains(k, focused)) {
                g.setStroke(p.focus());
                g.setLineWidth(2.5);
                g.strokeOval(k.x() - r - 3, k.y() - r - 3, 2 * r + 6, 2 * r + 6);
            }
            if (k.events() > 1) {
                g.setFill(Color.WHITE);
                g.fillText(Integer.toString(k.events()), k.x(), k.y());
            }
        }
    }

    static void centred(GraphicsContext g, String text, double w, double h, MapPalette p) {
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.text());
        g.fillText(text, w / 2, h / 2);
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

    static void versions(GraphicsContext g, List<MapViewModel.PartyVersion> versions,
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
