package claimline.viewmodel;

import claimline.geo.Geo;
import claimline.geo.PlaceMark;
import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * What the map shows, without a toolkit: the places of the events the filter lets through and the timeline's window
 * shows, each with its events; the place the analyst clicked; and for the selected event each party's places (from
 * the places its claims state) with the distance between two parties' versions when they name different places.
 */
public final class MapViewModel {
    /** One party's version of where the selected event happened: the places its claims name that have coordinates. */
    public record PartyVersion(String party, String partyName, int partyRank, List<PlaceMark> places) {}

    /** Two parties' versions that name different places: the nearest two of them and the distance between. */
    public record VersionGap(PartyVersion a, PartyVersion b, PlaceMark fromA, PlaceMark fromB, double km) {}

    /** Why the map shows no place. */
    public enum EmptyReason {
        /** It shows places. */
        NONE,
        /** The filter lets no event through. */
        NOTHING_MATCHES,
        /** Events are let through, none in the time the timeline shows. */
        NOTHING_IN_THE_WINDOW,
        /** The events shown name no place with coordinates (or there is no event at all). */
        NO_COORDINATES
    }

    private final MainViewModel main;
    private final ObjectProperty<EmptyReason> emptyReason =
            new SimpleObjectProperty<>(this, "emptyReason", EmptyReason.NO_COORDINATES);
    private final ObjectProperty<List<PlaceMark>> places = new SimpleObjectProperty<>(this, "places", List.of());
    private final ObjectProperty<List<PartyVersion>> versions = new SimpleObjectProperty<>(this, "versions", List.of());
    private final ObjectProperty<VersionGap> gap = new SimpleObjectProperty<>(this, "gap");
    private final StringProperty focusedPlace = new SimpleStringProperty(this, "focusedPlace");
    private Long windowFrom;
    private Long windowTo;

    public MapViewModel(MainViewModel main) {
        this.main = main;
        main.visibleEvents().addListener((ListChangeListener<Event>) c -> refresh());
        main.selectedProperty().addListener((o, was, now) -> refreshVersions());
        main.indexProperty().addListener((o, was, now) -> focusedPlace.set(null));
        refresh();
    }

    /** The time the timeline shows (epoch seconds, end exclusive); null for no limit. Only those events' places show. */
    public void setWindow(Long from, Long to) {
        if (!java.util.Objects.equals(from, windowFrom) || !java.util.Objects.equals(to, windowTo)) {
            windowFrom = from;
            windowTo = to;
            refresh();
        }
    }

    private void refresh() {
        ModelIndex index = main.index();
        places.set(index == null ? List.of() : placesOf(main.visibleInfos(), index, windowFrom, windowTo));
        emptyReason.set(emptyReason(index));
        refreshVersions();
    }

    private EmptyReason emptyReason(ModelIndex index) {
        if (!places.get().isEmpty()) {
            return EmptyReason.NONE;
        }
        if (main.nothingMatchesProperty().get()) {
            return EmptyReason.NOTHING_MATCHES;
        }
        List<ModelIndex.Info> shown = index == null ? List.of() : main.visibleInfos();
        boolean inWindow = shown.stream().anyMatch(info -> !(windowFrom != null && info.end() <= windowFrom
                || windowTo != null && info.start() >= windowTo));
        return !shown.isEmpty() && !inWindow ? EmptyReason.NOTHING_IN_THE_WINDOW : EmptyReason.NO_COORDINATES;
    }

    /**
     * The places with coordinates of these events that overlap [from, to), each with its events (in time order). The
     * events come in time order (by start), so those starting at or after {@code to} are cut off by a binary search,
     * not visited; each place counts its types in an array by type, not a map per event (the map follows every pan
     * and zoom of the timeline, on the FX thread, over tens of thousands of events).
     */
    public static List<PlaceMark> placesOf(List<ModelIndex.Info> infos, ModelIndex index, Long from, Long to) {
        Map<String, Place> byId = placesById(index);
        Map<String, List<String>> events = new LinkedHashMap<>();
        Map<String, int[]> types = new HashMap<>();
        int end = to == null ? infos.size() : startingBefore(infos, to);
        for (int k = 0; k < end; k++) {
            ModelIndex.Info info = infos.get(k);
            if (from != null && info.end() <= from) {
                continue;
            }
            List<String> places = info.event().places();
            for (int p = 0; p < places.size(); p++) {
                String pid = places.get(p);
                Place place = byId.get(pid);
                if (place != null && place.lat() != null && place.lon() != null) {
                    events.computeIfAbsent(pid, x -> new ArrayList<>()).add(info.event().id());
                    types.computeIfAbsent(pid, x -> new int[TYPES.length])[info.type().ordinal()]++;
                }
            }
        }
        List<PlaceMark> out = new ArrayList<>(events.size());
        events.forEach((pid, ids) -> out.add(mark(byId.get(pid), ids, typeCounts(types.get(pid)))));
        out.sort(Comparator.comparing(PlaceMark::id));
        return List.copyOf(out);
    }

    private static final claimline.model.EventType[] TYPES = claimline.model.EventType.values();

    /** The number of the first of these events (in time order) that starts at or after {@code to}. */
    private static int startingBefore(List<ModelIndex.Info> infos, long to) {
        int lo = 0;
        int hi = infos.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (infos.get(mid).start() < to) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Counts by type's JSON name, of the types counted. */
    private static Map<String, Integer> typeCounts(int[] byType) {
        Map<String, Integer> out = new TreeMap<>();
        for (int t = 0; t < byType.length; t++) {
            if (byType[t] > 0) {
                out.put(TYPES[t].json(), byType[t]);
            }
        }
        return out;
    }

    private static PlaceMark mark(Place p, List<String> eventIds, Map<String, Integer> types) {
        return new PlaceMark(p.id(), p.name(), p.country(), p.lat(), p.lon(), eventIds, types);
    }

    private static Map<String, Place> placesById(ModelIndex index) {
        Map<String, Place> byId = new HashMap<>();
        index.model().places().forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private void refreshVersions() {
        Event e = main.selectedProperty().get();
        ModelIndex index = main.index();
        List<PartyVersion> v = e == null || index == null ? List.of() : versionsOf(e, index);
        versions.set(v);
        gap.set(gapOf(v));
    }

    /**
     * Each party's places for an event: the places its claims state (the claim's places fact names them) that have
     * coordinates, parties in the order of their weight in the corpus.
     */
    public static List<PartyVersion> versionsOf(Event e, ModelIndex index) {
        Map<String, Place> byId = placesById(index);
        Map<String, Place> eventPlacesByName = new HashMap<>();
        for (String pid : e.places()) {
            Place p = byId.get(pid);
            if (p != null) {
                eventPlacesByName.put(Geo.fold(p.name()), p);
                p.aliases().forEach(a -> eventPlacesByName.putIfAbsent(Geo.fold(a), p));
            }
        }
        List<String> order = index.partiesByWeight();
        Map<String, Map<String, PlaceMark>> byParty = new TreeMap<>(Comparator.comparingInt((String party) ->
                order.contains(party) ? order.indexOf(party) : Integer.MAX_VALUE).thenComparing(x -> x));
        for (Claim c : e.claims()) {
            String party = index.partyOf(c.claimant());
            String named = c.facts().get(Fact.PLACES);
            if (party == null || party.isEmpty() || named == null) {
                continue;
            }
            for (String name : named.split(", ")) {
                Place p = eventPlacesByName.get(Geo.fold(name));
                if (p != null && p.lat() != null && p.lon() != null) {
                    byParty.computeIfAbsent(party, k -> new TreeMap<>())
                            .putIfAbsent(p.id(), mark(p, List.of(e.id()), Map.of(e.type().json(), 1)));
                }
            }
        }
        List<PartyVersion> out = new ArrayList<>();
        byParty.forEach((party, marks) -> out.add(new PartyVersion(party, index.partyName(party),
                order.contains(party) ? order.indexOf(party) : order.size(), List.copyOf(marks.values()))));
        return List.copyOf(out);
    }

    /** The first two parties' versions, when they name different places: their nearest places and the distance. */
    public static VersionGap gapOf(List<PartyVersion> versions) {
        if (versions.size() < 2) {
            return null;
        }
        PartyVersion a = versions.get(0);
        PartyVersion b = versions.get(1);
        Set<String> idsA = new java.util.HashSet<>();
        a.places().forEach(p -> idsA.add(p.id()));
        if (b.places().stream().map(PlaceMark::id).collect(java.util.stream.Collectors.toSet()).equals(idsA)) {
            return null;
        }
        VersionGap best = null;
        for (PlaceMark pa : a.places()) {
            for (PlaceMark pb : b.places()) {
                double km = Geo.distanceKm(pa.lat(), pa.lon(), pb.lat(), pb.lon());
                if (best == null || km < best.km()) {
                    best = new VersionGap(a, b, pa, pb, km);
                }
            }
        }
        return best;
    }

    /**
     * The analyst clicked a place: it is focused and the first of its events (in time) is selected, so the timeline,
     * the details and the reader follow.
     */
    public void clickPlace(String placeId) {
        focusedPlace.set(placeId);
        if (placeId == null) {
            return;
        }
        places.get().stream().filter(p -> p.id().equals(placeId)).findFirst()
                .flatMap(p -> p.eventIds().stream().findFirst()).ifPresent(main::select);
    }

    /** Filters every view to the events of the focused place (one key on the map); again clears it. */
    public void toggleFilterToFocusedPlace() {
        EventFilter f = main.filter();
        if (f.place() != null) {
            main.filterProperty().set(f.withPlace(null));
        } else if (focusedPlace.get() != null) {
            main.filterProperty().set(f.withPlace(focusedPlace.get()));
        }
    }

    /**
     * The passage that names the focused place: the first source of its selected (or first) event whose text holds
     * the place's name or one of the spellings the articles use; else that event's first source. Null: none.
     */
    public claimline.model.Source passageNamingFocusedPlace() {
        ModelIndex index = main.index();
        String pid = focusedPlace.get();
        if (index == null || pid == null) {
            return null;
        }
        Place place = placesById(index).get(pid);
        Event selected = main.selectedProperty().get();
        Event e = selected != null && selected.places().contains(pid) ? selected
                : eventsAt(pid).stream().findFirst().orElse(null);
        if (place == null || e == null || e.sources().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>(place.aliases());
        names.add(place.name());
        for (claimline.model.Source s : e.sources()) {
            claimline.model.Document d = index.document(s.document());
            String passage = d == null || d.text() == null ? "" : d.text().substring(s.start(), s.end());
            if (names.stream().anyMatch(passage::contains)) {
                return s;
            }
        }
        return e.sources().get(0);
    }

    /** The events of a place among those shown, in time order. */
    public List<Event> eventsAt(String placeId) {
        ModelIndex index = main.index();
        return places.get().stream().filter(p -> p.id().equals(placeId)).findFirst()
                .map(p -> p.eventIds().stream().map(index::event).toList()).orElse(List.of());
    }

    public ObjectProperty<List<PlaceMark>> placesProperty() { return places; }

    public ObjectProperty<List<PartyVersion>> versionsProperty() { return versions; }

    public ObjectProperty<VersionGap> gapProperty() { return gap; }

    public StringProperty focusedPlaceProperty() { return focusedPlace; }

    /** Why the map shows no place ({@link EmptyReason#NONE} while it shows some): what it then says. */
    public javafx.beans.property.ReadOnlyObjectProperty<EmptyReason> emptyReasonProperty() { return emptyReason; }

    public MainViewModel main() { return main; }
}
