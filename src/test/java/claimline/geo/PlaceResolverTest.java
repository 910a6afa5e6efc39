package claimline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolution on a gazetteer written for the test: invented towns in real countries. */
class PlaceResolverTest {
    private static final String TSV = String.join("\n",
            "#geonames-id\tname\tascii\talternates\tcountry\tadmin1\tpopulation\tlat\tlon",
            // one name, two countries: the article's country decides, not the larger town
            "1\tVelmora\t\tVelmorra\tAM\t01\t20000\t40.0000\t45.0000",
            "2\tVelmora\t\t\tGE\t02\t45000\t42.0000\t44.0000",
            // two villages of one name in one country, far apart and alike in size: no telling which
            "3\tNovotrava\t\t\tUA\t05\t2100\t48.0000\t37.0000",
            "4\tNovotrava\t\t\tUA\t09\t1800\t46.5000\t33.0000",
            // a city and a hamlet of one name in one country: the city
            "5\tKestrograd\t\t\tUA\t05\t400000\t49.0000\t36.0000",
            "6\tKestrograd\t\t\tUA\t11\t1200\t50.5000\t30.0000",
            // a large city far from the article's countries, and a small town with a unique name
            "7\tPortavella\t\t\tFR\t11\t2000000\t48.8000\t2.3000",
            "8\tPortavella\t\t\tUS\t44\t25000\t33.6000\t-95.5000",
            "9\tZindrak\t\t\tPE\t03\t3000\t-4.0000\t-80.0000",
            // accents, apostrophes and hyphens do not matter
            "10\tKəlbəçər\tKelbecer\tKel'badzhar|Karvachar\tAZ\t26\t8400\t40.1098\t46.0445",
            "11\tLaçın\tLacin\t\tAZ\t28\t2300\t39.5988\t46.5505",
            // a town that has a city's name among its other names
            "12\tMardapur\t\t\tPK\t04\t550000\t29.4000\t71.7000",
            "13\tMardanagar\t\tMardapur\tPK\t04\t126000\t30.0000\t73.2500");

    private final PlaceResolver resolver = new PlaceResolver(read(TSV));

    static GeoNames read(String tsv) {
        try {
            return GeoNames.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private int id(Optional<GeoPlace> p) { return p.map(GeoPlace::geonameId).orElse(-1); }

    @Test
    void theArticlesCountriesComeBeforePopulation() {
        assertEquals(1, id(resolver.resolve("Velmora", Set.of("ARM", "AZE"))));
        assertEquals(2, id(resolver.resolve("Velmora", Set.of("GEO"))));
        assertEquals("ARM", resolver.resolve("Velmorra", Set.of("ARM")).orElseThrow().country());
    }

    @Test
    void twoLikePlacesOfOneNameInTheArticlesCountryGiveNoCoordinates() {
        assertTrue(resolver.resolve("Novotrava", Set.of("UKR", "RUS")).isEmpty());
        assertTrue(resolver.resolveIn("Novotrava", "UKR").isEmpty());
    }

    @Test
    void aCityOutweighsAHamletOfItsName() {
        assertEquals(5, id(resolver.resolve("Kestrograd", Set.of("UKR"))));
    }

    @Test
    void outsideTheArticlesCountriesOnlyALargePlaceThatStandsOutIsTaken() {
        assertEquals(7, id(resolver.resolve("Portavella", Set.of("UKR"))));
        assertEquals(7, id(resolver.resolve("Portavella", Set.of())));
        assertTrue(resolver.resolve("Zindrak", Set.of("ARM", "AZE")).isEmpty(), "a small town elsewhere is no guess");
        assertTrue(resolver.resolve("Velmora", Set.of()).isEmpty(), "45,000 is not large enough without context");
        assertEquals(9, id(resolver.resolve("Zindrak", Set.of("PER"))));
    }

    @Test
    void aPlaceThatHasTheNameOnlyAsAnotherNameIsNoRivalToTheOneItNames() {
        assertEquals(12, id(resolver.resolve("Mardapur", Set.of("PAK"))));
        assertEquals(13, id(resolver.resolve("Mardanagar", Set.of("PAK"))));
    }

    @Test
    void unknownNamesStayUnresolved() {
        assertTrue(resolver.resolve("Qwertyville", Set.of("ARM")).isEmpty());
        assertTrue(resolver.resolveIn("Velmora", "KGZ").isEmpty());
    }

    @Test
    void spellingsMeetWithoutAccentsApostrophesOrHyphens() {
        for (String spelling : new String[] {"Kəlbəçər", "Kelbecer", "Kel’badzhar", "KEL-BADZHAR", "karvachar"}) {
            assertEquals(10, id(resolver.resolveIn(spelling, "AZE")), spelling);
        }
        assertEquals(11, id(resolver.resolve("Lacin", Set.of("AZE"))));
        assertEquals(11, id(resolver.resolve("Laçın", Set.of("AZE"))));
    }
}
