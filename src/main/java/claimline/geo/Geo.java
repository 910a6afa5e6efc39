package claimline.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/** Small pure helpers for places on the globe: distances, and the folded form names are compared in. */
public final class Geo {
    /** Mean Earth radius (IUGG), kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("['’ʼ`\\-\\s]+");

    private Geo() {}

    /** Great-circle (haversine) distance between two WGS84 points, kilometres. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * A name as names are compared: without accents, apostrophes or hyphens, in lower case, so that "Laçın", "Lacin"
     * and "Kel'badzhar" / "Kel’badzhar" meet. Letters that carry no combining mark in Unicode are mapped by hand.
     */
    public static String fold(String name) {
        String ascii = foldAscii(name);
        if (ascii != null) {
            return ascii;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (s.chars().anyMatch(c -> c > 0x7f)) {
            s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ǝ', 'ə')
                    .replace("ß", "ss");
        }
        return s;
    }

    /**
     * The same for a name of ASCII letters only, without a regular expression or a normaliser (most of GeoNames'
     * 340,000 names: loading them stays fast), or null for any other name.
     */
    private static String foldAscii(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c == '\'' || c == '`' || c == '-' || Character.isWhitespace(c)) {
                gap = sb.length() > 0;
            } else {
                if (gap) {
                    sb.append(' ');
                    gap = false;
                }
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return sb.toString();
    }

    /** ISO 3166-1 alpha-3 of an alpha-2 code ("AM" -> "ARM"; Kosovo's user-assigned "XK" -> "XKX"), or null. */
    public static String iso3(String iso2) {
        if ("XK".equals(iso2)) {
            return "XKX";
        }
        try {
            String s = new Locale("", iso2).getISO3Country();
            return s.isEmpty() ? null : s.toUpperCase(Locale.ROOT);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
