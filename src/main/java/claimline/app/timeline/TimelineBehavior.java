package claimline.app.timeline;

import claimline.timeline.Frame;
import claimline.timeline.Mark;
import claimline.timeline.TimelineItem;
import claimline.timeline.ZoomState;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard for the timeline. Wheel zooms around the pointer (Shift+wheel scrolls the lanes), dragging
 * pans, a click selects an event or zooms into a cluster, a double click opens the event's first source.
 * Keys are those of {@link TimelineCommand}, the one table the keyboard help also reads.
 */
final class TimelineBehavior {
    private static final double WHEEL_STEP = 1.25;
    private final TimelineView control;
    private final Canvas canvas;
    private final TimelineSkin skin;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private ZoomState dragStart;
    private final EventHandler<KeyEvent> keys = this::onKey;

    TimelineBehavior(TimelineView control, Canvas canvas, TimelineSkin skin) {
        this.control = control;
        this.canvas = canvas;
        this.skin = skin;
        canvas.setOnScroll(this::onScroll);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(this::onReleased);
        canvas.setOnMouseMoved(this::onMoved);
        canvas.setOnMouseExited(e -> Tooltip.uninstall(canvas, skin.tooltip()));
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        control.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        canvas.setOnScroll(null);
        canvas.setOnMousePressed(null);
        canvas.setOnMouseDragged(null);
        canvas.setOnMouseReleased(null);
        canvas.setOnMouseMoved(null);
    }

    private double timeWidth() {
        return Math.max(1, canvas.getWidth() - control.geometry().gutter());
    }

    private double fractionAt(double x) {
        return (x - control.geometry().gutter()) / timeWidth();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown()) {
            control.scrollYProperty().set(control.scrollYProperty().get() - (e.getDeltaY() + e.getDeltaX()));
        } else if (e.getDeltaY() != 0) {
            double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
            control.zoomTo(control.zoomProperty().get().zoom(factor, fractionAt(e.getX())));
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        control.requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
        dragStart = control.zoomProperty().get();
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) {
            return;
        }
        dragged = true;
        control.zoomProperty().set(dragStart.panPixels(-dx, timeWidth()));
        control.scrollYProperty().set(Math.max(0, control.scrollYProperty().get() - (e.getY() - dragY)));
        dragY = e.getY();
    }

    private void onReleased(MouseEvent e) {
        if (dragged) {
            control.zoomTo(control.zoomProperty().get());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<Mark> hit = hit(e.getX(), e.getY());
        if (hit.isEmpty()) {
            control.selectedIdProperty().set(null);
            return;
        }
        Mark m = hit.get();
        if (m.isCluster()) {
            control.zoomToTimes(m.fromSecond(), m.toSecond(), 0.1);
            return;
        }
        control.select(control.itemOf(m));
        if (e.getClickCount() >= 2) {
            control.openSelected();
        }
    }

    private void onMoved(MouseEvent e) {
        Optional<Mark> hit = hit(e.getX(), e.getY());
        if (hit.isEmpty()) {
            Tooltip.uninstall(canvas, skin.tooltip());
            return;
        }
        Mark m = hit.get();
        TimelineItem it = control.itemOf(m);
        skin.tooltip().setText(it == null ? control.words().get("cluster.hint", m.count())
                : control.describerProperty().get().apply(it));
        Tooltip.install(canvas, skin.tooltip());
    }

    private Optional<Mark> hit(double x, double y) {
        Frame f = control.lastFrame();
        return f == null ? Optional.empty() : f.hit(x, y);
    }

    private void onKey(KeyEvent e) {
        TimelineCommand.of(e).ifPresent(c -> {
            run(c);
            e.consume();
        });
    }

    private void run(TimelineCommand c) {
        switch (c) {
            case PREVIOUS -> control.selectAdjacent(-1);
            case NEXT -> control.selectAdjacent(1);
            case PAN_EARLIER, PAN_LATER -> {
                double step = timeWidth() / 5 * (c == TimelineCommand.PAN_EARLIER ? -1 : 1);
                control.zoomTo(control.zoomProperty().get().panPixels(step, timeWidth()));
            }
            case SCROLL_UP, SCROLL_DOWN -> {
                double step = control.geometry().laneHeight() * (c == TimelineCommand.SCROLL_UP ? -1 : 1);
                control.scrollYProperty().set(Math.max(0, control.scrollYProperty().get() + step));
            }
            case ZOOM_IN -> control.zoomIn();
            case ZOOM_OUT -> control.zoomOut();
            case FIT_ALL -> control.fitAll();
            case ZOOM_TO_SELECTION -> control.zoomToSelection();
            case BACK -> control.back();
            case FORWARD -> control.forward();
            case OPEN -> control.openSelected();
            case CLEAR -> control.selectedIdProperty().set(null);
        }
    }
}
