package claimline.reading.actors;

import claimline.reading.language.PhraseList;

import claimline.reading.language.Language;
import claimline.reading.language.LexiconFile;
import claimline.reading.language.PhraseMatcher;
import claimline.reading.time.TimeLexicon;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles of one language (assets/lexicon/CODE/roles.json) by which people the gazetteer does not know are found:
 * role phrases with the institution their holders belong to, the words that may join a role to its state, the
 * articles of an apposition, the particles inside a name; and the words that are never a name (months, weekdays).
 */
public final class RoleLexicon {
    /**
     * A role; {@code institution} is the suffix of the state institution its holder belongs to, or null; {@code place}
     * when it is the role of a place ("Gubernur Kharkiv Oleg Synegubov"); {@code ofState} when only a state has it (a
     * minister, an ambassador; a spokesman or a leader may be a rebel group's).
     */
    public record Role(String institution, boolean place, boolean ofState) {}

    private static final Map<String, RoleLexicon> CACHE = new HashMap<>();
    final PhraseMatcher<Role> roles = new PhraseMatcher<>();
    final Set<String> roleWords = new HashSet<>();
    final Set<String> connectors;
    final Set<String> articles;
    final Set<String> particles;
    final PhraseList conjunctions;
    private final Set<String> former;
    /** Words that make a state's or place's name an outlet's: "Myanmar Now", "Times of India". */
    final Set<String> outletWords;
    final Set<String> outletConnectors;
    /** Phrases that point back to the last two states named ("kedua negara"), and to the last one ("negara itu"). */
    final PhraseMatcher<Integer> backReferences = new PhraseMatcher<>();
    final Set<String> notNames = new HashSet<>();
    /** The language's stemmer, which knows which words are the language's own (never a name on their own). */
    final claimline.reading.language.Stemmer stemmer;

    /**
     * Whether a person mentioned from token {@code from} is named as no longer in office ("mantan Presiden X", "the
     * late X"): such a mention says nothing of the article's year.
     */
    public boolean namedAsFormer(List<claimline.reading.language.Token> tokens, int from) {
        // back over the role and its state ("mantan Menteri Luar Negeri AS Antony Blinken"), then the word before
        int k = from - 1;
        while (k >= 0 && tokens.get(k).word() && (Character.isUpperCase(tokens.get(k).text().charAt(0))
                || roleWords.contains(tokens.get(k).lower()))) {
            k--;
        }
        for (int j = k; j >= Math.max(0, k - 1); j--) {
            if (former.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    public static synchronized RoleLexicon of(Language language) {
        return CACHE.computeIfAbsent(language.code(), c -> new RoleLexicon(language));
    }

    private RoleLexicon(Language language) {
        LexiconFile f = language.open("roles.json");
        for (JsonNode r : f.node("roles")) {
            Role role = new Role(r.hasNonNull("institution") ? r.get("institution").asText() : null,
                    r.path("place").asBoolean(false), r.hasNonNull("institution") || r.path("state").asBoolean(false));
            for (JsonNode p : r.get("phrases")) {
                roles.add(p.asText(), role);
                for (String w : p.asText().split("[ -]")) {
                    roleWords.add(w);
                }
            }
        }
        connectors = Set.copyOf(f.words("connectors"));
        articles = Set.copyOf(f.words("articles"));
        particles = Set.copyOf(f.words("particles"));
        conjunctions = new PhraseList(f.lowerPhrases("conjunctions"));
        former = Set.copyOf(f.words("former"));
        outletWords = Set.copyOf(f.words("outlet_words"));
        outletConnectors = Set.copyOf(f.words("outlet_connectors"));
        f.lowerPhrases("both_sides").forEach(p -> backReferences.add(p, 2));
        f.lowerPhrases("same_state").forEach(p -> backReferences.add(p, 1));
        f.finish();
        stemmer = language.stemmer();
        TimeLexicon time = TimeLexicon.of(language);
        notNames.addAll(time.months.keySet());
        notNames.addAll(time.weekdays.keySet());
    }
}
