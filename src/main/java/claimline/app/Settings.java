package claimline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (window size and place, pane dividers, theme, language, recent folders), in the user's
 * preferences. Tests use their own node (system property {@code claimline.settings.node}) so they never touch the
 * user's.
 */
public final class Settings {
    private static final int RECENT_LIMIT = 8;
    private final Preferences prefs;

    public Settings() {
        this(Preferences.userRoot().node(System.getProperty("claimline.settings.node", "claimline")));
    }

    Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    public double get(String key, double fallback) {
        return prefs.getDouble(key, fallback);
    }

    public void put(String key, double value) {
        prefs.putDouble(key, value);
    }

    public boolean get(String key, boolean fallback) {
        return prefs.getBoolean(key, fallback);
    }

    public void put(String key, boolean value) {
        prefs.putBoolean(key, value);
    }

    public String get(String key, String fallback) {
        return prefs.get(key, fallback);
    }

    public void put(String key, String value) {
        prefs.put(key, value);
    }

    /** Most recent first. */
    public List<Path> recentFolders() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String s = prefs.get("recent." + i, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void addRecentFolder(Path folder) {
        List<Path> list = new ArrayList<>(recentFolders());
        Path abs = folder.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; the analyst's work is in files, never here.
        }
    }
}
