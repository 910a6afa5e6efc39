package claimline.viewmodel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words the view models put together themselves (the status line, a publication date, a denial mark), in
 * the language of the interface, from the bundle {@code claimline/viewmodel/texts}. The app sets the language.
 */
public final class Texts {
    private static final String BUNDLE = "claimline.viewmodel.texts";
    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(locale);

    private Texts() {}

    public static void use(Locale l) {
        locale = l;
        bundle = load(l);
    }

    private static ResourceBundle load(Locale l) {
        // No fallback to the system's locale: a language without a bundle of its own gets the base (English) one.
        return ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A day as the interface writes it ("13 Sep 2022"). */
    public static String day(java.time.LocalDate d) {
        return java.time.format.DateTimeFormatter.ofPattern(get("format.day"), locale).format(d);
    }

    public static String get(String key, Object... args) {
        ResourceBundle b = bundle;
        String s = b.containsKey(key) ? b.getString(key) : key;
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }
}
