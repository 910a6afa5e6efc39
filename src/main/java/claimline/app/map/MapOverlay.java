package claimline.app.map;

import claimline.app.timeline.TimelinePalette;
import claimline.geo.MapClusters;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.viewmodel.MapViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * What the map draws on its canvas over the picture of the base map: few marks with their names, the selected
 * event's versions with the distance and the empty map's words. Where each name goes is {@link LabelPlacement}'s
 * choice: the versions' names first (the selected event), then the marks' (the focused place, then those with most
 * events), each clear of every mark, ring, name, the distance and the attribution, and inside the map.
 */
final class MapOverlay {
    static final Font SMALL = Font.font("System", 10);
    private static final Font LABEL = Font.font("System", 11);
    private static final Font DISTANCE = Font.font("System", FontWeight.BOLD, 13);
    /** Half the width of the halo stroked around a name. */
    private static final double HALO = 1.5;
    /** The ring around each place of a party's version: its radius and stroke. */
    private static final double VERSION_RING = 9;
    private static final double VERSION_STROKE = 3;
    /** The key's distance from the map's corner, and the room its ring takes before the party's name. */
    private static final double KEY_MARGIN = 6;
    private static final double KEY_RING = 14;
    /** The gap between the distance and its line. */
    private static final double DISTANCE_OFFSET = 26;

    private MapOverlay() {}

    /** A name to write beside its mark, in which colour. */
    private record Name(LabelPlacement.Wanted wanted, Color colour) {}

    /** A name placed, in its colour. */
    private record Written(LabelPlacement.Placed placed, Color colour) {}

    /**
     * Draws the names, the marks (when {@code named}: few enough to name), the versions' rings and the distance
     * between two versions with its key, and returns what was written beside them (the distance, the names) with
     * where it went. {@code attribution}: the box the
     * attribution covers.
     */
    static List<LabelPlacement.Placed> draw(GraphicsContext g, List<MapClusters.Cluster> clusters, boolean named,
                                            String focused, List<MapViewModel.PartyVersion> versions,
                                            MapViewModel.VersionGap gap, MapView v, double w, double h,
                                            LabelPlacement.Box attribution, MapPalette p) {
        List<LabelPlacement.Disc> marks = new ArrayList<>();
        List<Name> versionNames = new ArrayList<>();
        Map<String, List<MapViewModel.PartyVersion>> naming = naming(versions);
        Map<String, PlaceMark> versioned = new LinkedHashMap<>();
        versions.forEach(x -> x.places().forEach(m -> versioned.putIfAbsent(m.id(), m)));
        for (PlaceMark m : versioned.values()) {
            List<MapViewModel.PartyVersion> parties = naming.get(m.id());
            LabelPlacement.Disc ring = new LabelPlacement.Disc(v.pixelX(m.lon(), w), v.pixelY(m.lat(), h),
                    ringRadius(parties.size() - 1) + VERSION_STROKE / 2);
            marks.add(ring);
            // the party's colour says whose version it is (the key in the corner names the colours); a place
            // several parties name is written in the text's colour, inside their rings
            Color colour = parties.size() == 1 ? p.partyText(parties.get(0).partyRank()) : p.text();
            versionNames.add(new Name(wanted(m.name(), ring), colour));
        }
        // with many marks (unnamed, in the picture) the versions' names are kept clear of the rings only: the
        // selected event's places are named however crowded the map is
        List<Name> markNames = List.of();
        if (named) {
            clusters.forEach(k -> marks.add(disc(k, focused)));
            markNames = markNames(clusters, focused, versions, p);
        }
        List<LabelPlacement.Box> reserved = new ArrayList<>(List.of(attribution));
        List<Written> key = key(versions, p);
        key.forEach(x -> reserved.add(x.placed().box()));
        LabelPlacement placement = new LabelPlacement(w, h, marks, reserved);
        String km = gap == null ? null : String.format(Locale.ROOT, "%.0f km", gap.km());
        double[] distanceAt = gap == null ? null : distanceAt(placement, gap, km, v, w, h);
        List<Written> onVersions = place(placement, versionNames);
        List<Written> onMarks = place(placement, markNames);
        // the marks' names under the marks, the versions' over their rings
        onMarks.forEach(x -> label(g, x, p));
        if (named) {
            marks(g, clusters, focused, p);
        }
        if (gap != null) {
            distance(g, gap, km, distanceAt, v, w, h, p);
        }
        rings(g, versions, naming, v, w, h);
        onVersions.forEach(x -> label(g, x, p));
        drawKey(g, key, versions, p);
        return placement.placed();
    }

    private static List<Written> place(LabelPlacement placement, List<Name> names) {
        List<Written> out = new ArrayList<>();
        for (Name n : names) {
            placement.place(n.wanted()).ifPresent(x -> out.add(new Written(x, n.colour())));
        }
        return out;
    }

    /** What a mark covers: its disc with its halo, or with the ring around the focused place. */
    private static LabelPlacement.Disc disc(MapClusters.Cluster k, String focused) {
        double r = MapPainter.radius(k.events());
        boolean ringed = focused != null && MapPainter.contains(k, focused);
        return new LabelPlacement.Disc(k.x(), k.y(), ringed ? r + 3 + 1.25 : r + 1.5);
    }

    /**
     * The marks' names, the focused place's first and then those with most events. A place a party's version names is
     * labelled there, in the party's colour, not here too.
     */
    private static List<Name> markNames(List<MapClusters.Cluster> clusters, String focused,
                                        List<MapViewModel.PartyVersion> versions, MapPalette p) {
        Set<String> versioned = new HashSet<>();
        versions.forEach(x -> x.places().forEach(m -> versioned.add(m.id())));
        List<MapClusters.Cluster> byWeight = new ArrayList<>(clusters);
        byWeight.sort(Comparator.comparing((MapClusters.Cluster k) -> focused == null || !MapPainter.contains(k, focused))
                .thenComparing(Comparator.comparingInt(MapClusters.Cluster::events).reversed())
                .thenComparing(k -> k.places().get(0).name()));
        List<Name> out = new ArrayList<>();
        for (MapClusters.Cluster k : byWeight) {
            if (k.places().stream().noneMatch(m -> versioned.contains(m.id()))) {
                String name = k.single() ? k.places().get(0).name() : k.places().get(0).name() + " +"
                        + (k.places().size() - 1);
                out.add(new Name(wanted(name, disc(k, focused)), p.text()));
            }
        }
        return out;
    }

    private static LabelPlacement.Wanted wanted(String text, LabelPlacement.Disc mark) {
        double[] size = size(text, LABEL);
        return new LabelPlacement.Wanted(text, size[0] + 2 * HALO, size[1], mark);
    }

    private static final Text MEASURE = new Text();

    /** The width and height of a line of text in a font (measured on the toolkit's thread, where the map draws). */
    private static double[] size(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return new double[] {MEASURE.getLayoutBounds().getWidth(), MEASURE.getLayoutBounds().getHeight()};
    }

    private static void marks(GraphicsContext g, List<MapClusters.Cluster> clusters, String focused, MapPalette p) {
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

    private static void label(GraphicsContext g, Written written, MapPalette p) {
        LabelPlacement.Placed placed = written.placed();
        LabelPlacement.Box b = placed.box();
        double x = b.x() + HALO;
        double y = b.y() + b.h() / 2;
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(p.halo());
        g.setLineWidth(2 * HALO);
        g.strokeText(placed.text(), x, y);
        g.setFill(written.colour());
        g.fillText(placed.text(), x, y);
    }

    /**
     * Where the distance goes (its centre): beside the middle of its line, on the line's left side first (names are
     * tried right of their marks first), else its right, a little further out if need be; where none is clear of the
     * marks and rings, on the left side all the same (the distance is the point of the versions).
     */
    private static double[] distanceAt(LabelPlacement placement, MapViewModel.VersionGap gap, String km, MapView v,
                                       double w, double h) {
        double ax = v.pixelX(gap.fromA().lon(), w);
        double ay = v.pixelY(gap.fromA().lat(), h);
        double bx = v.pixelX(gap.fromB().lon(), w);
        double by = v.pixelY(gap.fromB().lat(), h);
        double len = Math.max(1, Math.hypot(bx - ax, by - ay));
        double nx = -(by - ay) / len;
        double ny = (bx - ax) / len;
        if (nx > 0) {
            nx = -nx;
            ny = -ny;
        }
        double[] size = size(km, DISTANCE);
        List<LabelPlacement.Box> candidates = new ArrayList<>();
        for (double offset : new double[] {DISTANCE_OFFSET, -DISTANCE_OFFSET, 1.6 * DISTANCE_OFFSET,
                -1.6 * DISTANCE_OFFSET}) {
            double cx = (ax + bx) / 2 + nx * offset;
            double cy = (ay + by) / 2 + ny * offset;
            candidates.add(new LabelPlacement.Box(cx - size[0] / 2 - 2, cy - size[1] / 2, size[0] + 4, size[1]));
        }
        LabelPlacement.Box at = placement.placeInFirstFree(km, candidates).map(LabelPlacement.Placed::box)
                .orElse(candidates.get(0));
        return new double[] {at.x() + at.w() / 2, at.y() + at.h() / 2};
    }

    private static void distance(GraphicsContext g, MapViewModel.VersionGap gap, String km, double[] at, MapView v,
                                 double w, double h, MapPalette p) {
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(v.pixelX(gap.fromA().lon(), w), v.pixelY(gap.fromA().lat(), h),
                v.pixelX(gap.fromB().lon(), w), v.pixelY(gap.fromB().lat(), h));
        g.setLineDashes();
        g.setFont(DISTANCE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(p.halo());
        g.setLineWidth(4);
        g.strokeText(km, at[0], at[1]);
        g.setFill(p.text());
        g.fillText(km, at[0], at[1]);
    }

    /** Each place of the versions with the versions that name it, in the versions' order. */
    private static Map<String, List<MapViewModel.PartyVersion>> naming(List<MapViewModel.PartyVersion> versions) {
        Map<String, List<MapViewModel.PartyVersion>> out = new HashMap<>();
        versions.forEach(x -> x.places().forEach(m -> out.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(x)));
        return out;
    }

    /** The radius of the ring of the {@code i}th party naming a place: a further party's ring goes around. */
    private static double ringRadius(int i) {
        return VERSION_RING + i * (VERSION_STROKE + 1);
    }

    /** A ring in each party's colour around each place of its version; rings of one place one around the other. */
    private static void rings(GraphicsContext g, List<MapViewModel.PartyVersion> versions,
                              Map<String, List<MapViewModel.PartyVersion>> naming, MapView v, double w, double h) {
        g.setLineWidth(VERSION_STROKE);
        for (MapViewModel.PartyVersion version : versions) {
            g.setStroke(MapPalette.party(version.partyRank()));
            for (PlaceMark m : version.places()) {
                double r = ringRadius(naming.get(m.id()).indexOf(version));
                double x = v.pixelX(m.lon(), w);
                double y = v.pixelY(m.lat(), h);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    /**
     * The key to the versions' colours, in the map's top left corner: a ring in each party's colour and its name,
     * one party a line, on a plate. No name goes under it.
     */
    private static List<Written> key(List<MapViewModel.PartyVersion> versions, MapPalette p) {
        List<Written> out = new ArrayList<>();
        double y = KEY_MARGIN;
        for (MapViewModel.PartyVersion version : versions) {
            double[] size = size(version.partyName(), LABEL);
            LabelPlacement.Box box = new LabelPlacement.Box(KEY_MARGIN, y, KEY_RING + size[0] + 2 * HALO, size[1]);
            out.add(new Written(new LabelPlacement.Placed(version.partyName(), LabelPlacement.Side.RIGHT, box),
                    p.partyText(version.partyRank())));
            y += size[1] + 2;
        }
        return out;
    }

    private static void drawKey(GraphicsContext g, List<Written> key, List<MapViewModel.PartyVersion> versions,
                                MapPalette p) {
        if (key.isEmpty()) {
            return;
        }
        double right = key.stream().mapToDouble(x -> x.placed().box().x() + x.placed().box().w()).max().orElse(0);
        LabelPlacement.Box last = key.get(key.size() - 1).placed().box();
        g.setFill(p.land().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(KEY_MARGIN - 3, KEY_MARGIN - 3, right - KEY_MARGIN + 6, last.y() + last.h() - KEY_MARGIN + 6,
                6, 6);
        for (int i = 0; i < key.size(); i++) {
            Written x = key.get(i);
            LabelPlacement.Box b = x.placed().box();
            double cy = b.y() + b.h() / 2;
            g.setStroke(MapPalette.party(versions.get(i).partyRank()));
            g.setLineWidth(2);
            g.strokeOval(b.x() + 1, cy - 4.5, 9, 9);
            label(g, new Written(new LabelPlacement.Placed(x.placed().text(), LabelPlacement.Side.RIGHT,
                    new LabelPlacement.Box(b.x() + KEY_RING, b.y(), b.w() - KEY_RING, b.h())), x.colour()), p);
        }
    }
}
