package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.cli.ClaimlineCommand;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Place;
import claimline.model.Precision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places as GeoJSON, read back with Jackson as any GIS tool would read them. */
class PlacesGeoJsonTest {
    private final EventModel model = Seeds.model();

    private static JsonNode feature(JsonNode root, String name) {
        for (JsonNode f : root.get("features")) {
            if (f.get("properties").get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " is not a feature");
    }

    private JsonNode written(List<Event> events) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlacesGeoJsonWriter.write(model, events, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void everyPlaceWithCoordinatesIsAPointFeatureWithItsEventsTypesDatesAndParties() throws Exception {
        JsonNode root = written(model.events());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        long located = model.places().stream().filter(p -> p.lat() != null
                && model.events().stream().anyMatch(e -> e.places().contains(p.id()))).count();
        assertThat(root.get("features")).hasSize((int) located);
        Place goris = model.places().stream().filter(p -> p.name().equals("Goris")).findFirst().orElseThrow();
        JsonNode f = feature(root, "Goris");
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(goris.lon());
        assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(goris.lat());
        JsonNode props = f.get("properties");
        assertThat(props.get("country").asText()).isEqualTo("ARM");
        List<String> ids = new ArrayList<>();
        props.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(model.events().stream()
                .filter(e -> e.places().contains(goris.id())).map(Event::id).toList());
        assertThat(props.get("types")).isNotEmpty();
        assertThat(props.get("dates")).isNotEmpty();
        // the night of 13 September 2022: Armenia names Goris, and its events carry the type and start
        Event night = model.events().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
        for (Place p : model.places()) {
            if (p.lat() != null && night.places().contains(p.id())) {
                JsonNode ev = null;
                for (JsonNode e : feature(root, p.name()).get("properties").get("events")) {
                    if (e.get("id").asText().equals(night.id())) {
                        ev = e;
                    }
                }
                assertThat(ev).as(p.name()).isNotNull();
                assertThat(ev.get("type").asText()).isEqualTo(night.type().json());
                assertThat(ev.get("start").asText()).isEqualTo(night.time().start().iso());
            }
        }
        List<String> armPlaces = new ArrayList<>();
        List<String> azePlaces = new ArrayList<>();
        for (JsonNode feat : root.get("features")) {
            for (JsonNode e : feat.get("properties").get("events")) {
                if (e.get("id").asText().equals(night.id())) {
                    e.get("parties").forEach(p -> (p.asText().equals("ARM") ? armPlaces : azePlaces)
                            .add(feat.get("properties").get("name").asText()));
                }
            }
        }
        assertThat(armPlaces).isNotEmpty();
        assertThat(azePlaces).isNotEmpty().doesNotContainAnyElementsOf(armPlaces);
    }

    @Test
    void onlyTheEventsGivenAreWrittenAndTheSameModelGivesTheSameBytes() throws Exception {
        Event first = model.events().stream().filter(e -> model.places().stream()
                .anyMatch(p -> p.lat() != null && e.places().contains(p.id()))).findFirst().orElseThrow();
        JsonNode one = written(List.of(first));
        one.get("features").forEach(f -> assertThat(f.get("properties").get("events")).hasSize(1));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PlacesGeoJsonWriter.write(model, model.events(), a);
        PlacesGeoJsonWriter.write(model, model.events(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void theExportCommandWritesGeoJsonWhenAskedTo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("places.geojson");
        int code = ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--format", "geojson",
                "--out", out.toString());
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(Files.readString(out));
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(feature(root, "Lachin").get("properties").get("country").asText()).isEqualTo("AZE");
        assertThat(ClaimlineCommand.run(f -> { }, "export", Seeds.folder().toString(), "--format", "kml",
                "--out", out.toString())).isEqualTo(2);
    }
}
