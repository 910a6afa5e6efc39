package claimline.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Countries by their English names ("Azerbaijan" for AZE), from the JDK's ISO 3166 tables; an unknown code stays. */
final class CountryNames {
    private static final Map<String, String> BY_ALPHA3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale l = new Locale.Builder().setRegion(alpha2).build();
            BY_ALPHA3.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
        }
    }

    private CountryNames() {}

    static String english(String alpha3) {
        return BY_ALPHA3.getOrDefault(alpha3.toUpperCase(Locale.ROOT), alpha3);
    }
}
