package claimline.viewmodel;

import claimline.model.Actor;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the main window: the model on show, the filter, the events it lets through (in time order), the
 * selection and the status line. Views bind to it; tests drive it without a toolkit.
 */
public final class MainViewModel {
    private final ReadOnlyObjectWrapper<ModelIndex> index = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(EventFilter.ALL);
    private final EventsAtPositions<Event> visibleEvents = new EventsAtPositions<>();
    private final ObservableList<ActorEntry> actorEntries = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReaderViewModel reader = new ReaderViewModel();
    private List<ModelIndex.Info> visibleInfos = List.of();
    private java.util.BitSet visiblePositions = new java.util.BitSet();
    private final javafx.beans.property.ReadOnlyIntegerWrapper generation = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper edits = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper nothingMatches =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObjectProperty<claimline.timeline.TimeMode> timeMode =
            new SimpleObjectProperty<>(claimline.timeline.TimeMode.HAPPENED);
    private TimelineContent timelineContent;

    public MainViewModel() {
        filter.addListener((o, was, now) -> refresh());
        timeMode.addListener((o, was, now) -> timelineContent = null);
        selected.addListener((o, was, now) -> reader.setEvent(now));
        reader.indexProperty().bind(index);
    }

    public ReadOnlyObjectProperty<ModelIndex> indexProperty() { return index.getReadOnlyProperty(); }

    public ModelIndex index() { return index.get(); }

    public ObjectProperty<EventFilter> filterProperty() { return filter; }

    public EventFilter filter() { return filter.get(); }

    public ObservableList<Event> visibleEvents() { return visibleEvents; }

    public ObservableList<ActorEntry> actorEntries() { return actorEntries; }

    /** The facts of the visible events, in the same order as {@link #visibleEvents()}. */
    public List<ModelIndex.Info> visibleInfos() { return visibleInfos; }

    /** The positions of the visible events in the index's time order ({@link ModelIndex#infosInTimeOrder()}). */
    public java.util.BitSet visiblePositions() { return (java.util.BitSet) visiblePositions.clone(); }

    public ObservableList<Problem> problems() { return problems; }

    public ObjectProperty<Event> selectedProperty() { return selected; }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReaderViewModel reader() { return reader; }

    /** Shows a new model; the filter is reset, since actors and dates of the old one mean nothing here. */
    public void setModel(EventModel model) {
        setModel(new ModelIndex(model));
    }

    /** {@link #setModel(EventModel)} with the model already indexed (off the FX thread: 100,000 events take a while). */
    public void setModel(ModelIndex indexed) {
        selected.set(null);
        reader.clear();
        install(indexed);
        if (filter.get().equals(EventFilter.ALL)) {
            refresh();
        } else {
            filter.set(EventFilter.ALL);
        }
        generation.set(generation.get() + 1);
    }

    /** Puts an indexed model, its actors and its problems on show (the filter is the caller's business). */
    private void install(ModelIndex i) {
        index.set(i);
        actorEntries.setAll(actorEntries(i));
        problems.setAll(i.model().problems());
    }

    /** Counts models shown; changes once a new model is fully in place (index, filter and visible events). */
    public javafx.beans.property.ReadOnlyIntegerProperty modelGenerationProperty() {
        return generation.getReadOnlyProperty();
    }

    /**
     * Shows a corrected version of the same corpus: the filter stays (a hidden actor the correction removed hides
     * nothing) and the selection stays on the event with the same id when there still is one.
     */
    public void updateModel(EventModel model) {
        updateModel(new ModelIndex(model));
    }

    /** {@link #updateModel(EventModel)} with the model already indexed. */
    public void updateModel(ModelIndex indexed) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        install(indexed);
        refresh();
        if (selectedId != null) {
            visibleEvents.stream().filter(e -> e.id().equals(selectedId)).findFirst()
                    .ifPresentOrElse(selected::set, () -> selected.set(null));
        }
        edits.set(edits.get() + 1);
    }

    /** Counts corrected models shown (the model changed but it is the same corpus: views keep their zoom). */
    public javafx.beans.property.ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    private void refresh() {
        ModelIndex i = index.get();
        if (i == null) {
            visibleInfos = List.of();
            visiblePositions = new java.util.BitSet();
            timelineContent = null;
            visibleEvents.replace(List.of(), new int[0]);
            nothingMatches.set(false);
            status.set("");
            return;
        }
        EventFilter f = filter.get();
        java.util.BitSet shownNow = f.shownIn(i);
        int[] positions = new int[shownNow.cardinality()];
        for (int k = 0, p = shownNow.nextSetBit(0); p >= 0; p = shownNow.nextSetBit(p + 1)) {
            positions[k++] = p;
        }
        int n = positions.length;
        visiblePositions = shownNow;
        visibleInfos = claimline.timeline.ListAtPositions.of(i.infosInTimeOrder(), positions);
        timelineContent = null; // before the visible events tell their listeners, the timeline among them
        nothingMatches.set(n == 0 && !i.model().events().isEmpty());
        visibleEvents.replace(i.eventsInTimeOrder(), positions);
        if (selected.get() != null && (!i.contains(selected.get()) || !shownNow.get(i.position(selected.get())))) {
            selected.set(null);
        }
        status.set(statusLine(i, f, n));
    }

    private static String statusLine(ModelIndex i, EventFilter f, int shown) {
        EventModel m = i.model();
        StringBuilder b = new StringBuilder(Texts.get("status.counts", m.documents().size(), m.events().size(),
                i.claimCount()));
        if (!m.problems().isEmpty()) {
            b.append(Texts.get("status.problems", m.problems().size()));
        }
        if (f.isActive()) {
            List<String> what = new ArrayList<>();
            if (!f.hiddenActors().isEmpty()) {
                what.add(Texts.get("status.actorsHidden", f.hiddenActors().size()));
            }
            if (f.types().size() < claimline.model.EventType.values().length) {
                what.add(Texts.get("status.types", f.types().size()));
            }
            if (f.from() != null || f.to() != null) {
                what.add(Texts.get("status.dateRange"));
            }
            if (f.contestedOnly()) {
                what.add(Texts.get("status.contestedOnly"));
            }
            if (!f.search().isEmpty()) {
                what.add(Texts.get("status.search", f.search()));
            }
            if (f.place() != null) {
                claimline.model.Place p = i.model().places().stream().filter(x -> x.id().equals(f.place()))
                        .findFirst().orElse(null);
                what.add(Texts.get("status.place", p == null ? f.place() : p.name()));
            }
            b.append(Texts.get("status.showing", shown, m.events().size(), String.join(", ", what)));
        }
        return b.toString();
    }

    /** Party headings in a stable order, each followed by its actors, then actors of no party. */
    static List<ActorEntry> actorEntries(ModelIndex i) {
        Map<String, List<Actor>> byParty = new LinkedHashMap<>();
        i.partiesByWeight().forEach(p -> byParty.put(p, new ArrayList<>()));
        for (Actor a : i.model().actors()) {
            if (i.eventCount(a.id()) > 0) {
                byParty.computeIfAbsent(i.partyOf(a.id()), k -> new ArrayList<>()).add(a);
            }
        }
        List<ActorEntry> out = new ArrayList<>();
        byParty.forEach((party, actors) -> {
            if (actors.isEmpty()) {
                return;
            }
            actors.sort(Comparator.comparing((Actor a) -> -i.eventCount(a.id())).thenComparing(a -> i.actorName(a.id())));
            // what checking the heading alone shows: the events that involve any of its actors
            int partyEvents = party.equals(ModelIndex.NO_PARTY) ? i.eventsWithoutParty()
                    : i.eventsPerParty().getOrDefault(party, 0);
            out.add(new ActorEntry(party, true, i.partyName(party), partyEvents,
                    actors.stream().map(Actor::id).toList()));
            actors.forEach(a -> out.add(new ActorEntry(a.id(), false, i.actorName(a.id()), i.eventCount(a.id()),
                    List.of(a.id()))));
        });
        return out;
    }

    /** Shows or hides the actors of an entry (a party heading stands for all its actors). */
    public void setShown(ActorEntry entry, boolean shown) {
        Set<String> hidden = new HashSet<>(filter.get().hiddenActors());
        if (shown) {
            entry.members().forEach(hidden::remove);
        } else {
            hidden.addAll(entry.members());
        }
        filter.set(filter.get().withHiddenActors(hidden));
    }

    public boolean isShown(ActorEntry entry) {
        return entry.members().stream().noneMatch(filter.get().hiddenActors()::contains);
    }

    /** Back to everything: no actor hidden, every type, no date range, not only contested, no search. */
    public void resetFilter() {
        filter.set(EventFilter.ALL);
    }

    /**
     * True when the model has events but the filter lets none through: the views then say so and offer a reset,
     * rather than asking for a folder to be opened.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty nothingMatchesProperty() {
        return nothingMatches.getReadOnlyProperty();
    }

    public void showAllActors() {
        filter.set(filter.get().withHiddenActors(Set.of()));
    }

    public void hideAllActors() {
        Set<String> all = new HashSet<>();
        actorEntries.forEach(e -> all.addAll(e.members()));
        filter.set(filter.get().withHiddenActors(all));
    }

    /** Selects the next visible event in time (the first when none is selected). */
    public void selectNext() {
        move(1);
    }

    public void selectPrevious() {
        move(-1);
    }

    private void move(int step) {
        if (visibleEvents.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : visibleEvents.indexOf(selected.get());
        int next = at < 0 ? (step > 0 ? 0 : visibleEvents.size() - 1)
                : Math.max(0, Math.min(visibleEvents.size() - 1, at + step));
        selected.set(visibleEvents.get(next));
    }

    public void select(String eventId) {
        visibleEvents.stream().filter(e -> e.id().equals(eventId)).findFirst().ifPresent(selected::set);
    }

    public void clearSelection() {
        selected.set(null);
    }

    /** The selected event's parties side by side, or null when nothing is selected. */
    public SideBySide sideBySide() {
        Event e = selected.get();
        return e == null || index.get() == null ? null : SideBySide.of(e, index.get(), filter.get());
    }

    /** What the timeline places on its axis: events when they happened, or their reports when they were published. */
    public ObjectProperty<claimline.timeline.TimeMode> timeModeProperty() { return timeMode; }

    /**
     * What the timeline draws of the visible events in the current mode; made once per filter, model or mode change
     * (the reports' tooltips look it up again and again). When they happened: every event of the model, as the index
     * keeps them, masked to the visible ones (a filter change at 100,000 events makes a mask, not items); when they
     * were reported: the reports of the visible events only.
     */
    public TimelineContent timelineContent() {
        ModelIndex i = index.get();
        if (i == null) {
            return TimelineContent.happened(List.of(), null);
        }
        if (timelineContent == null) {
            timelineContent = timeMode.get() == claimline.timeline.TimeMode.REPORTED
                    ? TimelineContent.reported(visibleInfos, i, filter.get())
                    : TimelineContent.happened(i.timelineItems(),
                            TimelineItems.shown(i, visiblePositions, filter.get()));
        }
        return timelineContent;
    }

    /** When each party's version of the selected event was reported (of the claims shown), or null. */
    public ReportChronology chronology() {
        Event e = selected.get();
        return e == null || index.get() == null ? null
                : ReportChronology.of(e, filter.get().visibleClaims(e), index.get());
    }

    public ContestedTable contestedTable() {
        return index.get() == null ? null : ContestedTable.of(visibleEvents, index.get(), filter.get());
    }

    /** First and last second of the model's events, for the date-range slider; null when there are none. */
    public long[] timeBounds() {
        ModelIndex i = index.get();
        return i == null ? null : i.timeBounds();
    }
}
