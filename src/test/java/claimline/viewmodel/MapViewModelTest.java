package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.geo.Geo;
import claimline.geo.PlaceMark;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Precision;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's state on the seeds, driven without a toolkit. */
class MapViewModelTest {
    private final EventModel model = Seeds.model();
    private final MainViewModel vm = new MainViewModel();
    private final MapViewModel map = new MapViewModel(vm);

    @BeforeEach
    void load() {
        vm.setModel(model);
    }

    private Event night() {
        return model.events().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    private Set<String> names(List<PlaceMark> marks) {
        return marks.stream().map(PlaceMark::name).collect(Collectors.toSet());
    }

    private PlaceMark place(String name) {
        return map.placesProperty().get().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyPlaceWithCoordinatesOfTheShownEventsIsOnTheMapWithItsEvents() {
        assertThat(names(map.placesProperty().get())).contains("Goris", "Jermuk", "Sotk", "Dashkesan", "Kalbajar",
                "Lachin");
        PlaceMark goris = place("Goris");
        assertThat(goris.eventIds()).isNotEmpty().allSatisfy(id -> assertThat(vm.index().event(id).places()).contains(goris.id()));
        assertThat(goris.lat()).isBetween(39.4, 39.6);
        assertThat(goris.events()).isEqualTo(goris.typeCounts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theMapFollowsTheFilter() {
        int before = map.placesProperty().get().stream().mapToInt(PlaceMark::events).sum();
        vm.filterProperty().set(vm.filter().withContestedOnly(true));
        List<PlaceMark> contested = map.placesProperty().get();
        assertThat(contested.stream().mapToInt(PlaceMark::events).sum()).isLessThan(before);
        assertThat(contested).allSatisfy(p -> p.eventIds().forEach(id ->
                assertThat(vm.index().isContested(vm.index().event(id))).isTrue()));
        vm.filterProperty().set(EventFilter.ALL);
        assertThat(map.placesProperty().get().stream().mapToInt(PlaceMark::events).sum()).isEqualTo(before);
    }

    @Test
    void theMapShowsOnlyTheEventsInTheTimelinesWindow() {
        Event night = night();
        long start = night.time().startEpochSecond();
        map.setWindow(start - 3600, start + 3600);
        assertThat(map.placesProperty().get()).isNotEmpty().allSatisfy(p -> p.eventIds().forEach(id -> {
            Event e = vm.index().event(id);
            assertThat(e.time().endEpochSecond()).isGreaterThan(start - 3600);
            assertThat(e.time().startEpochSecond()).isLessThan(start + 3600);
        }));
        map.setWindow(null, null);
        assertThat(map.placesProperty().get().size()).isGreaterThan(0);
    }

    @Test
    void eachWindowShowsEveryPlaceOfTheEventsOverlappingItWithAllTheirEventsAndTypes() {
        java.util.Map<String, claimline.model.Place> byId = model.places().stream()
                .collect(Collectors.toMap(claimline.model.Place::id, p -> p));
        List<Event> inOrder = vm.index().eventsInTimeOrder();
        long first = inOrder.get(0).time().startEpochSecond();
        long last = inOrder.get(inOrder.size() - 1).time().endEpochSecond();
        long step = Math.max(1, (last - first) / 23);
        List<long[]> windows = new java.util.ArrayList<>();
        for (long from = first - step; from <= last; from += step) {
            for (long width : new long[] {3600, 86_400, 7 * 86_400, 5 * step}) {
                windows.add(new long[] {from, from + width});
            }
        }
        // windows from one event's start to another's: an event starting right at the end is not in it
        for (int k = 0; k + 9 < inOrder.size(); k += 9) {
            windows.add(new long[] {inOrder.get(k).time().startEpochSecond(),
                    inOrder.get(k + 9).time().startEpochSecond()});
        }
        for (long[] window : windows) {
            {
                long from = window[0];
                long to = window[1];
                map.setWindow(from, to);
                java.util.Map<String, List<String>> expected = new java.util.TreeMap<>();
                java.util.Map<String, java.util.Map<String, Integer>> types = new java.util.HashMap<>();
                for (Event e : inOrder) {
                    if (e.time().endEpochSecond() > from && e.time().startEpochSecond() < to) {
                        for (String pid : e.places()) {
                            claimline.model.Place p = byId.get(pid);
                            if (p != null && p.lat() != null && p.lon() != null) {
                                expected.computeIfAbsent(pid, x -> new java.util.ArrayList<>()).add(e.id());
                                types.computeIfAbsent(pid, x -> new java.util.HashMap<>())
                                        .merge(e.type().json(), 1, Integer::sum);
                            }
                        }
                    }
                }
                List<PlaceMark> shown = map.placesProperty().get();
                assertThat(shown).extracting(PlaceMark::id).containsExactlyElementsOf(expected.keySet());
                for (PlaceMark m : shown) {
                    assertThat(m.eventIds()).as(m.name()).containsExactlyElementsOf(expected.get(m.id()));
                    assertThat(m.typeCounts()).as(m.name()).isEqualTo(types.get(m.id()));
                }
            }
        }
    }

    @Test
    void clickingAPlaceSelectsItsFirstEventAndOneKeyFiltersToItsEvents() {
        PlaceMark lachin = place("Lachin");
        map.clickPlace(lachin.id());
        assertThat(vm.selectedProperty().get().id()).isEqualTo(lachin.eventIds().get(0));
        assertThat(map.focusedPlaceProperty().get()).isEqualTo(lachin.id());
        map.toggleFilterToFocusedPlace();
        assertThat(vm.visibleEvents()).hasSize(lachin.events()).allSatisfy(e -> assertThat(e.places()).contains(lachin.id()));
        assertThat(vm.statusProperty().get()).contains("place Lachin");
        map.toggleFilterToFocusedPlace();
        assertThat(vm.filter().place()).isNull();
        assertThat(vm.visibleEvents()).hasSize(model.events().size());
    }

    @Test
    void theReaderOpensThePassageThatNamesTheFocusedPlace() {
        assertThat(map.passageNamingFocusedPlace()).isNull();
        PlaceMark jermuk = place("Jermuk");
        map.clickPlace(jermuk.id());
        claimline.model.Source s = map.passageNamingFocusedPlace();
        String passage = vm.index().document(s.document()).text().substring(s.start(), s.end());
        assertThat(passage).contains("Jermuk");
    }

    @Test
    void theNightOf13SeptemberShowsEachSidesPlacesAndHowFarApartTheyAre() {
        vm.select(night().id());
        List<MapViewModel.PartyVersion> versions = map.versionsProperty().get();
        assertThat(versions).extracting(MapViewModel.PartyVersion::party).contains("ARM", "AZE");
        MapViewModel.PartyVersion arm = versions.stream().filter(v -> v.party().equals("ARM")).findFirst().orElseThrow();
        MapViewModel.PartyVersion aze = versions.stream().filter(v -> v.party().equals("AZE")).findFirst().orElseThrow();
        assertThat(names(arm.places())).containsAnyOf("Goris", "Jermuk", "Sotk");
        assertThat(names(aze.places())).containsAnyOf("Dashkesan", "Kalbajar", "Lachin");
        assertThat(arm.partyRank()).isNotEqualTo(aze.partyRank());
        MapViewModel.VersionGap gap = map.gapProperty().get();
        assertThat(gap).isNotNull();
        assertThat(gap.km()).isPositive().isEqualTo(Geo.distanceKm(gap.fromA().lat(), gap.fromA().lon(),
                gap.fromB().lat(), gap.fromB().lon()));
        vm.clearSelection();
        assertThat(map.versionsProperty().get()).isEmpty();
        assertThat(map.gapProperty().get()).isNull();
    }

    @Test
    void aFilterThatShowsNoEventSaysNothingMatchesNotThatPlacesLackCoordinates() {
        assertThat(map.emptyReasonProperty().get()).isEqualTo(MapViewModel.EmptyReason.NONE);
        vm.filterProperty().set(vm.filter().withSearch("no article says zzxqj"));
        assertThat(vm.visibleEvents()).isEmpty();
        assertThat(map.placesProperty().get()).isEmpty();
        assertThat(map.emptyReasonProperty().get()).isEqualTo(MapViewModel.EmptyReason.NOTHING_MATCHES);
        vm.filterProperty().set(EventFilter.ALL);
        assertThat(map.emptyReasonProperty().get()).isEqualTo(MapViewModel.EmptyReason.NONE);
    }

    @Test
    void eventsShownWhosePlacesHaveNoCoordinatesSaySo() {
        EventModel noCoordinates = new EventModel(model.generator(), model.documents(), model.actors(),
                model.places().stream().map(p -> new claimline.model.Place(p.id(), p.name(), p.country(), null, null,
                        p.aliases())).toList(), model.events(), model.problems());
        vm.setModel(noCoordinates);
        assertThat(vm.visibleEvents()).isNotEmpty();
        assertThat(map.placesProperty().get()).isEmpty();
        assertThat(map.emptyReasonProperty().get()).isEqualTo(MapViewModel.EmptyReason.NO_COORDINATES);
    }

    @Test
    void aTimelineWindowWithNoEventInItSaysSoNotThatPlacesLackCoordinates() {
        long first = model.events().stream().mapToLong(e -> e.time().startEpochSecond()).min().orElseThrow();
        map.setWindow(first - 10 * 86400L, first - 9 * 86400L);
        assertThat(map.placesProperty().get()).isEmpty();
        assertThat(map.emptyReasonProperty().get()).isEqualTo(MapViewModel.EmptyReason.NOTHING_IN_THE_WINDOW);
        map.setWindow(null, null);
        assertThat(map.emptyReasonProperty().get()).isEqualTo(MapViewModel.EmptyReason.NONE);
    }
}
