package claimline.app.map;

import claimline.geo.BaseMapRaster;
import javafx.scene.paint.Color;

/** Colours of the map, light and dark; event types take the timeline's colours, parties their own. */
public record MapPalette(Color water, Color land, Color coast, Color border, Color text, Color halo, Color focus) {
    public static final MapPalette LIGHT = new MapPalette(Color.web("#dfeaf3"), Color.web("#fbfaf6"),
            Color.web("#9aa7b3"), Color.web("#b7a9bd"), Color.web("#1f2328"), Color.web("#ffffff"),
            Color.web("#0969da"));
    public static final MapPalette DARK = new MapPalette(Color.web("#0b1622"), Color.web("#1c232b"),
            Color.web("#44505c"), Color.web("#5b4f63"), Color.web("#e6edf3"), Color.web("#0d1117"),
            Color.web("#58a6ff"));

    /** One colour per party, by the party's rank in the corpus (most events first); the same in both themes. */
    private static final Color[] PARTIES = {Color.web("#0a62c9"), Color.web("#d4570a"), Color.web("#7a3fd1"),
        Color.web("#16813a"), Color.web("#b0296b"), Color.web("#6e7781")};

    public static Color party(int rank) {
        return PARTIES[Math.max(0, Math.min(PARTIES.length - 1, rank))];
    }

    /**
     * A party's colour for its names and its line of the key: the rings' colour, moved towards the text's as far as it
     * takes to read as small text on the land (4.5:1); the rings' blue was 2.9:1 on the dark land, their orange 3.7:1
     * on the light.
     */
    Color partyText(int rank) {
        Color c = party(rank);
        for (int step = 1; step <= 20 && contrast(c, land) < 4.5; step++) {
            c = party(rank).interpolate(text, step / 20.0);
        }
        return c;
    }

    /** WCAG's contrast ratio of two colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG's relative luminance of a colour. */
    private static double luminance(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    /**
     * The attribution's colour: the text colour softened towards the land it is written on (small print, yet with
     * the contrast of body text: 6:1 light, 7:1 dark, where the coastline's grey it had was 2.4:1 and 1.9:1).
     */
    Color attribution() { return land.interpolate(text, 0.72); }

    /** The base map's colours and lines as the raster draws them. */
    BaseMapRaster.Style baseStyle() {
        return new BaseMapRaster.Style(rgb(water), rgb(land), rgb(coast), rgb(border), 0.8, 1);
    }

    /** A colour as the raster takes it: 0xAARRGGBB (an opaque colour has alpha 0xff). */
    static int rgb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
