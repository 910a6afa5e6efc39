package claimline.app.map;

import claimline.app.timeline.TimelinePalette;
import claimline.geo.BaseMapRaster;
import claimline.geo.BaseMapZooms;
import claimline.geo.MapClusters;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.geo.raster.DiscSprites;
import claimline.geo.raster.Raster;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;

/**
 * Draws one frame of the map. The base map, the marks (thousands of shapes) and the attribution go into a raster
 * drawn in plain Java ({@link BaseMapRaster}, {@link Raster}) that an image view shows; what is written in words (a
 * few marks with their names, the selected event's versions, the distance) is drawn by {@link MapOverlay} on a
 * canvas over it, hidden when there is none.
 */
final class MapPainter {
    /**
     * Marks closer than this (pixels at the zoom level's scale: within 2^±¼ of it on screen) are drawn as one, with
     * the count of their events.
     */
    static final double CLUSTER_RADIUS = 12;
    /** Names are written beside the marks only when there are few enough to read. */
    private static final int MAX_LABELS = 40;
    private static final int WHITE = 0xffffffff;
    /** The attribution's margin from the map's right and bottom edges, in pixels. */
    private static final double ATTRIBUTION_RIGHT = 4;
    private static final double ATTRIBUTION_BOTTOM = 2;

    private final MapFrameBuffer frames = new MapFrameBuffer();
    /** The base map's zoom levels once they are read (in the background), null before: frames then show the sea. */
    private final java.util.function.Supplier<BaseMapZooms> zoomsIfRead;
    private BaseMapRaster base;
    private final DiscSprites discs = new DiscSprites();
    private TextMasks text;

    /** A painter of the bundled base map, which draws the sea alone until the map is read. */
    MapPainter() { this(() -> BaseMapZooms.bundledRead() ? BaseMapZooms.bundled() : null); }

    MapPainter(java.util.function.Supplier<BaseMapZooms> zoomsIfRead) { this.zoomsIfRead = zoomsIfRead; }

    /**
     * Draws a frame {@code w} × {@code h} pixels at {@code ratio} device pixels per pixel and returns its marks (in
     * pixels of the canvas).
     */
    List<MapClusters.Cluster> paint(ImageView picture, Canvas words, EventMap c, MapClusters.Prepared places,
                                    double w, double h, double ratio, String attribution) {
        MapPalette p = c.darkProperty().get() ? MapPalette.DARK : MapPalette.LIGHT;
        MapView v = c.viewProperty().get();
        List<MapClusters.Cluster> clusters = MapClusters.cluster(places, v, w, h, CLUSTER_RADIUS);
        if (text == null || !text.fits(attribution, ratio)) {
            text = new TextMasks(MapOverlay.SMALL, attribution, ratio);
        }
        int pw = Math.max(1, (int) Math.ceil(w * ratio));
        int ph = Math.max(1, (int) Math.ceil(h * ratio));
        String focused = c.focusedPlaceProperty().get();
        // few marks are written with their names, on the canvas (names under every mark); many marks (no names)
        // go into the picture
        boolean named = clusters.size() <= MAX_LABELS;
        WritableImage frame = frames.draw(pw, ph, r -> {
            if (base == null) {
                BaseMapZooms zooms = zoomsIfRead.get();
                base = zooms == null ? null : new BaseMapRaster(zooms);
            }
            if (base != null) {
                base.draw(r, v, ratio, p.baseStyle());
            } else {
                r.fill(p.baseStyle().water());
            }
            if (!named) {
                drawMarks(r, clusters, focused, ratio, (pw - w * ratio) / 2, (ph - h * ratio) / 2, p);
            }
            text.attribution(r, (w - ATTRIBUTION_RIGHT) * ratio, (h - ATTRIBUTION_BOTTOM) * ratio,
                    MapPalette.rgb(p.attribution()),
                    MapPalette.rgb(p.land()));
        });
        picture.setImage(frame);
        picture.setFitWidth(pw / ratio);
        picture.setFitHeight(ph / ratio);
        boolean empty = c.placesProperty().get().isEmpty() && c.versionsProperty().get().isEmpty();
        boolean written = named || !c.versionsProperty().get().isEmpty() || c.gapProperty().get() != null || empty;
        GraphicsContext g = words.getGraphicsContext2D();
        g.clearRect(0, 0, w, h); // the canvas forgets the commands of frames before
        words.setVisible(written); // nothing to write: the toolkit does not even draw the canvas
        c.setLastLabels(MapOverlay.draw(g, clusters, named, focused, c.versionsProperty().get(),
                c.gapProperty().get(), v, w, h, text.attributionBox(w, h, ATTRIBUTION_RIGHT, ATTRIBUTION_BOTTOM), p));
        if (empty) {
            MapOverlay.centred(g, c.emptyTextProperty().get(), w, h, p);
        }
        return clusters;
    }

    static double radius(int events) {
        return 4.5 + 2 * Math.log(Math.max(1, events)) / Math.log(2);
    }

    /**
     * Many marks, into the picture: each a disc in its type's colour with a halo (a sprite made once for each size
     * and colour), the count of its events written on it when more than one (from the digits' masks), and a ring
     * around the focused place's mark. Canvas pixels
     * times {@code ratio}, plus the shift of the raster's centre from the canvas's (under a device pixel).
     */
    private void drawMarks(Raster r, List<MapClusters.Cluster> clusters, String focused, double ratio, double dx,
                           double dy, MapPalette p) {
        int halo = MapPalette.rgb(p.halo());
        int focus = MapPalette.rgb(p.focus());
        for (MapClusters.Cluster k : clusters) {
            drawMark(r, k, focused, ratio, dx, dy, halo, focus);
        }
    }

    private void drawMark(Raster r, MapClusters.Cluster k, String focused, double ratio, double dx, double dy,
                          int halo, int focus) {
        double x = k.x() * ratio + dx;
        double y = k.y() * ratio + dy;
        double rad = radius(k.events()) * ratio;
        discs.draw(r, x, y, rad, MapPalette.rgb(TimelinePalette.typeColor(k.dominantType())), 1.5 * ratio, halo);
        if (k.events() > 1) {
            text.draw(r, k.events(), x, y, WHITE);
        }
        if (focused != null && contains(k, focused)) {
            r.ring(x, y, rad + 3 * ratio, 2.5 * ratio, focus);
        }
    }

    static boolean contains(MapClusters.Cluster k, String placeId) {
        for (PlaceMark m : k.places()) {
            if (m.id().equals(placeId)) {
                return true;
            }
        }
        return false;
    }
}
