package claimline.app.map;

import claimline.geo.MapClusters;
import claimline.geo.MapView;
import claimline.geo.PlaceMark;
import claimline.viewmodel.MapViewModel;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * An offline map of places, drawn on a canvas by {@link EventMapSkin} over Natural Earth's land and borders; input
 * is handled by {@link EventMapBehavior}. State is in properties: the places with their events, the view (centre and
 * scale), the focused place, each party's version of the selected event and the gap between two versions.
 * CSS pseudo-classes: {@code :empty} (no place to show), {@code :dark}.
 */
public class EventMap extends Control {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    /** Fitting never zooms closer than this (the world 2^12 tiles wide): one village is shown with its region. */
    public static final double FIT_MAX_SCALE = 256 * Math.pow(2, 10);
    static final double FIT_MARGIN = 48;

    private final ObjectProperty<List<PlaceMark>> places = new SimpleObjectProperty<>(this, "places", List.of());
    private final ObjectProperty<MapView> view = new SimpleObjectProperty<>(this, "view", new MapView(0.5, 0.5, 512));
    private final StringProperty focusedPlace = new SimpleStringProperty(this, "focusedPlace");
    private final ObjectProperty<List<MapViewModel.PartyVersion>> versions =
            new SimpleObjectProperty<>(this, "versions", List.of());
    private final ObjectProperty<MapViewModel.VersionGap> gap = new SimpleObjectProperty<>(this, "gap");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "");
    private final ObjectProperty<Function<List<PlaceMark>, String>> describer =
            new SimpleObjectProperty<>(this, "describer", ps -> ps.get(0).name());
    private final ObjectProperty<Consumer<String>> onPlaceClicked =
            new SimpleObjectProperty<>(this, "onPlaceClicked", id -> { });
    private final ObjectProperty<Runnable> onFilterKey = new SimpleObjectProperty<>(this, "onFilterKey", () -> { });
    private final ObjectProperty<Runnable> onOpen = new SimpleObjectProperty<>(this, "onOpen", () -> { });
    private List<MapClusters.Cluster> lastClusters = List.of();
    private List<LabelPlacement.Placed> lastLabels = List.of();

    public EventMap() {
        getStyleClass().add("event-map");
        setFocusTraversable(true);
        places.addListener((o, was, now) -> pseudoClassStateChanged(EMPTY, now.isEmpty()));
        dark.addListener((o, was, now) -> pseudoClassStateChanged(DARK, now));
        pseudoClassStateChanged(EMPTY, true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EventMapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return EventMap.class.getResource("/assets/styles/map.css").toExternalForm();
    }

    /** Shows every place (and the selected event's versions) as large as the map allows; none: the world. */
    public void fitToPlaces() {
        List<PlaceMark> shown = new java.util.ArrayList<>(places.get());
        versions.get().forEach(v -> shown.addAll(v.places()));
        double[] lats = shown.stream().mapToDouble(PlaceMark::lat).toArray();
        double[] lons = shown.stream().mapToDouble(PlaceMark::lon).toArray();
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        view.set(MapView.fit(lats, lons, w, h, FIT_MARGIN, FIT_MAX_SCALE));
    }

    public void zoomBy(double factor) {
        view.set(view.get().zoomAt(factor, getWidth() / 2, getHeight() / 2, getWidth(), getHeight()));
    }

    /** The marks last drawn, in pixels of the canvas (for hit testing and tests). */
    public List<MapClusters.Cluster> lastClusters() { return lastClusters; }

    void setLastClusters(List<MapClusters.Cluster> c) { lastClusters = c; }

    /** The names last written beside the marks, where they were written (in pixels of the canvas). */
    public List<LabelPlacement.Placed> lastLabels() { return lastLabels; }

    void setLastLabels(List<LabelPlacement.Placed> l) { lastLabels = List.copyOf(l); }

    /** The radius of a mark of this many events, in pixels (without its halo). */
    public static double markRadius(int events) { return MapPainter.radius(events); }

    public ObjectProperty<List<PlaceMark>> placesProperty() { return places; }

    public ObjectProperty<MapView> viewProperty() { return view; }

    public StringProperty focusedPlaceProperty() { return focusedPlace; }

    public ObjectProperty<List<MapViewModel.PartyVersion>> versionsProperty() { return versions; }

    public ObjectProperty<MapViewModel.VersionGap> gapProperty() { return gap; }

    public BooleanProperty darkProperty() { return dark; }

    /** What the map says when no place has coordinates. */
    public StringProperty emptyTextProperty() { return emptyText; }

    /** The tooltip of a mark (one place, or several drawn as one). */
    public ObjectProperty<Function<List<PlaceMark>, String>> describerProperty() { return describer; }

    public ObjectProperty<Consumer<String>> onPlaceClickedProperty() { return onPlaceClicked; }

    /** What the filter key (F) does: filter every view to the focused place's events. */
    public ObjectProperty<Runnable> onFilterKeyProperty() { return onFilterKey; }

    /** What Enter or a double click on a place does: open the passage that names the focused place. */
    public ObjectProperty<Runnable> onOpenProperty() { return onOpen; }
}
