package claimline.app.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** Colours of the timeline, light and dark. Event types keep the same hue in both, so the legend reads the same. */
public record TimelinePalette(Color background, Color laneAlternate, Color grid, Color gridMajor, Color text,
                              Color mutedText, Color selection, Color badge, Color cluster, Color clusterText) {
    public static final TimelinePalette LIGHT = new TimelinePalette(Color.web("#ffffff"), Color.web("#f4f6f8"),
            Color.web("#e3e7eb"), Color.web("#b9c1c9"), Color.web("#1f2328"), Color.web("#656d76"),
            Color.web("#0969da"), Color.web("#cf222e"), Color.web("#d0d7de"), Color.web("#1f2328"));
    public static final TimelinePalette DARK = new TimelinePalette(Color.web("#0d1117"), Color.web("#161b22"),
            Color.web("#21262d"), Color.web("#484f58"), Color.web("#e6edf3"), Color.web("#8d96a0"),
            Color.web("#58a6ff"), Color.web("#ff7b72"), Color.web("#30363d"), Color.web("#e6edf3"));

    private static final Map<String, Color> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("armed_clash", Color.web("#d1242f"));
        TYPES.put("attack", Color.web("#e16f24"));
        TYPES.put("casualties", Color.web("#8250df"));
        TYPES.put("ceasefire", Color.web("#1a7f37"));
        TYPES.put("ceasefire_violation", Color.web("#bf8700"));
        TYPES.put("diplomacy", Color.web("#0969da"));
        TYPES.put("statement", Color.web("#57606a"));
        TYPES.put("request_assistance", Color.web("#1b7c83"));
        TYPES.put("other", Color.web("#8c959f"));
    }

    public static Color typeColor(String type) {
        return TYPES.getOrDefault(type, TYPES.get("other"));
    }

    private static final Map<String, Color> HISTORY = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Color, Color[]> FADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A type's colour for history the articles recall: muted and see-through (made once, not per mark and frame). */
    public static Color historyColor(String type) {
        return HISTORY.computeIfAbsent(type, t -> typeColor(t).desaturate().desaturate().deriveColor(0, 1, 1, 0.45));
    }

    /** A colour at 45 % or 28 % of its opacity (inferred times), made once per colour. */
    static Color faded(Color c, double opacity) {
        Color[] f = FADED.computeIfAbsent(c, x -> new Color[] {x.deriveColor(0, 1, 1, 0.45),
            x.deriveColor(0, 1, 1, 0.28)});
        return opacity == 0.45 ? f[0] : opacity == 0.28 ? f[1] : c.deriveColor(0, 1, 1, opacity);
    }

    /** The types in legend order with their colours. */
    public static Map<String, Color> types() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }
}
