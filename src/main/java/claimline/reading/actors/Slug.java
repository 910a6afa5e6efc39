package claimline.reading.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable ids from names: lower case ASCII words joined by hyphens. */
public final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHEN = Pattern.compile("(^-|-$)");

    private Slug() {}

    public static String of(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String s = EDGE_HYPHEN.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return s.isEmpty() ? "x" : s;
    }
}
