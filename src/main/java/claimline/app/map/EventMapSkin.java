package claimline.app.map;

import claimline.geo.BaseMapZooms;
import claimline.geo.MapClusters;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Draws an {@link EventMap}, never a node per place: the base map and the marks as one picture drawn in plain Java
 * (shown by an image view: the toolkit only copies it to the screen), and on a canvas over it what is written in
 * words (a few marks with their names, the selected event's versions); the canvas is hidden when it has nothing to
 * show, so a frame of many marks costs the toolkit one picture. Redraws at most once per pulse, whatever changed.
 * The base map (a quarter of a megabyte) is read and its zoom levels simplified in the background when the first
 * map is made; frames drawn before it is read show the sea alone (the window's first frame does not wait for the
 * read on the toolkit's thread), and every map is drawn again once it is.
 */
public class EventMapSkin extends SkinBase<EventMap> {
    private final ImageView picture = new ImageView();
    private final Canvas canvas = new Canvas();
    /** The picture with the canvas over it: what the mouse acts on, and what a snapshot of the map shows. */
    private final Pane surface = new Pane(picture, canvas);
    private final Tooltip tooltip = new Tooltip();
    private final EventMapBehavior behavior;
    private final String attribution = claimline.app.Messages.get("map.attribution");
    /** The attribution's width with the margin and the plate around it, measured once. */
    private double attributionWidth;
    private boolean dirty = true;
    /** The places with their world coordinates, computed when the places change rather than every frame. */
    private MapClusters.Prepared prepared;
    private MapPainter painter;

    public EventMapSkin(EventMap control) {
        super(control);
        canvas.getStyleClass().add("event-map-canvas");
        picture.getStyleClass().add("event-map-picture");
        surface.getStyleClass().add("event-map-surface");
        getChildren().add(surface);
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.getStyleClass().add("event-map-tooltip");
        for (Observable o : new Observable[] {control.placesProperty(), control.viewProperty(),
                control.focusedPlaceProperty(), control.versionsProperty(), control.gapProperty(),
                control.darkProperty(), control.emptyTextProperty()}) {
            registerInvalidationListener(o, x -> invalidate());
        }
        registerInvalidationListener(control.placesProperty(), x -> prepared = null);
        registerInvalidationListener(BASE_MAP_READ, x -> invalidate());
        behavior = new EventMapBehavior(control, surface, this);
        prepareBaseMap();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING =
            new java.util.concurrent.atomic.AtomicBoolean();
    /** Turns true on the toolkit's thread once the base map is read: every map then draws it. */
    private static final javafx.beans.property.BooleanProperty BASE_MAP_READ =
            new javafx.beans.property.SimpleBooleanProperty(BaseMapZooms.bundledRead());

    /**
     * Reads the base map and simplifies its zoom levels on a thread of its own, once for every map, so that neither
     * the first frame nor the first zoom into each level waits for it.
     */
    private static void prepareBaseMap() {
        if (PREPARING.compareAndSet(false, true)) {
            javafx.concurrent.Task<Void> task = new javafx.concurrent.Task<>() {
                @Override
                protected Void call() {
                    BaseMapZooms zooms = BaseMapZooms.bundled();
                    javafx.application.Platform.runLater(() -> BASE_MAP_READ.set(true));
                    zooms.prepareAll();
                    return null;
                }
            };
            Thread t = new Thread(task, "base map");
            t.setDaemon(true);
            t.start();
        }
    }

    void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        surface.resizeRelocate(x, y, w, h);
        if (dirty) {
            paint();
        }
    }

    /** Draws the current frame now and returns its marks. Public so the benchmark can time real draws. */
    public List<MapClusters.Cluster> paint() {
        dirty = false;
        if (prepared == null) {
            prepared = MapClusters.prepare(getSkinnable().placesProperty().get());
        }
        if (painter == null) {
            painter = new MapPainter();
        }
        List<MapClusters.Cluster> clusters = painter.paint(picture, canvas, getSkinnable(), prepared,
                canvas.getWidth(), canvas.getHeight(), renderScale(), attribution);
        getSkinnable().setLastClusters(clusters);
        return clusters;
    }

    /** Device pixels per pixel of the window the map is in (2 on a HiDPI screen), so the picture stays sharp. */
    private double renderScale() {
        javafx.scene.Scene scene = canvas.getScene();
        double s = scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
        return s > 0 && Double.isFinite(s) ? s : 1;
    }


    Tooltip tooltip() { return tooltip; }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 400;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 80;
    }

    /** Never narrower than its attribution (GeoNames' licence asks for it), which would lose its first words. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        if (attributionWidth == 0) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(attribution);
            t.setFont(MapOverlay.SMALL);
            attributionWidth = Math.ceil(t.getLayoutBounds().getWidth()) + 12;
        }
        return Math.max(80, attributionWidth + left + right);
    }

    @Override
    public void dispose() {
        behavior.dispose();
        super.dispose();
    }
}
