package claimline.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI strings from the resource bundle {@code claimline/app/messages}, in the language the interface is shown in. */
public final class Messages {
    private static final String BUNDLE_NAME = "claimline.app.messages";
    private static Locale locale = Locale.ENGLISH;
    private static ResourceBundle bundle = load(locale);

    private Messages() {}

    public static String get(String key, Object... args) {
        String s = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }

    /**
     * The name of a value of the model ("armed clash", "minute", "stated in the text") from the key
     * {@code prefix.json-name}; the JSON name itself when there is no such key.
     */
    public static String name(String prefix, claimline.model.JsonName value) {
        String key = prefix + "." + value.json();
        return bundle.containsKey(key) ? bundle.getString(key) : value.json().replace('_', ' ');
    }

    /** The language the interface is shown in. */
    public static Locale locale() { return locale; }

    /** Shows the interface's words in a language (the view models' words too); windows built after this use it. */
    public static void use(Locale l) {
        locale = l;
        bundle = load(l);
        claimline.viewmodel.Texts.use(l);
    }

    /** The bundle of a language; no fallback to the system's locale, so English is English on an Indonesian system. */
    static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE_NAME, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
