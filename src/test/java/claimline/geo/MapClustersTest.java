package claimline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapClustersTest {
    private static PlaceMark place(String id, double lat, double lon, int events, String type) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < events; i++) {
            ids.add(id + "-" + i);
        }
        return new PlaceMark(id, id, null, lat, lon, ids, Map.of(type, events));
    }

    private final MapView view = MapView.fit(new double[] {39, 41}, new double[] {45, 47}, 800, 600, 20, 1e9);

    @Test
    void placesFarApartAreMarksOfTheirOwnAndOverlappingOnesOneMarkWithTheSumOfTheirEvents() {
        List<PlaceMark> places = List.of(place("a", 39.5, 46.3, 3, "attack"), place("b", 39.501, 46.301, 1, "statement"),
                place("c", 40.5, 45.5, 2, "armed_clash"));
        List<MapClusters.Cluster> k = MapClusters.cluster(places, view, 800, 600, 12);
        assertThat(k).hasSize(2);
        MapClusters.Cluster ab = k.stream().filter(c -> c.places().size() == 2).findFirst().orElseThrow();
        assertThat(ab.events()).isEqualTo(4);
        assertThat(ab.dominantType()).isEqualTo("attack");
        assertThat(ab.places().get(0).id()).as("the place with most events leads").isEqualTo("a");
        assertThat(ab.x()).isEqualTo(view.pixelX(46.3, 800));
        MapClusters.Cluster c = k.stream().filter(MapClusters.Cluster::single).findFirst().orElseThrow();
        assertThat(c.events()).isEqualTo(2);
    }

    @Test
    void zoomingInSeparatesWhatWasOneMarkAndPlacesOffScreenAreNotDrawn() {
        List<PlaceMark> places = List.of(place("a", 39.5, 46.3, 3, "attack"), place("b", 39.505, 46.306, 1, "attack"),
                place("far", -30, 150, 1, "attack"));
        assertThat(MapClusters.cluster(places, view, 800, 600, 12)).hasSize(1);
        MapView closer = view.zoomAt(64, view.pixelX(46.3, 800), view.pixelY(39.5, 600), 800, 600);
        assertThat(MapClusters.cluster(places, closer, 800, 600, 12)).hasSize(2);
    }

    @Test
    void threePlacesWithinOneMarkShowCountThreeAndTheirTypesDecideItsColour() {
        MapView close = view.zoomAt(16, view.pixelX(46.3, 800), view.pixelY(39.5, 600), 800, 600);
        List<PlaceMark> places = List.of(place("x", 39.5, 46.3, 1, "statement"), place("y", 39.5003, 46.3004, 1,
                "attack"), place("z", 39.4998, 46.2997, 1, "attack"), place("far", 39.9, 46.9, 1, "statement"));
        List<MapClusters.Cluster> k = MapClusters.cluster(places, close, 800, 600, 12);
        MapClusters.Cluster three = k.stream().filter(c -> c.places().size() == 3).findFirst().orElseThrow();
        assertThat(three.events()).isEqualTo(3);
        assertThat(three.places()).extracting(PlaceMark::id).containsExactlyInAnyOrder("x", "y", "z");
        assertThat(three.dominantType()).isEqualTo("attack");
        assertThat(k).as("the far place is off this close view").hasSize(1);
        assertThat(MapClusters.cluster(places, view, 800, 600, 12)).extracting(MapClusters.Cluster::events)
                .as("further out: the far place is a mark of its own").containsExactlyInAnyOrder(3, 1);
    }

    @Test
    void aTieOfTypesGoesToTheFirstInNameOrder() {
        assertThat(PlaceMark.dominant(Map.of("statement", 2, "attack", 2, "diplomacy", 1))).isEqualTo("attack");
        assertThat(PlaceMark.dominant(Map.of())).isEqualTo("other");
    }
}
