package claimline.app.map;

import claimline.geo.MapClusters;
import claimline.geo.MapView;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.layout.Region;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard for the map. The wheel zooms around the pointer, dragging pans, a click on a mark focuses its
 * place (several places drawn as one: zooms in on them), hovering shows the place, its country and its events.
 * Keys: arrows pan, + / - zoom, 0 or Home fits the places shown, F filters every view to the focused place's
 * events (again: all events), Enter (or a double click) opens the passage that names the place, Escape clears the
 * focus.
 */
final class EventMapBehavior {
    private static final double WHEEL_STEP = 1.25;
    private static final double KEY_PAN = 80;
    private final EventMap control;
    /** The map's surface (its picture and the canvas over it), in pixels of the frame. */
    private final Region surface;
    private final EventMapSkin skin;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private MapView dragStart;
    private final EventHandler<KeyEvent> keys = this::onKey;

    EventMapBehavior(EventMap control, Region surface, EventMapSkin skin) {
        this.control = control;
        this.surface = surface;
        this.skin = skin;
        surface.setOnScroll(this::onScroll);
        surface.setOnMousePressed(this::onPressed);
        surface.setOnMouseDragged(this::onDragged);
        surface.setOnMouseReleased(this::onReleased);
        surface.setOnMouseMoved(this::onMoved);
        surface.setOnMouseExited(e -> Tooltip.uninstall(surface, skin.tooltip()));
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        control.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        surface.setOnScroll(null);
        surface.setOnMousePressed(null);
        surface.setOnMouseDragged(null);
        surface.setOnMouseReleased(null);
        surface.setOnMouseMoved(null);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
            control.viewProperty().set(control.viewProperty().get().zoomAt(factor, e.getX(), e.getY(),
                    surface.getWidth(), surface.getHeight()));
            e.consume();
        }
    }

    private void onPressed(MouseEvent e) {
        control.requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
        dragStart = control.viewProperty().get();
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragStart == null) {
            return;
        }
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
            dragged = true;
            control.viewProperty().set(dragStart.pan(dx, dy));
        }
    }

    private void onReleased(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !dragged) {
            click(e.getX(), e.getY());
            if (e.getClickCount() == 2) {
                control.onOpenProperty().get().run();
            }
        }
        dragStart = null;
    }

    /** A click on a mark: its place is focused, or several places drawn as one are zoomed into. */
    void click(double x, double y) {
        Optional<MapClusters.Cluster> hit = hit(x, y);
        if (hit.isEmpty()) {
            return;
        }
        MapClusters.Cluster k = hit.get();
        if (k.single()) {
            control.onPlaceClickedProperty().get().accept(k.places().get(0).id());
        } else {
            control.viewProperty().set(control.viewProperty().get().zoomAt(4, k.x(), k.y(), surface.getWidth(),
                    surface.getHeight()));
        }
    }

    private void onMoved(MouseEvent e) {
        Optional<MapClusters.Cluster> hit = hit(e.getX(), e.getY());
        if (hit.isPresent()) {
            skin.tooltip().setText(control.describerProperty().get().apply(hit.get().places()));
            Tooltip.install(surface, skin.tooltip());
        } else {
            Tooltip.uninstall(surface, skin.tooltip());
        }
    }

    /** The mark under a point: the nearest whose disc (a little enlarged) contains it. */
    Optional<MapClusters.Cluster> hit(double x, double y) {
        MapClusters.Cluster best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapClusters.Cluster k : control.lastClusters()) {
            double d = Math.hypot(k.x() - x, k.y() - y);
            if (d <= MapPainter.radius(k.events()) + 3 && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private void onKey(KeyEvent e) {
        MapView v = control.viewProperty().get();
        KeyCode k = e.getCode();
        switch (k) {
            case LEFT -> control.viewProperty().set(v.pan(KEY_PAN, 0));
            case RIGHT -> control.viewProperty().set(v.pan(-KEY_PAN, 0));
            case UP -> control.viewProperty().set(v.pan(0, KEY_PAN));
            case DOWN -> control.viewProperty().set(v.pan(0, -KEY_PAN));
            case PLUS, ADD, EQUALS -> control.zoomBy(2);
            case MINUS, SUBTRACT -> control.zoomBy(0.5);
            case DIGIT0, NUMPAD0, HOME -> control.fitToPlaces();
            case F -> control.onFilterKeyProperty().get().run();
            case ENTER -> control.onOpenProperty().get().run();
            case ESCAPE -> control.onPlaceClickedProperty().get().accept(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
