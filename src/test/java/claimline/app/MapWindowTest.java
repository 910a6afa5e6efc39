package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.app.map.EventMap;
import claimline.geo.MapClusters;
import claimline.geo.PlaceMark;
import claimline.model.Event;
import claimline.timeline.TimelineItem;
import claimline.viewmodel.ActorEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map beside the timeline in the real window, driven by the robot (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class MapWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        Files.deleteIfExists(ProjectSession.defaultFileFor(Seeds.folder()));
        window = new MainWindow(stage);
        window.openCorpus(Seeds.folder());
    }

    @BeforeEach
    void showTheMap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.timeline().layoutProperty().get() != null
                && window.timeline().layoutProperty().get().items().size() == Seeds.model().events().size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map().lastClusters().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private EventMap map() {
        return window.mapPane().map();
    }

    private int eventsOnTheMap() {
        return map().placesProperty().get().stream().mapToInt(PlaceMark::events).sum();
    }

    private Point2D onScreen(MapClusters.Cluster k) {
        Node surface = map().lookup(".event-map-surface");
        return surface.localToScreen(k.x(), k.y());
    }

    @Test
    void clickingAPlaceSelectsItsEventsAndFFiltersEveryViewToThem(FxRobot robot) {
        MapClusters.Cluster lone = map().lastClusters().stream().filter(MapClusters.Cluster::single)
                .filter(k -> k.x() > 20 && k.y() > 20).findFirst().orElseThrow();
        PlaceMark place = lone.places().get(0);
        robot.clickOn(onScreen(lone));
        WaitForAsyncUtils.waitForFxEvents();
        Event selected = window.viewModel().selectedProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.id()).isEqualTo(place.eventIds().get(0));
        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo(selected.id());
        assertThat(map().focusedPlaceProperty().get()).isEqualTo(place.id());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        claimline.model.Place modelPlace = window.viewModel().index().model().places().stream()
                .filter(p -> p.id().equals(place.id())).findFirst().orElseThrow();
        String highlighted = window.readerHighlightedText();
        assertThat(highlighted).as("the reader shows the passage that names the place")
                .satisfiesAnyOf(h -> assertThat(h).contains(modelPlace.name()),
                        h -> assertThat(modelPlace.aliases()).anyMatch(h::contains));

        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineItem> items = window.timeline().layoutProperty().get().items();
        assertThat(items).extracting(TimelineItem::id).containsExactlyInAnyOrderElementsOf(place.eventIds());
        assertThat(window.viewModel().visibleEvents()).allSatisfy(e -> assertThat(e.places()).contains(place.id()));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("place " + place.name());
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
    }

    /** The events on the map: exactly the visible events that name a place with coordinates. */
    private Set<String> locatedVisibleEvents() {
        Set<String> located = new HashSet<>();
        window.viewModel().index().model().places().stream().filter(p -> p.lat() != null).forEach(p -> located.add(p.id()));
        Set<String> out = new HashSet<>();
        window.viewModel().visibleEvents().stream().filter(e -> e.places().stream().anyMatch(located::contains))
                .forEach(e -> out.add(e.id()));
        return out;
    }

    private Set<String> eventIdsOnTheMap() {
        Set<String> out = new HashSet<>();
        map().placesProperty().get().forEach(p -> out.addAll(p.eventIds()));
        return out;
    }

    @Test
    void uncheckingAnActorTakesItsEventsOffTheMap(FxRobot robot) {
        robot.interact(() -> window.timeline().fitAll());
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> before = eventIdsOnTheMap();
        assertThat(before).isEqualTo(locatedVisibleEvents());
        // "None", then Armenia alone: only the events Armenia's actors carry or claim about stay
        robot.interact(() -> window.viewModel().hideAllActors());
        WaitForAsyncUtils.waitForFxEvents();
        ActorEntry armenia = window.viewModel().actorEntries().stream().filter(e -> e.party() && e.key().equals("ARM"))
                .findFirst().orElseThrow();
        ListCell<?> cell = robot.lookup("#actors .list-cell").match((ListCell<?> c) -> armenia.equals(c.getItem()))
                .query();
        robot.clickOn(cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().filter().hiddenActors()).isNotEmpty().doesNotContain("arm");
        Set<String> after = eventIdsOnTheMap();
        assertThat(after).isEqualTo(locatedVisibleEvents());
        assertThat(after.size()).isLessThan(before.size());
        int drawn = map().lastClusters().stream().mapToInt(MapClusters.Cluster::events).sum();
        assertThat(drawn).as("the map is drawn again with what the filter lets through").isPositive()
                .isLessThanOrEqualTo(eventsOnTheMap());
        robot.interact(() -> window.viewModel().showAllActors());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(eventIdsOnTheMap()).isEqualTo(before);
    }

    @Test
    void theNightOf13SeptemberShowsBothSidesPlacesWithTheDistance(FxRobot robot) {
        Event night = WindowRobot.night(window);
        robot.interact(() -> window.viewModel().select(night.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().versionsProperty().get()).extracting(v -> v.party()).contains("ARM", "AZE");
        assertThat(map().gapProperty().get()).isNotNull();
        assertThat(map().gapProperty().get().km()).isGreaterThan(10);
    }

    /** Every mark shows, in its type's colour (Dashkesan's was under Gadabay's name), on the base map's land. */
    @Test
    void eachMarkIsDrawnInItsTypesColourOnTheLandOfTheBaseMap() throws Exception {
        // marks of one place and one event (no count written on them), wherever the window's size put them; on the
        // seeds these are Dashkesan, Goris, Jermuk and often Sotk (Kalbajar's neighbour, one mark with it when the
        // map is small)
        List<MapClusters.Cluster> lone = map().lastClusters().stream().filter(k -> k.single() && k.events() == 1)
                .filter(k -> k.x() >= 0 && k.y() >= 0 && k.x() < map().getWidth() && k.y() < map().getHeight())
                .toList();
        assertThat(lone).hasSizeGreaterThanOrEqualTo(2);
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(
                () -> map().lookup(".event-map-surface").snapshot(null, null)).get(10, TimeUnit.SECONDS);
        javafx.scene.image.PixelReader pixels = shot.getPixelReader();
        for (MapClusters.Cluster k : lone) {
            javafx.scene.paint.Color mark = pixels.getColor((int) k.x(), (int) k.y());
            javafx.scene.paint.Color type = claimline.app.timeline.TimelinePalette.typeColor(k.dominantType());
            String where = "the mark of " + k.places().get(0).name();
            assertThat(mark.getRed()).as(where).isCloseTo(type.getRed(), org.assertj.core.data.Offset.offset(0.02));
            assertThat(mark.getGreen()).as(where).isCloseTo(type.getGreen(), org.assertj.core.data.Offset.offset(0.02));
            assertThat(mark.getBlue()).as(where).isCloseTo(type.getBlue(), org.assertj.core.data.Offset.offset(0.02));
        }
        javafx.scene.paint.Color land = claimline.app.map.MapPalette.LIGHT.land();
        int onLand = 0;
        for (int y = 0; y < (int) shot.getHeight(); y += 4) {
            for (int x = 0; x < (int) shot.getWidth(); x += 4) {
                onLand += pixels.getColor(x, y).equals(land) ? 1 : 0;
            }
        }
        assertThat(onLand).as("the places of the seeds are on land: most of the map is land colour")
                .isGreaterThan((int) (shot.getWidth() * shot.getHeight() / 16 / 2));
    }

    /**
     * The attribution (GeoNames asks for it) is whole at the default size of the window and at 1024x700 and
     * 1440x900 (at 1440x900 its first letters went past the map's left edge), and readable in both themes: written
     * on a plate, with at least the contrast of body text (4.5:1) against it (it was the coastline's grey, 2.4:1 on
     * the land and 1.9:1 in the dark theme, with the borders running through it).
     */
    @Test
    void theAttributionIsWholeAndReadableAtEverySizeInBothThemes(FxRobot robot) throws Exception {
        javafx.scene.text.Text attribution = new javafx.scene.text.Text(Messages.get("map.attribution"));
        attribution.setFont(javafx.scene.text.Font.font("System", 10)); // the map's small print
        double textWidth = attribution.getLayoutBounds().getWidth();
        double textHeight = attribution.getLayoutBounds().getHeight();
        Stage stage = (Stage) map().getScene().getWindow();
        for (double[] size : new double[][] {{stage.getWidth(), stage.getHeight()}, {1024, 700}, {1440, 900}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = (int) size[0] + "x" + (int) size[1];
            assertThat(map().getWidth()).as("the map is wide enough for its attribution at " + at)
                    .isGreaterThanOrEqualTo(textWidth + 8);
            for (boolean dark : new boolean[] {false, true}) {
                robot.interact(() -> window.mapPane().setDark(dark));
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(
                        () -> map().lookup(".event-map-surface").snapshot(null, null)).get(10, TimeUnit.SECONDS);
                int right = (int) shot.getWidth() - 4;
                int bottom = (int) shot.getHeight() - 2;
                double contrast = contrastOfTheWriting(shot.getPixelReader(), Math.max(0, (int) Math.ceil(right - textWidth)),
                        (int) (bottom - textHeight), right, bottom);
                assertThat(contrast).as("the attribution's contrast at " + at + (dark ? ", dark" : ", light"))
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    /**
     * The names on the map at 1024x700 and 1440x900, fitted to the seeds' places, with and without the night of 13
     * September selected (each side's places ringed and named in its colour, with the distance): none over another
     * name, a mark, a version's ring or the attribution, none past the map's edges (Gadabay's name ran under
     * Dashkesan's, Husulu's under Lachin's, and names were cut at the right edge); and every version's place keeps
     * its name.
     */
    @Test
    void namesOnTheMapOverlapNoOtherNameOrMarkAndStayWholeInsideIt(FxRobot robot) throws Exception {
        javafx.scene.text.Text small = new javafx.scene.text.Text(Messages.get("map.attribution"));
        small.setFont(javafx.scene.text.Font.font("System", 10));
        double attributionW = small.getLayoutBounds().getWidth();
        double attributionH = small.getLayoutBounds().getHeight();
        Stage stage = (Stage) map().getScene().getWindow();
        Event night = WindowRobot.night(window);
        for (double[] size : new double[][] {{1024, 700}, {1440, 900}}) {
            for (Event selected : java.util.Arrays.asList(null, night)) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    if (selected == null) {
                        window.viewModel().clearSelection();
                    } else {
                        window.viewModel().select(selected.id());
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                // fitted, and drawn now (not on some later pulse)
                robot.interact(() -> {
                    map().getScene().getRoot().layout();
                    map().fitToPlaces();
                    map().getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
                String at = (int) size[0] + "x" + (int) size[1] + (selected == null ? "" : ", the night selected");
                double w = map().getWidth();
                double h = map().getHeight();
                List<claimline.app.map.LabelPlacement.Disc> marks = new java.util.ArrayList<>();
                map().lastClusters().forEach(k -> marks.add(new claimline.app.map.LabelPlacement.Disc(k.x(), k.y(),
                        EventMap.markRadius(k.events()) + 1)));
                var view = map().viewProperty().get();
                List<String> versionNames = new java.util.ArrayList<>();
                for (var v : map().versionsProperty().get()) {
                    for (PlaceMark m : v.places()) {
                        marks.add(new claimline.app.map.LabelPlacement.Disc(view.pixelX(m.lon(), w),
                                view.pixelY(m.lat(), h), 10));
                        versionNames.add(m.name());
                    }
                }
                var attribution = new claimline.app.map.LabelPlacement.Box(w - 4 - attributionW, h - 2 - attributionH,
                        attributionW + 4, attributionH + 2);
                List<claimline.app.map.LabelPlacement.Placed> labels = map().lastLabels();
                assertThat(labels).as("names at " + at).isNotEmpty();
                assertThat(labels).extracting(claimline.app.map.LabelPlacement.Placed::text).as(at)
                        .containsAll(versionNames);
                for (int i = 0; i < labels.size(); i++) {
                    var label = labels.get(i);
                    var b = label.box();
                    String what = label.text() + " at " + at;
                    assertThat(b.inside(w, h)).as(what + " inside the map " + b).isTrue();
                    assertThat(b.intersects(attribution)).as(what + " clear of the attribution").isFalse();
                    for (var m : marks) {
                        assertThat(b.intersects(m)).as(what + " clear of the mark at " + m).isFalse();
                    }
                    for (int j = i + 1; j < labels.size(); j++) {
                        assertThat(b.intersects(labels.get(j).box())).as(what + " clear of " + labels.get(j).text())
                                .isFalse();
                    }
                }
            }
        }
    }

    /**
     * The hint above the map is whole at 1024x700 and 1440x900: every word of it on screen, none cut to an ellipsis
     * (at 1024x700 it read "Click a place: its events · F: only…"), and its tooltip still gives every key.
     */
    @Test
    void theHintAboveTheMapIsWholeAtEverySize(FxRobot robot) {
        Stage stage = (Stage) map().getScene().getWindow();
        javafx.scene.control.Label hint = robot.lookup(".map-hint").queryAs(javafx.scene.control.Label.class);
        for (double[] size : new double[][] {{1024, 700}, {1440, 900}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = (int) size[0] + "x" + (int) size[1];
            javafx.scene.text.Text shown = (javafx.scene.text.Text) hint.lookup(".text");
            assertThat(shown.getText().replace("\n", " ")).as("the hint as shown at " + at)
                    .isEqualTo(Messages.get("map.hint"));
            javafx.geometry.Bounds text = hint.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
            assertThat(text.getMaxY()).as("the hint's last line inside it at " + at)
                    .isLessThanOrEqualTo(hint.getHeight() + 0.5);
            assertThat(text.getMaxX()).as("the hint inside the map's width at " + at)
                    .isLessThanOrEqualTo(hint.getWidth() + 0.5);
            javafx.geometry.Bounds onScene = hint.localToScene(hint.getLayoutBounds());
            assertThat(onScene.getMaxX()).as("the hint inside the window at " + at)
                    .isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
            assertThat(hint.getTooltip().getText()).isEqualTo(Messages.get("map.keys"));
        }
    }

    /**
     * A filter that lets no event through: the map says nothing matches the filters, as the timeline does (it said no
     * place of the events shown had coordinates); with the filter cleared it shows the places again.
     */
    @Test
    void aFilterThatShowsNoEventMakesTheMapSayNothingMatches(FxRobot robot) {
        robot.interact(() -> window.viewModel().filterProperty().set(
                window.viewModel().filter().withSearch("no article says zzxqj")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().visibleEvents()).isEmpty();
        assertThat(map().placesProperty().get()).isEmpty();
        assertThat(map().emptyTextProperty().get()).isEqualTo(Messages.get("filter.nothingMatches"));
        robot.interact(() -> window.viewModel().filterProperty().set(claimline.viewmodel.EventFilter.ALL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().placesProperty().get()).isNotEmpty();
    }

    /**
     * In a box of writing: the contrast between the colour most of its pixels have (what the writing is on) and the
     * pixel that stands out most from it (the writing's own colour, where a glyph covers a whole pixel).
     */
    private static double contrastOfTheWriting(javafx.scene.image.PixelReader px, int x0, int y0, int x1, int y1) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(px.getArgb(x, y), 1, Integer::sum);
            }
        }
        int ground = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        double groundLuminance = luminance(ground);
        double best = 1;
        for (int argb : counts.keySet()) {
            double l = luminance(argb);
            best = Math.max(best, (Math.max(l, groundLuminance) + 0.05) / (Math.min(l, groundLuminance) + 0.05));
        }
        return best;
    }

    /** WCAG's relative luminance of an sRGB colour. */
    private static double luminance(int argb) {
        double[] c = {(argb >> 16 & 0xff) / 255.0, (argb >> 8 & 0xff) / 255.0, (argb & 0xff) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void placesExportAsGeoJsonThatReadsBackAndTheMapAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        Path geojson = dir.resolve("places.geojson");
        robot.interact(() -> window.exportGeoJson(geojson));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(geojson));
        JsonNode root = new ObjectMapper().readTree(geojson.toFile());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        Set<String> names = new HashSet<>();
        root.get("features").forEach(f -> names.add(f.get("properties").get("name").asText()));
        Set<String> onMap = new HashSet<>();
        map().placesProperty().get().forEach(p -> onMap.add(p.name()));
        assertThat(names).containsAll(onMap).contains("Goris", "Lachin");
        for (JsonNode f : root.get("features")) {
            assertThat(f.get("properties").get("events")).isNotEmpty();
        }
        Path png = dir.resolve("map.png");
        robot.interact(() -> window.exportMapPng(png));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(100);
    }
}
