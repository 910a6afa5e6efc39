package claimline.app.timeline;

import claimline.timeline.Frame;
import claimline.timeline.Geometry;
import claimline.timeline.LaneMode;
import claimline.timeline.Mark;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimelineLayout;
import claimline.timeline.ZoomHistory;
import claimline.timeline.ZoomState;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A zoomable timeline of events in lanes, drawn on a canvas by {@link TimelineSkin}; input is handled by
 * {@link TimelineBehavior}. State is in properties: the items, the lane mode, the zoom window, the selection and the
 * offset times are shown in. CSS pseudo-classes: {@code :empty}, {@code :dark}.
 */
public class TimelineView extends Control {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final ZoomState DEFAULT_WINDOW = new ZoomState(0, 365.25 * 86400);

    private final ObjectProperty<List<TimelineItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.PARTY);
    private final ObjectProperty<Comparator<String>> laneOrder =
            new SimpleObjectProperty<>(this, "laneOrder", (a, b) -> 0);
    private final ObjectProperty<Function<String, String>> laneLabel =
            new SimpleObjectProperty<>(this, "laneLabel", k -> k);
    private final ObjectProperty<TimelineLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObjectProperty<ZoomState> zoom = new SimpleObjectProperty<>(this, "zoom", DEFAULT_WINDOW);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<ZoneOffset> displayOffset =
            new SimpleObjectProperty<>(this, "displayOffset", ZoneOffset.UTC);
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final ObjectProperty<Function<TimelineItem, String>> describer =
            new SimpleObjectProperty<>(this, "describer", TimelineItem::title);
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "");
    private final StringProperty emptyActionText = new SimpleStringProperty(this, "emptyActionText", "");
    private final ObjectProperty<Runnable> onEmptyAction = new SimpleObjectProperty<>(this, "onEmptyAction");
    private final ObjectProperty<Consumer<String>> onOpen = new SimpleObjectProperty<>(this, "onOpen", id -> {});
    private final ZoomHistory history = new ZoomHistory();
    private final Geometry geometry = Geometry.DEFAULT;
    private Frame lastFrame;

    public TimelineView() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        items.addListener((o, was, now) -> rebuild());
        laneMode.addListener((o, was, now) -> rebuild());
        laneOrder.addListener((o, was, now) -> rebuild());
        laneLabel.addListener((o, was, now) -> rebuild());
        dark.addListener((o, was, now) -> pseudoClassStateChanged(DARK, now));
        pseudoClassStateChanged(EMPTY, true);
    }

    /** Replaces the items and fits the window to them (a new corpus). */
    public void setItemsAndFit(List<TimelineItem> newItems) {
        items.set(List.copyOf(newItems));
        history.clear();
        TimelineLayout l = layout.get();
        zoomTo(l == null ? DEFAULT_WINDOW : l.fitForeground(DEFAULT_WINDOW));
        scrollY.set(0);
    }

    private void rebuild() {
        TimelineLayout l = new TimelineLayout(items.get(), laneMode.get(), laneOrder.get(), laneLabel.get());
        layout.set(l);
        pseudoClassStateChanged(EMPTY, l.isEmpty());
        if (selectedId.get() != null && l.indexOf(selectedId.get()) < 0) {
            selectedId.set(null);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("/assets/styles/timeline.css").toExternalForm();
    }

    // --- navigation, used by the behavior and by menus

    /** Shows a window and records it in the zoom history. */
    public void zoomTo(ZoomState z) {
        zoom.set(z);
        history.push(z);
    }

    public void zoomIn() { zoomTo(zoom.get().zoom(2, 0.5)); }

    public void zoomOut() { zoomTo(zoom.get().zoom(0.5, 0.5)); }

    public void fitAll() {
        TimelineLayout l = layout.get();
        zoomTo(l == null ? DEFAULT_WINDOW : l.fitAll(DEFAULT_WINDOW));
        scrollY.set(0);
    }

    /** Zooms to the selected event in its context ({@link ZoomState#around}: a third of the width, at least a day). */
    public void zoomToSelection() {
        TimelineLayout l = layout.get();
        int i = l == null || selectedId.get() == null ? -1 : l.indexOf(selectedId.get());
        if (i >= 0) {
            TimelineItem it = l.items().get(i);
            zoomTo(ZoomState.around(it.startSecond(), it.endSecond()));
        }
    }

    public boolean back() {
        return history.back().map(z -> { zoom.set(z); return true; }).orElse(false);
    }

    public boolean forward() {
        return history.forward().map(z -> { zoom.set(z); return true; }).orElse(false);
    }

    /** Selects the previous or next item in time and pans it into view. */
    public void selectAdjacent(int step) {
        TimelineLayout l = layout.get();
        if (l == null || l.isEmpty()) {
            return;
        }
        int i = selectedId.get() == null ? -1 : l.indexOf(selectedId.get());
        int next = i < 0 ? (step > 0 ? 0 : l.items().size() - 1)
                : Math.max(0, Math.min(l.items().size() - 1, i + step));
        TimelineItem it = l.items().get(next);
        selectedId.set(it.id());
        reveal(it);
    }

    /** Pans so that an item is inside the window, keeping the zoom. */
    public void reveal(TimelineItem it) {
        ZoomState z = zoom.get();
        if (!z.shows(it.startSecond(), it.startSecond())) {
            zoom.set(z.panSeconds(it.startSecond() - z.center()));
        }
    }

    public void openSelected() {
        if (selectedId.get() != null) {
            onOpen.get().accept(selectedId.get());
        }
    }

    /** The item a mark stands for, or null for a cluster. */
    public TimelineItem itemOf(Mark m) {
        return m.isCluster() || layout.get() == null ? null : layout.get().items().get(m.item());
    }

    // --- properties

    public ObjectProperty<List<TimelineItem>> itemsProperty() { return items; }

    public ObjectProperty<LaneMode> laneModeProperty() { return laneMode; }

    public ObjectProperty<Comparator<String>> laneOrderProperty() { return laneOrder; }

    public ObjectProperty<Function<String, String>> laneLabelProperty() { return laneLabel; }

    public ObjectProperty<TimelineLayout> layoutProperty() { return layout; }

    public ObjectProperty<ZoomState> zoomProperty() { return zoom; }

    public StringProperty selectedIdProperty() { return selectedId; }

    public ObjectProperty<ZoneOffset> displayOffsetProperty() { return displayOffset; }

    public DoubleProperty scrollYProperty() { return scrollY; }

    public BooleanProperty darkProperty() { return dark; }

    public ObjectProperty<Function<TimelineItem, String>> describerProperty() { return describer; }

    public ObjectProperty<Consumer<String>> onOpenProperty() { return onOpen; }

    /** What the timeline says when it has no events (the app puts a hint there). */
    public StringProperty emptyTextProperty() { return emptyText; }

    /** A link offered under the empty text ("Reset filters"); none when empty or without an action. */
    public StringProperty emptyActionTextProperty() { return emptyActionText; }

    /** What the link under the empty text does. */
    public ObjectProperty<Runnable> onEmptyActionProperty() { return onEmptyAction; }

    public Geometry geometry() { return geometry; }

    public ZoomHistory history() { return history; }

    /** The frame last drawn (for hit testing and tests); null before the first draw. */
    public Frame lastFrame() { return lastFrame; }

    void setLastFrame(Frame f) { lastFrame = f; }
}
