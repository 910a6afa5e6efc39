package claimline.app;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** UI strings from the resource bundle {@code claimline/app/messages}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("claimline.app.messages");

    private Messages() {}

    public static String get(String key, Object... args) {
        String s = BUNDLE.containsKey(key) ? BUNDLE.getString(key) : key;
        return args.length == 0 ? s : MessageFormat.format(s, args);
    }
}
