package claimline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.CorpusReader;
import claimline.model.EventModel;
import claimline.model.Place;
import claimline.reading.CorpusAnalyzer;
import claimline.reading.actors.Gazetteer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places of articles on the map: where GeoNames or the hand-made gazetteer puts them, and never a guess. */
class PlaceCoordinatesTest {
    @TempDir
    Path dir;

    private static Optional<Place> named(EventModel m, String name) {
        return m.places().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static void assertNear(Place p, double lat, double lon, double km) {
        assertThat(p.lat()).as(p.name() + " has coordinates").isNotNull();
        assertThat(Geo.distanceKm(p.lat(), p.lon(), lat, lon)).as(p.name() + " km off").isLessThan(km);
    }

    /** The hand-made gazetteer keeps only what GeoNames lacks, and what it leaves to GeoNames GeoNames has. */
    @Test
    void handMadeCoordinatesAreOnlyWhereGeoNamesHasNoneOrAWrongOne() throws Exception {
        JsonNode places = new ObjectMapper().readTree(Path.of("assets/gazetteer/places.json").toFile()).get("places");
        PlaceResolver geoNames = new PlaceResolver(GeoNames.bundled());
        for (JsonNode p : places) {
            String id = p.get("id").asText();
            if (p.hasNonNull("lat")) {
                assertThat(p.hasNonNull("hand_coordinates")).as(id + " says why it has its own coordinates").isTrue();
                if (p.get("hand_coordinates").asText().startsWith("not in GeoNames")) {
                    for (JsonNode name : p.get("aliases")) {
                        assertThat(geoNames.resolveIn(name.asText(), p.get("country").asText())).as(id).isEmpty();
                    }
                }
            } else if (p.hasNonNull("country")) {
                Place resolved = Gazetteer.get().place(id);
                assertThat(resolved.lat()).as(id + " takes GeoNames' coordinates").isNotNull();
                assertThat(resolved.name()).isEqualTo(p.get("name").asText());
            }
        }
    }

    @Test
    void theSeedsBorderTownsSitWhereTheyAre() throws Exception {
        EventModel m = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(Path.of("seeds")));
        // the towns' centres as an atlas gives them (OpenStreetMap); GeoNames' or the hand entry's must be within 6 km
        Map<String, double[]> atlas = Map.of("Goris", new double[] {39.507, 46.339}, "Jermuk", new double[] {39.842, 45.672},
                "Sotk", new double[] {40.221, 45.936}, "Dashkesan", new double[] {40.523, 46.078},
                "Kalbajar", new double[] {40.107, 46.038}, "Lachin", new double[] {39.636, 46.547});
        atlas.forEach((name, at) -> assertNear(named(m, name).orElseThrow(() -> new AssertionError(name + " not found")),
                at[0], at[1], 6));
    }

    @Test
    void aTownFoundByItsPlaceWordIsPutWhereTheArticlesCountriesHaveItAndNothingIsGuessed() throws Exception {
        Files.writeString(dir.resolve("pe-ec.txt"), """
                Peruvian and Ecuadorian troops clash on the border
                LIMA, March 3, 2025 (Border Monitor) - Peru's defence ministry said Ecuadorian troops fired on a \
                Peruvian patrol near the town of Zarumilla on Monday, March 3, 2025, wounding two soldiers.
                Ecuador's army said Peruvian soldiers shelled its positions near the town of Santa Rosa on Monday.
                Peru's defence ministry said Ecuadorian troops also attacked a post in the Tumbes region on Monday.
                """);
        EventModel m = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(dir));
        assertNear(named(m, "Zarumilla").orElseThrow(), -3.503, -80.273, 2);
        // a Santa Rosa of 42,000 people in Ecuador and one of 11,000 in Peru: which one the army means is not known
        assertThat(named(m, "Santa Rosa")).hasValueSatisfying(p -> assertThat(p.lat()).isNull());
        // Tumbes is a city, but the Tumbes region is not that city
        assertThat(named(m, "Tumbes")).hasValueSatisfying(p -> assertThat(p.lat()).isNull());
    }

    /** Which town a name means is the collection's own: a folder that names a river by it moves no pin in another. */
    @Test
    void aRiverNamedInOneCollectionLeavesTheTownOfAnotherWhereItIs() throws Exception {
        Path rivers = Files.createDirectories(dir.resolve("rivers"));
        Path towns = Files.createDirectories(dir.resolve("towns"));
        String town = """
                Peruvian and Ecuadorian troops clash on the border
                LIMA, March 3, 2025 (Border Monitor) - Peru's defence ministry said Ecuadorian troops fired on a \
                Peruvian patrol near the town of Zarumilla on Monday, March 3, 2025, wounding two soldiers.
                """;
        Files.writeString(rivers.resolve("river.txt"), """
                Tentara Peru dan Ekuador bentrok di perbatasan
                LIMA, 3 Maret 2025 - Kementerian Pertahanan Peru mengatakan tentara Ekuador menembaki patroli Peru \
                di tepi sungai Zarumilla pada Senin, 3 Maret 2025, melukai dua tentara.
                """);
        Files.writeString(rivers.resolve("town.txt"), town);
        Files.writeString(towns.resolve("town.txt"), town);
        EventModel both = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(rivers));
        // in the folder that names the river too, which Zarumilla is meant is not known
        assertThat(named(both, "Zarumilla")).hasValueSatisfying(p -> assertThat(p.lat()).isNull());
        EventModel onlyTown = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(towns));
        assertNear(named(onlyTown, "Zarumilla").orElseThrow(), -3.503, -80.273, 2);
    }
}
