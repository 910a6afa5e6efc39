package claimline.app.timeline;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The timeline control's own words (legend, lane counts, cluster hints) in one language, from its bundle. */
final class TimelineWords {
    private static final String BUNDLE = "claimline.app.timeline.timeline";
    private final Locale locale;
    private final ResourceBundle bundle;

    TimelineWords(Locale locale) {
        this.locale = locale;
        // No fallback to the system's locale: English asked for on an Indonesian system is English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() { return locale; }

    String get(String key, Object... args) {
        String s = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }

    private final java.util.Map<String, java.util.Map<Integer, String>> laneCounts = new java.util.HashMap<>();

    /**
     * "1,234 events" (or "12 reports", by {@code key}) under a lane's name: formatted once per number (every frame
     * writes one per lane).
     */
    String laneCount(String key, int count) {
        java.util.Map<Integer, String> counts = laneCounts.computeIfAbsent(key, k -> new java.util.HashMap<>());
        if (counts.size() > 1000) {
            counts.clear(); // counts of lanes through many filters: keep a few, not all
        }
        return counts.computeIfAbsent(count, n -> get(key, n));
    }

    /** The name of an event type ("armed_clash" is "armed clash", "bentrokan bersenjata"). */
    String type(String type) {
        return bundle.containsKey("type." + type) ? bundle.getString("type." + type) : type.replace('_', ' ');
    }
}
