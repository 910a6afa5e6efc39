package claimline.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI strings from the resource bundle {@code claimline/app/messages}, in the language the interface is shown in. */
public final class Messages {
    private static final String BUNDLE_NAME = "claimline.app.messages";
    private static Locale locale = Locale.ENGLISH;
    private static ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE_NAME, locale);

    private Messages() {}

    public static String get(String key, Object... args) {
        String s = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }

    /** The language the interface is shown in. */
    public static Locale locale() { return locale; }
}
