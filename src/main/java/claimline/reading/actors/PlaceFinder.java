package claimline.reading.actors;

import claimline.model.Place;
import claimline.model.Span;
import claimline.reading.language.Language;
import claimline.reading.language.LexiconFile;
import claimline.reading.language.PhraseMatcher;
import claimline.reading.language.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the gazetteer does not know, found by pattern (reading guide, section 2 of issue 11's "unknown conflicts"):
 * a place word before a capitalised name ("di desa Banjska", "provinsi Gyeonggi", "near the town of Zarumilla") or
 * after it ("Sagaing region", "Kanbalu township"). Such a place has a name and no coordinates.
 */
final class PlaceFinder {
    private static final int MAX_NAME_TOKENS = 3;
    private static final Map<String, PlaceFinder> CACHE = new HashMap<>();
    private final Gazetteer gazetteer;
    private final PhraseMatcher<Boolean> before = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> after = new PhraseMatcher<>();
    private final RoleLexicon roles;

    static synchronized PlaceFinder of(Gazetteer gazetteer, Language language) {
        return CACHE.computeIfAbsent(language.code(), c -> new PlaceFinder(gazetteer, language));
    }

    private PlaceFinder(Gazetteer gazetteer, Language language) {
        this.gazetteer = gazetteer;
        LexiconFile f = language.open("places.json");
        f.lowerPhrases("before_name").forEach(p -> before.add(p, Boolean.TRUE));
        f.lowerPhrases("after_name").forEach(p -> after.add(p, Boolean.TRUE));
        f.finish();
        roles = RoleLexicon.of(language);
    }

    /** Adds the places of one sentence that the gazetteer did not find; names already taken are left alone. */
    void find(List<Token> tokens, List<ActorMention> actors, List<NameMention> places) {
        if (PeopleFinder.titleCase(tokens)) {
            return; // a headline capitalises every word: no telling a name from the words around it
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatcher.Match<Boolean> head = before.matchAt(tokens, i);
            if (head != null) {
                int end = nameEnd(tokens, actors, places, head.to());
                if (end > head.to()) {
                    places.add(place(tokens, head.to(), end));
                    i = end - 1;
                    continue;
                }
            }
            PhraseMatcher.Match<Boolean> tail = after.matchAt(tokens, i);
            if (tail != null && i > 0) {
                int start = nameStart(tokens, actors, places, i);
                if (start < i) {
                    places.add(place(tokens, start, i));
                }
                i = tail.to() - 1;
            }
        }
    }

    private NameMention place(List<Token> tokens, int from, int to) {
        String name = ActorFinder.surface(tokens, from, to);
        Place p = gazetteer.placeByPattern(name);
        return new NameMention(from, to, new Span(tokens.get(from).start(), tokens.get(to - 1).end()), p.id(), name);
    }

    private int nameEnd(List<Token> tokens, List<ActorMention> actors, List<NameMention> places, int at) {
        int k = at;
        while (k < tokens.size() && k - at < MAX_NAME_TOKENS && nameWord(tokens, actors, places, k)) {
            k++;
        }
        return k;
    }

    private int nameStart(List<Token> tokens, List<ActorMention> actors, List<NameMention> places, int end) {
        int k = end;
        while (k > 0 && end - k < MAX_NAME_TOKENS && nameWord(tokens, actors, places, k - 1)) {
            k--;
        }
        return k;
    }

    /** A capitalised word that no name found already covers and that is no month, weekday or role. */
    private boolean nameWord(List<Token> tokens, List<ActorMention> actors, List<NameMention> places, int k) {
        Token t = tokens.get(k);
        if (!t.word() || !Character.isUpperCase(t.text().charAt(0)) || roles.notNames.contains(t.lower())
                || roles.roleWords.contains(t.lower())) {
            return false;
        }
        for (ActorMention a : actors) {
            if (a.from() <= k && k < a.to()) {
                return false;
            }
        }
        for (NameMention p : places) {
            if (p.from() <= k && k < p.to()) {
                return false;
            }
        }
        return true;
    }
}
