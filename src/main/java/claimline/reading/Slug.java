package claimline.reading;

import java.text.Normalizer;
import java.util.Locale;

/** Stable ids from names: lower case ASCII words joined by hyphens. */
public final class Slug {
    private Slug() {}

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
