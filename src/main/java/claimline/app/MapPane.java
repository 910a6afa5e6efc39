package claimline.app;

import claimline.app.map.EventMap;
import claimline.app.timeline.TimelineView;
import claimline.geo.PlaceMark;
import claimline.model.Event;
import claimline.timeline.ZoomState;
import claimline.viewmodel.MapViewModel;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The map tab: the {@link EventMap} wired to the {@link MapViewModel} and to the timeline, whose visible window it
 * follows; a click on a place selects its first event (the timeline, details and reader follow), F filters every
 * view to its events. A bar above says how, and fits the map.
 */
final class MapPane extends BorderPane {
    private static final int TOOLTIP_EVENTS = 8;
    private final EventMap map = new EventMap();
    private final MapViewModel vm;
    private boolean fitPending = true;

    MapPane(MapViewModel vm, TimelineView timeline) {
        this.vm = vm;
        map.setId("map");
        map.emptyTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> emptyText(vm.emptyReasonProperty().get()), vm.emptyReasonProperty()));
        map.placesProperty().bind(vm.placesProperty());
        map.versionsProperty().bind(vm.versionsProperty());
        map.gapProperty().bind(vm.gapProperty());
        map.focusedPlaceProperty().bind(vm.focusedPlaceProperty());
        map.onPlaceClickedProperty().set(vm::clickPlace);
        map.onFilterKeyProperty().set(vm::toggleFilterToFocusedPlace);
        map.onOpenProperty().set(() -> {
            var passage = vm.passageNamingFocusedPlace();
            if (passage != null) {
                vm.main().reader().open(passage);
            }
        });
        map.describerProperty().set(this::describe);
        timeline.zoomProperty().addListener((o, was, z) -> follow(timeline));
        timeline.breaksProperty().addListener((o, was, b) -> follow(timeline));
        follow(timeline);
        // a new corpus: fit its places once the map has a size (the tab may not be showing yet)
        vm.main().modelGenerationProperty().addListener((o, was, now) -> {
            fitPending = true;
            fitWhenSized();
        });
        map.widthProperty().addListener((o, was, now) -> fitWhenSized());
        vm.placesProperty().addListener((o, was, now) -> fitWhenSized());
        map.heightProperty().addListener((o, was, now) -> fitWhenSized());
        vm.versionsProperty().addListener((o, was, now) -> revealVersions(now));

        Button fit = new Button(Messages.get("map.fit"));
        fit.setId("map-fit");
        fit.setOnAction(e -> map.fitToPlaces());
        fit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.get("map.hint"));
        hint.setTooltip(new javafx.scene.control.Tooltip(Messages.get("map.keys")));
        hint.getStyleClass().add("map-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        // the map beside the timeline is narrow at 1024x700: the hint goes on two lines rather than lose its words
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(8, fit, hint);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(map);
    }

    /** What the map says when it shows no place, as the timeline says it when the filter lets nothing through. */
    private static String emptyText(MapViewModel.EmptyReason why) {
        return switch (why) {
            case NOTHING_MATCHES -> Messages.get("filter.nothingMatches");
            case NOTHING_IN_THE_WINDOW -> Messages.get("map.noneInWindow");
            case NONE, NO_COORDINATES -> Messages.get("map.empty");
        };
    }

    /** The timeline's window is in display time (long empty stretches collapsed): the map wants real time. */
    private void follow(TimelineView timeline) {
        ZoomState z = timeline.zoomProperty().get();
        var breaks = timeline.breaksProperty().get();
        vm.setWindow((long) Math.floor(breaks.toReal(z.start())), (long) Math.ceil(breaks.toReal(z.end())));
    }

    private void fitWhenSized() {
        // the places come once the timeline shows the new corpus's time: fit to them, not to the empty map before
        if (fitPending && map.getWidth() > 0 && map.getHeight() > 0 && !vm.placesProperty().get().isEmpty()) {
            fitPending = false;
            map.fitToPlaces();
        }
    }

    /** The selected event's versions are brought into view if a place of them is off the map. */
    private void revealVersions(List<MapViewModel.PartyVersion> versions) {
        if (versions.isEmpty() || map.getWidth() <= 0) {
            return;
        }
        var view = map.viewProperty().get();
        boolean off = versions.stream().flatMap(v -> v.places().stream()).anyMatch(p -> {
            double x = view.pixelX(p.lon(), map.getWidth());
            double y = view.pixelY(p.lat(), map.getHeight());
            return x < 0 || y < 0 || x > map.getWidth() || y > map.getHeight();
        });
        if (off) {
            map.fitToPlaces();
        }
    }

    /** The place, its country and its events (the first few, in time order). */
    private String describe(List<PlaceMark> marks) {
        StringBuilder b = new StringBuilder();
        for (PlaceMark m : marks.subList(0, Math.min(3, marks.size()))) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(m.name());
            if (m.country() != null) {
                String c = countryName(m.country());
                b.append(" — ").append(c);
            }
            b.append('\n').append(Messages.get("map.tooltip.events", m.events()));
            List<Event> events = vm.eventsAt(m.id());
            for (Event e : events.subList(0, Math.min(TOOLTIP_EVENTS, events.size()))) {
                b.append("\n  ").append(e.time().start().iso()).append("  ").append(e.title());
            }
            if (events.size() > TOOLTIP_EVENTS) {
                b.append("\n  ").append(Messages.get("map.tooltip.more", events.size() - TOOLTIP_EVENTS));
            }
        }
        if (marks.size() > 3) {
            b.append("\n\n").append(Messages.get("map.tooltip.morePlaces", marks.size() - 3));
        }
        return b.toString();
    }

    private static String countryName(String iso3) {
        for (String cc : Locale.getISOCountries()) {
            Locale l = new Locale("", cc);
            if (l.getISO3Country().equalsIgnoreCase(iso3)) {
                return l.getDisplayCountry(Messages.locale());
            }
        }
        return iso3;
    }

    EventMap map() { return map; }

    void setDark(boolean dark) { map.darkProperty().set(dark); }
}
