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
import java.util.Set;
import java.util.TreeSet;

/**
 * Places the gazetteer does not know, found by pattern (reading guide, section 2 of issue 11's "unknown conflicts"):
 * a place word before a capitalised name ("di desa Banjska", "provinsi Gyeonggi", "near the town of Zarumilla") or
 * after it ("Sagaing region", "Kanbalu township"). A town or village found so ("desa Banjska") takes GeoNames'
 * coordinates when the countries the article has named so far single one out ({@link TownsMeant}, kept per collection);
 * any other such place has a name and no coordinates.
 */
final class PlaceFinder {
    private static final int MAX_NAME_TOKENS = 3;
    private static final Map<String, Patterns> CACHE = new HashMap<>();
    private final Gazetteer gazetteer;
    private final Patterns patterns;
    /** The countries (ISO alpha-3) the document has named up to the sentence read now: states, their people, places. */
    private final Set<String> countries = new TreeSet<>();
    /** The names this document has given a place word ("daerah Naku La"): the same name later is that place. */
    private final Map<String, String> named = new HashMap<>();
    /** The towns this document means by the names it found by pattern. */
    private final TownsMeant.Builder townsMeant = new TownsMeant.Builder();

    /** A language's place words, read once. */
    private record Patterns(PhraseMatcher<Boolean> before, PhraseMatcher<Boolean> after, RoleLexicon roles) {}

    /** A finder for one document (it gathers the document's countries as it reads); the patterns are shared. */
    static synchronized PlaceFinder of(Gazetteer gazetteer, Language language) {
        return new PlaceFinder(gazetteer, CACHE.computeIfAbsent(language.code(), c -> patterns(language)));
    }

    private static Patterns patterns(Language language) {
        PhraseMatcher<Boolean> before = new PhraseMatcher<>();
        PhraseMatcher<Boolean> after = new PhraseMatcher<>();
        LexiconFile f = language.open("places.json");
        f.lowerPhrases("before_name").forEach(p -> before.add(p, Boolean.TRUE));
        f.lowerPhrases("after_name").forEach(p -> after.add(p, Boolean.TRUE));
        f.finish();
        return new Patterns(before, after, RoleLexicon.of(language));
    }

    private PlaceFinder(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    /** Adds the places of one sentence that the gazetteer did not find; names already taken are left alone. */
    void find(List<Token> tokens, List<ActorMention> actors, List<NameMention> places) {
        noteCountries(actors, places);
        if (PeopleFinder.titleCase(tokens)) {
            return; // a headline capitalises every word: no telling a name from the words around it
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatcher.Match<Boolean> head = patterns.before().matchAt(tokens, i);
            if (head != null) {
                int end = nameEnd(tokens, actors, places, head.to());
                if (end > head.to()) {
                    places.add(place(tokens, head.to(), end, settlement(tokens, head)));
                    i = end - 1;
                    continue;
                }
            }
            PhraseMatcher.Match<Boolean> tail = patterns.after().matchAt(tokens, i);
            if (tail != null && i > 0) {
                int start = nameStart(tokens, actors, places, i);
                if (start < i) {
                    places.add(place(tokens, start, i, settlement(tokens, tail)));
                }
                i = tail.to() - 1;
                continue;
            }
            int again = namedBefore(tokens, actors, places, i);
            if (again > i) {
                String name = ActorFinder.surface(tokens, i, again);
                places.add(new NameMention(i, again, new Span(tokens.get(i).start(), tokens.get(again - 1).end()),
                        named.get(name), name));
                i = again - 1;
            }
        }
    }

    /**
     * The end of a name found with a place word earlier in the document that starts at {@code i} ("di Naku La" after
     * "daerah Naku La"), the longest, as a whole name (no capitalised word right before); {@code i} when none.
     */
    private int namedBefore(List<Token> tokens, List<ActorMention> actors, List<NameMention> places, int i) {
        if (named.isEmpty() || i > 0 && nameWord(tokens, actors, places, i - 1)) {
            return i;
        }
        for (int end = Math.min(tokens.size(), i + MAX_NAME_TOKENS); end > i; end--) {
            boolean words = true;
            for (int k = i; k < end && words; k++) {
                words = nameWord(tokens, actors, places, k);
            }
            if (words && (end == tokens.size() || !nameWord(tokens, actors, places, end))
                    && named.containsKey(ActorFinder.surface(tokens, i, end))) {
                return end;
            }
        }
        return i;
    }

    private void noteCountries(List<ActorMention> actors, List<NameMention> places) {
        for (ActorMention a : actors) {
            String c = gazetteer.countryOf(a.actorId());
            if (c != null) {
                countries.add(c);
            }
        }
        for (NameMention p : places) {
            String c = gazetteer.place(p.id()).country();
            if (c != null) {
                countries.add(c);
            }
        }
    }

    private boolean settlement(List<Token> tokens, PhraseMatcher.Match<Boolean> placeWords) {
        for (int k = placeWords.from(); k < placeWords.to(); k++) {
            if (gazetteer.settlementWord(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The towns the document has meant so far by the names it found by pattern. */
    TownsMeant townsMeant() { return townsMeant.build(); }

    private NameMention place(List<Token> tokens, int from, int to, boolean settlement) {
        String name = ActorFinder.surface(tokens, from, to);
        Place p = gazetteer.placeByPattern(name);
        if (settlement) {
            townsMeant.town(p.id(), gazetteer.townIn(name, countries));
        } else {
            townsMeant.notATown(p.id());
        }
        named.putIfAbsent(name, p.id());
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
        if (!t.word() || !Character.isUpperCase(t.text().charAt(0)) || patterns.roles().notNames.contains(t.lower())
                || patterns.roles().roleWords.contains(t.lower())) {
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
