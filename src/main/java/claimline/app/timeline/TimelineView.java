package claimline.app.timeline;

import claimline.timeline.Frame;
import claimline.timeline.Geometry;
import claimline.timeline.LaneMode;
import claimline.timeline.Mark;
import claimline.timeline.ReportLinks;
import claimline.timeline.ShownItems;
import claimline.timeline.TimelineItem;
import claimline.timeline.TimeBreaks;
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
 * {@link TimelineBehavior}. State is in properties: the items, the lane mode, the zoom window, the breaks, the
 * selection, whether history is shown and the offset times are shown in. CSS pseudo-classes: {@code :empty},
 * {@code :dark}.
 *
 * <p>Fitting (a new corpus, Fit All) collapses long empty stretches of time into marked breaks ({@link TimeBreaks}),
 * so bursts of events far apart are all readable; the zoom window is in the display time of those breaks.
 */
public class TimelineView extends Control {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final ZoomState DEFAULT_WINDOW = new ZoomState(0, 365.25 * 86400);
    /** Pixels kept free left of the first event and right of the last one when fitting: room for its count pill. */
    static final double FIT_LEFT = 24;
    static final double FIT_RIGHT = 64;

    private final ObjectProperty<List<TimelineItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final ObjectProperty<ShownItems> shown = new SimpleObjectProperty<>(this, "shown");
    private boolean replacingItems;
    private TimelineLayout presorted;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.PARTY);
    private final ObjectProperty<Comparator<String>> laneOrder =
            new SimpleObjectProperty<>(this, "laneOrder", (a, b) -> 0);
    private final ObjectProperty<Function<String, String>> laneLabel =
            new SimpleObjectProperty<>(this, "laneLabel", k -> k);
    private final ObjectProperty<TimelineLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObjectProperty<ZoomState> zoom = new SimpleObjectProperty<>(this, "zoom", DEFAULT_WINDOW);
    private final javafx.beans.property.ReadOnlyObjectWrapper<TimeBreaks> breaks =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "breaks", TimeBreaks.NONE);
    private final BooleanProperty showBackground = new SimpleBooleanProperty(this, "showBackground", true);
    private final ObjectProperty<java.util.Locale> locale =
            new SimpleObjectProperty<>(this, "locale", java.util.Locale.getDefault());
    private TimelineWords words;
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<ZoneOffset> displayOffset =
            new SimpleObjectProperty<>(this, "displayOffset", ZoneOffset.UTC);
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final ObjectProperty<ReportLinks> reportLinks =
            new SimpleObjectProperty<>(this, "reportLinks", ReportLinks.NONE);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    /** The item last selected on the timeline itself: with reports, which of the selected event's reports it was. */
    private String cursor;
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
        items.addListener((o, was, now) -> {
            // which items were shown was said of the items before: new items are all shown until it is said again
            replacingItems = true;
            shown.set(null);
            replacingItems = false;
            rebuild();
        });
        shown.addListener((o, was, now) -> {
            if (!replacingItems) {
                rebuild();
            }
        });
        laneMode.addListener((o, was, now) -> rebuild());
        laneOrder.addListener((o, was, now) -> rebuild());
        laneLabel.addListener((o, was, now) -> rebuild());
        showBackground.addListener((o, was, now) -> rebuild());
        dark.addListener((o, was, now) -> pseudoClassStateChanged(DARK, now));
        pseudoClassStateChanged(EMPTY, true);
    }

    /**
     * Replaces the items, of which {@code shownItems} are shown (null: all), and fits the window to those shown that
     * are not history (a new corpus). The list is kept, not copied (100,000 items): it must not change afterwards.
     */
    public void setItemsAndFit(List<TimelineItem> newItems, ShownItems shownItems) {
        setItemsAndFit(newItems, shownItems, null, ReportLinks.NONE);
    }

    /**
     * Replaces the items, of which {@code shownItems} are shown (null: all), with their lanes already sorted for a
     * lane mode where the model was prepared ({@code sorted}, any order and names; null: sort them here). The list is
     * kept, not copied: it must not change afterwards. The items are events placed when they happened.
     */
    public void setItems(List<TimelineItem> newItems, ShownItems shownItems, TimelineLayout sorted) {
        setItems(newItems, shownItems, sorted, ReportLinks.NONE);
    }

    /**
     * {@link #setItems(List, ShownItems, TimelineLayout)} with what ties the items to their happenings
     * ({@link ReportLinks#NONE} when they are events; reports have no lanes sorted in advance), keeping the window (a
     * filter changed). The links are in place before the items are laid out, so the selection is kept through them.
     */
    public void setItems(List<TimelineItem> newItems, ShownItems shownItems, TimelineLayout sorted, ReportLinks links) {
        reportLinks.set(links);
        presorted = sorted;
        items.set(newItems);
        shown.set(shownItems);
        presorted = null;
    }

    /**
     * {@link #setItems(List, ShownItems, TimelineLayout, ReportLinks)} and fits the window to what is drawn, keeping
     * the selection: a new corpus, or switching between "when it happened" and "when it was reported".
     */
    public void setItemsAndFit(List<TimelineItem> newItems, ShownItems shownItems, TimelineLayout sorted,
                               ReportLinks links) {
        setItems(newItems, shownItems, sorted, links);
        history.clear();
        fit(true);
        scrollY.set(0);
    }

    /**
     * Lays the items out again. Lanes are sorted once per set of items in one lane mode; which items are shown, the
     * history shown or not, the lanes' order and names only mask and order them (a filter change at 100,000 events
     * must not sort them again).
     */
    private void rebuild() {
        List<TimelineItem> all = items.get();
        TimelineLayout was = layout.get();
        TimelineLayout sorted = was != null && was.isOf(all, laneMode.get()) ? was
                : presorted != null && presorted.isOf(all, laneMode.get()) ? presorted : null;
        TimelineLayout l;
        if (sorted == null) {
            // sorted here, all shown, in this order and with these names: masked only when something is hidden
            l = new TimelineLayout(all, laneMode.get(), laneOrder.get(), laneLabel.get());
            if (shown.get() != null || !showBackground.get()) {
                l = l.show(shown.get(), showBackground.get(), laneOrder.get(), laneLabel.get());
            }
        } else {
            l = sorted.show(shown.get(), showBackground.get(), laneOrder.get(), laneLabel.get());
        }
        layout.set(l);
        pseudoClassStateChanged(EMPTY, l.isEmpty());
        if (selectedId.get() != null && selectedIndex() < 0) {
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

    /** Shows every event drawn (history too when it is shown), long empty stretches collapsed into breaks. */
    public void fitAll() {
        fit(false);
        scrollY.set(0);
    }

    /**
     * Collapses the empty stretches between the events drawn and fits the window to them (or to those that are not
     * history), with room at the ends for what is drawn around the first and last event.
     */
    private void fit(boolean foregroundOnly) {
        TimelineLayout l = layout.get();
        long[] extent = l == null ? null : foregroundOnly ? l.foregroundExtent() : l.extent();
        if (extent == null) {
            setBreaks(TimeBreaks.NONE);
            zoomTo(DEFAULT_WINDOW);
            return;
        }
        setBreaks(l.breaks());
        TimeBreaks b = breaks.get();
        zoomTo(ZoomState.fit(b.toDisplay(extent[0]), b.toDisplay(extent[1]), timeWidth(), FIT_LEFT, FIT_RIGHT));
    }

    /** Puts new breaks in place, moving the window and the zoom history onto them (same real times at the edges). */
    private void setBreaks(TimeBreaks b) {
        TimeBreaks was = breaks.get();
        if (!b.equals(was)) {
            history.replaceAll(z -> was.convert(z, b));
            zoom.set(was.convert(zoom.get(), b));
            breaks.set(b);
        }
    }

    /** Width of the time area, as last drawn (or as it will be, before the first draw). */
    private double timeWidth() {
        double w = lastFrame != null ? lastFrame.width() : getWidth() > 0 ? getWidth() : 900;
        return Math.max(1, w - geometry.gutter());
    }

    /** Shows the real times {@code [from, to)} with a margin of a share of the span on each side. */
    public void zoomToTimes(double from, double to, double margin) {
        TimeBreaks b = breaks.get();
        zoomTo(ZoomState.fit(b.toDisplay(from), b.toDisplay(to), margin));
    }

    /**
     * Zooms to the selected event in its context ({@link ZoomState#around}: a third of the width, at least a day); with
     * reports, to its happening and every report of it drawn.
     */
    public void zoomToSelection() {
        int i = selectedIndex();
        if (i >= 0) {
            double[] span = SelectedItem.span(layout.get(), i, selectedId.get(), reportLinks.get());
            TimeBreaks b = breaks.get();
            zoomTo(ZoomState.around(b.toDisplay(span[0]), b.toDisplay(span[1])));
        }
    }

    /** Index in the layout of the item selected, or of the report standing for it ({@link SelectedItem}); or -1. */
    int selectedIndex() {
        return SelectedItem.index(layout.get(), selectedId.get(), reportLinks.get(), cursor);
    }

    /** Selects what an item stands for (its event, for a report), remembering the item for Left/Right. */
    public void select(TimelineItem it) {
        cursor = it.id();
        selectedId.set(reportLinks.get().selectionOf(it.id()));
    }

    /** What the timeline shows: the window, the breaks it is in, and how far the lanes are scrolled. */
    public record View(ZoomState zoom, TimeBreaks breaks, double scrollY) {}

    /** The view now, to come back to ({@link #showView}). */
    public View view() {
        return new View(zoom.get(), breaks.get(), scrollY.get());
    }

    /**
     * Shows a view taken before, recorded in the zoom history. {@code sameEvents}: the events drawn are those drawn
     * then, so its breaks fit them and are put back too; else its real times are shown on the breaks of now (an
     * event drawn since may be in a stretch it collapsed).
     */
    public void showView(View v, boolean sameEvents) {
        if (sameEvents) {
            setBreaks(v.breaks());
            zoomTo(v.zoom());
        } else {
            zoomToTimes(v.breaks().toReal(v.zoom().start()), v.breaks().toReal(v.zoom().end()), 0);
        }
        scrollY.set(v.scrollY());
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
        int i = selectedIndex();
        int next = i < 0 ? (step > 0 ? 0 : l.items().size() - 1)
                : Math.max(0, Math.min(l.items().size() - 1, i + step));
        TimelineItem it = l.items().get(next);
        select(it);
        reveal(it);
    }

    /** Pans so that an item is inside the window, keeping the zoom. */
    public void reveal(TimelineItem it) {
        ZoomState z = zoom.get();
        double at = breaks.get().toDisplay(it.startSecond());
        if (!z.shows(at, at)) {
            zoom.set(z.panSeconds(at - z.center()));
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

    /** The items, a list that does not change once set; all are shown unless {@link #shownProperty()} says which. */
    public ObjectProperty<List<TimelineItem>> itemsProperty() { return items; }

    /** Which of the items are shown and which move lanes (a filter's answer); null: all, each in its own lanes. */
    public ObjectProperty<ShownItems> shownProperty() { return shown; }

    public ObjectProperty<LaneMode> laneModeProperty() { return laneMode; }

    public ObjectProperty<Comparator<String>> laneOrderProperty() { return laneOrder; }

    public ObjectProperty<Function<String, String>> laneLabelProperty() { return laneLabel; }

    public ObjectProperty<TimelineLayout> layoutProperty() { return layout; }

    /** The window shown, in display time (see {@link #breaksProperty()}). */
    public ObjectProperty<ZoomState> zoomProperty() { return zoom; }

    /** The empty stretches collapsed on the axis; set by fitting. */
    public javafx.beans.property.ReadOnlyObjectProperty<TimeBreaks> breaksProperty() {
        return breaks.getReadOnlyProperty();
    }

    /** Whether history the articles recall (background items) is drawn; when it is not, fitting ignores it too. */
    public BooleanProperty showBackgroundProperty() { return showBackground; }

    /** The language of the control's own words (legend, lane counts) and of the axis's month names. */
    public ObjectProperty<java.util.Locale> localeProperty() { return locale; }

    /** The control's words in its language. */
    TimelineWords words() {
        java.util.Locale l = locale.get() == null ? java.util.Locale.getDefault() : locale.get();
        if (words == null || !words.locale().equals(l)) {
            words = new TimelineWords(l);
        }
        return words;
    }

    /**
     * The selected event (or item): a report selects its event, so the selection means the same in both modes.
     */
    public StringProperty selectedIdProperty() { return selectedId; }

    /**
     * What ties each report drawn to its happening; {@link ReportLinks#NONE} while the items are events placed when
     * they happened. Set with the items
     * ({@link #setItems(List, ShownItems, TimelineLayout, ReportLinks)}).
     */
    public javafx.beans.property.ReadOnlyObjectProperty<ReportLinks> reportLinksProperty() { return reportLinks; }

    /** A remark shown with the legend, such as the reports left off the axis for want of a publication time. */
    public StringProperty noteProperty() { return note; }

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
