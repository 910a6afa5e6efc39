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
    void panningMovesTheMarksWithoutRegroupingThemAndEachZoomLevelIsClusteredOnce() {
        List<PlaceMark> places = new java.util.ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 400; i++) {
            places.add(place("p" + i, 39 + r.nextDouble(2), 45 + r.nextDouble(2), 1 + r.nextInt(4), "attack"));
        }
        MapClusters.Prepared prepared = MapClusters.prepare(places);
        List<MapClusters.Cluster> before = MapClusters.cluster(prepared, view, 800, 600, 12);
        List<MapClusters.Cluster> after = MapClusters.cluster(prepared, view.pan(37, -21), 800, 600, 12);
        java.util.Map<String, MapClusters.Cluster> byLead = new java.util.HashMap<>();
        after.forEach(k -> byLead.put(k.places().get(0).id(), k));
        int compared = 0;
        for (MapClusters.Cluster k : before) {
            MapClusters.Cluster moved = byLead.get(k.places().get(0).id());
            if (moved != null) {
                assertThat(moved.places()).isEqualTo(k.places());
                assertThat(moved.x()).isCloseTo(k.x() + 37, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(moved.y()).isCloseTo(k.y() - 21, org.assertj.core.data.Offset.offset(1e-6));
                compared++;
            }
        }
        assertThat(compared).as("most marks are in both views").isGreaterThan(before.size() / 2);
        assertThat(prepared.clusteredLevels()).isEqualTo(1);
        // zoomed to the middle of the view's level (two levels to a doubling): closer or further, the same level
        double at = 2 * Math.log(view.scale() / 256) / Math.log(2);
        MapView slightlyCloser = view.zoomAt(Math.pow(2, (Math.round(at) - at) / 2), 400, 300, 800, 600);
        assertThat(slightlyCloser.scale()).isNotEqualTo(view.scale());
        java.util.Map<String, List<PlaceMark>> groups = new java.util.HashMap<>();
        before.forEach(k -> groups.put(k.places().get(0).id(), k.places()));
        List<MapClusters.Cluster> closer = MapClusters.cluster(prepared, slightlyCloser, 800, 600, 12).stream()
                .filter(k -> groups.containsKey(k.places().get(0).id())).toList();
        assertThat(closer).hasSizeGreaterThan(before.size() / 2).allSatisfy(k -> assertThat(k.places())
                .as("the same level: the same groups").isEqualTo(groups.get(k.places().get(0).id())));
        assertThat(prepared.clusteredLevels()).isEqualTo(1);
        MapClusters.cluster(prepared, view.zoomAt(4, 400, 300, 800, 600), 800, 600, 12);
        assertThat(prepared.clusteredLevels()).isEqualTo(2);
    }

    @Test
    void marksNeverOverlapByMuchMoreThanTheRadiusAsked() {
        List<PlaceMark> places = new java.util.ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int i = 0; i < 600; i++) {
            places.add(place("p" + i, 39 + r.nextDouble(2), 45 + r.nextDouble(2), 1, "attack"));
        }
        for (double zoom = 1; zoom < 40; zoom *= 1.3) {
            MapView v = view.zoomAt(zoom, 400, 300, 800, 600);
            List<MapClusters.Cluster> k = MapClusters.cluster(places, v, 800, 600, 12);
            for (int i = 0; i < k.size(); i++) {
                for (int j = i + 1; j < k.size(); j++) {
                    double d = Math.hypot(k.get(i).x() - k.get(j).x(), k.get(i).y() - k.get(j).y());
                    assertThat(d).as("two marks' centres at zoom " + zoom).isGreaterThan(12 / Math.pow(2, 0.25) - 1e-9);
                }
            }
        }
    }

    @Test
    void aTieOfTypesGoesToTheFirstInNameOrder() {
        assertThat(PlaceMark.dominant(Map.of("statement", 2, "attack", 2, "diplomacy", 1))).isEqualTo("attack");
        assertThat(PlaceMark.dominant(Map.of())).isEqualTo("other");
    }
}
