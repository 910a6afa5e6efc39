package claimline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoNamesTest {
    @Test
    void eachNameOfAPlaceFindsItOnceAndCountriesBecomeAlpha3() {
        GeoNames g = PlaceResolverTest.read("#h\n42\tŠtrpce\tStrpce\tShterpce|Štrpce\tXK\t01\t3000\t42.24\t21.02\n"
                + "43\tStrpce\t\t\tRS\t02\t1000\t43.0\t20.0\n");
        assertEquals(2, g.size());
        List<GeoPlace> found = g.named("strpce");
        assertEquals(List.of(42, 43), found.stream().map(GeoPlace::geonameId).toList());
        assertEquals("XKX", found.get(0).country());
        assertEquals("SRB", found.get(1).country());
        assertEquals(List.of(42), g.named("Shtërpcë").stream().map(GeoPlace::geonameId).toList());
        assertEquals(42.24, found.get(0).lat(), 1e-9);
    }

    @Test
    void aDamagedLineIsRefusedWithItsNumber() {
        IOException e = assertThrows(IOException.class, () -> GeoNames.read(new ByteArrayInputStream(
                "#h\n1\tA\t\t\tAM\t01\t10\t1\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Goris to Lachin by the coordinates GeoNames gives them: 9.75 km north, 17.9 km east, about 20.4 km
        assertEquals(20.4, Geo.distanceKm(39.5111, 46.3417, 39.5988, 46.5505), 0.1);
        assertEquals(111.2, Geo.distanceKm(0, 0, 1, 0), 0.1);
        assertEquals(0, Geo.distanceKm(10, 10, 10, 10), 1e-9);
    }

    @Test
    void theBundledGazetteerHoldsGeoNamesPlacesOfAThousandPeople() {
        GeoNames g = GeoNames.bundled();
        assertTrue(g.size() > 130_000, "places: " + g.size());
        GeoPlace goris = new PlaceResolver(g).resolveIn("Goris", "ARM").orElseThrow();
        assertEquals(39.51, goris.lat(), 0.02);
        assertEquals(46.34, goris.lon(), 0.02);
    }
}
