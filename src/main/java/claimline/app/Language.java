package claimline.app;

import java.util.Locale;

/**
 * The languages the interface speaks. The analyst's choice (View ▸ Language) is remembered in the settings; with
 * none made, the system's language decides, and anything but Indonesian gets English.
 */
enum Language {
    ENGLISH("en", "English"),
    INDONESIAN("id", "Bahasa Indonesia");

    private final String tag;
    private final String name;

    Language(String tag, String name) {
        this.tag = tag;
        this.name = name;
    }

    /** The language tag kept in the settings. */
    String tag() { return tag; }

    /** Its own name for itself, as the language menu lists it. */
    String displayName() { return name; }

    Locale locale() { return Locale.forLanguageTag(tag); }

    /** The remembered choice if there is one, otherwise the system locale's language. */
    static Language choose(String remembered, Locale system) {
        for (Language l : values()) {
            if (l.tag.equals(remembered)) {
                return l;
            }
        }
        // Java reports Indonesian as "in" on some systems (the code before ISO 639 changed it to "id").
        String language = system == null ? "" : system.getLanguage();
        return language.equals("id") || language.equals("in") ? INDONESIAN : ENGLISH;
    }

    /** Chooses the language from the settings and the system, and puts the interface's words in it. */
    static Language apply(Settings settings) {
        Language l = choose(settings.get("language", (String) null), Locale.getDefault());
        Messages.use(l.locale());
        return l;
    }
}
