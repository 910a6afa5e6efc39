package claimline.reading.actors;

import claimline.reading.language.Tokenizer;
import claimline.reading.language.Token;
import claimline.reading.language.PhraseMatcher;
import claimline.reading.Assets;
import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Place;
import claimline.geo.GeoNames;
import claimline.geo.GeoPlace;
import claimline.geo.PlaceResolver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names of the world the reader knows: every state by its CLDR names in Indonesian and English, and the assets'
 * seats of power, organisations, people, institutions, places and past happenings. Adding a conflict is adding data.
 */
public final class Gazetteer {
    public enum Kind { STATE, SEAT, ORG, PERSON, PLACE, HISTORY }

    public record Entry(Kind kind, String id) {}

    public record Office(LocalDate from, LocalDate to) {}

    public record History(String id, String name, LocalDate start, LocalDate end, List<String> parties) {}

    public record InstitutionKind(String suffix, String nameTemplate, boolean speaking, ActorType type) {}

    private static Gazetteer instance;

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    /** Hand-made places whose coordinates GeoNames gives (looked up on first use: the gazetteer loads lazily). */
    private final Map<String, List<String>> placesFromGeoNames = new HashMap<>();
    private final Supplier<PlaceResolver> resolver;
    /** Words before or after a name that say it is a town or village, which GeoNames' populated places are. */
    private final Set<String> settlementWords;
    /** The zone each state's "local time" means: a fixed offset from states.json, else its IANA zone. */
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, Office> offices = new HashMap<>();
    private final Map<String, History> history = new LinkedHashMap<>();
    private final Map<String, List<String>> notBefore = new HashMap<>();
    private final Map<String, String> stateByLowerName = new HashMap<>();
    private final PhraseMatcher<Entry> names = new PhraseMatcher<>();
    private final PhraseMatcher<InstitutionKind> institutionHeads = new PhraseMatcher<>();
    /** Phrases that name an institution again without its state ("the army", "Kementerian Luar Negeri"). */
    private final PhraseMatcher<InstitutionKind> institutionsAlone = new PhraseMatcher<>();
    private final Map<String, InstitutionKind> institutionKinds = new HashMap<>();
    /** Words that may stand between an institution's head and its state ("sumber keamanan di Lebanon"). */
    private Set<String> institutionConnectors = Set.of();

    public static synchronized Gazetteer get() {
        if (instance == null) {
            instance = new Gazetteer();
        }
        return instance;
    }

    private Gazetteer() {
        // GeoNames is read the first time a place needs it, not with the rest: it takes most of a second
        this.resolver = memoized(() -> new PlaceResolver(GeoNames.bundled()));
        this.settlementWords = Set.copyOf(Assets.strings(Assets.json("gazetteer/geonames.json").get("settlement_words")));
        loadStates();
        loadOrganizations();
        loadPeople();
        loadInstitutions();
        loadPlaces();
        loadHistory();
    }

    private void loadStates() {
        JsonNode root = Assets.json("gazetteer/states.json");
        // The hand-made aliases first: where a name could mean two states, the hand-made entry says which the news
        // means ("Congo", "Kongo" in a war report is the Democratic Republic, not Congo-Brazzaville).
        for (JsonNode s : root.get("states")) {
            String sid = s.get("iso3").asText().toLowerCase(Locale.ROOT);
            Assets.strings(s.get("aliases")).forEach(a -> addStateName(a, sid));
        }
        Locale id = Locale.forLanguageTag("id");
        for (String cc : Locale.getISOCountries()) {
            Locale l = new Locale("", cc);
            String iso3 = l.getISO3Country().toUpperCase(Locale.ROOT);
            String en = l.getDisplayCountry(Locale.ENGLISH);
            String sid = iso3.toLowerCase(Locale.ROOT);
            actors.put(sid, new Actor(sid, en, ActorType.STATE, iso3, null, List.of()));
            addStateName(en, sid);
            addStateName(l.getDisplayCountry(id), sid);
        }
        // Every country's English and Indonesian names, demonyms and capital (converted from npm data once, see
        // src/tools/gazetteer/countries.py): a conflict the hand-made entries do not know is still read.
        // … save a spelling that is a common word in English news ("Yeonpyeong Island" is no Iceland)
        Set<String> notNames = Set.copyOf(Assets.strings(root.get("not_state_names")));
        for (JsonNode c : Assets.json("gazetteer/countries.json").get("countries")) {
            String iso3 = c.get("iso3").asText();
            String sid = iso3.toLowerCase(Locale.ROOT);
            actors.putIfAbsent(sid, new Actor(sid, c.get("name").asText(), ActorType.STATE, iso3, null, List.of()));
            for (String field : List.of("names_en", "names_id", "demonyms")) {
                Assets.strings(c.get(field)).stream().filter(n -> !notNames.contains(n)).forEach(n -> addStateName(n, sid));
            }
            Assets.strings(c.get("capitals")).forEach(a -> names.add(a, new Entry(Kind.SEAT, sid)));
            if (c.hasNonNull("zone")) {
                zones.put(sid, ZoneId.of(c.get("zone").asText()));
            }
        }
        for (JsonNode s : root.get("states")) {
            String sid = s.get("iso3").asText().toLowerCase(Locale.ROOT);
            Assets.strings(s.get("seats")).forEach(a -> names.add(a, new Entry(Kind.SEAT, sid)));
            // a state's news agency tells the state's version: the state's institution of kind "media"
            Assets.strings(s.get("agencies")).forEach(a -> names.add(a, new Entry(Kind.ORG, sid + "-media")));
            if (s.hasNonNull("utc_offset")) {
                zones.put(sid, ZoneOffset.of(s.get("utc_offset").asText()));
            }
        }
        root.get("not_before").fields().forEachRemaining(e -> notBefore.put(e.getKey(), Assets.strings(e.getValue())));
    }

    private void addStateName(String name, String sid) {
        names.add(name, new Entry(Kind.STATE, sid));
        stateByLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), sid);
    }

    private void loadOrganizations() {
        for (JsonNode o : Assets.json("gazetteer/organizations.json").get("organizations")) {
            String oid = o.get("id").asText();
            ActorType type = o.hasNonNull("type") ? ActorType.valueOf(o.get("type").asText().toUpperCase(Locale.ROOT))
                    : ActorType.ORGANIZATION;
            actors.put(oid, new Actor(oid, o.get("name").asText(), type, o.get("party").asText(),
                    o.hasNonNull("parent") ? o.get("parent").asText() : null, List.of()));
            names.add(o.get("name").asText(), new Entry(Kind.ORG, oid));
            Assets.strings(o.get("aliases")).forEach(a -> names.add(a, new Entry(Kind.ORG, oid)));
        }
    }

    private void loadPeople() {
        for (JsonNode p : Assets.json("gazetteer/people.json").get("people")) {
            String name = p.get("name").asText();
            String pid = Slug.of(name);
            actors.put(pid, new Actor(pid, name, ActorType.PERSON, p.get("party").asText(),
                    p.hasNonNull("parent") ? p.get("parent").asText() : null, List.of()));
            names.add(name, new Entry(Kind.PERSON, pid));
            Assets.strings(p.get("aliases")).forEach(a -> names.add(a, new Entry(Kind.PERSON, pid)));
            if (p.hasNonNull("from") || p.hasNonNull("to")) {
                offices.put(pid, new Office(p.hasNonNull("from") ? LocalDate.parse(p.get("from").asText()) : null,
                        p.hasNonNull("to") ? LocalDate.parse(p.get("to").asText()) : null));
            }
        }
    }

    private void loadInstitutions() {
        JsonNode root = Assets.json("gazetteer/institutions.json");
        Set<String> speaking = Set.copyOf(Assets.strings(root.get("speaking")));
        institutionConnectors = Set.copyOf(Assets.strings(root.get("connectors")));
        for (JsonNode i : root.get("institutions")) {
            String suffix = i.get("suffix").asText();
            ActorType type = i.hasNonNull("type") ? ActorType.valueOf(i.get("type").asText().toUpperCase(Locale.ROOT)) : ActorType.INSTITUTION;
            InstitutionKind kind = new InstitutionKind(suffix, i.get("name").asText(), speaking.contains(suffix), type);
            institutionKinds.put(suffix, kind);
            Assets.strings(i.get("heads")).forEach(h -> institutionHeads.add(h, kind));
            if (i.has("alone")) {
                Assets.strings(i.get("alone")).forEach(h -> institutionsAlone.add(h, kind));
            }
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /**
     * The hand-made places: names and spellings the press uses, and coordinates only where GeoNames has none (regions,
     * villages under 1,000 people, lines); a place with a country and no coordinates takes GeoNames' in that country.
     */
    private void loadPlaces() {
        for (JsonNode p : Assets.json("gazetteer/places.json").get("places")) {
            String pid = p.get("id").asText();
            String country = p.hasNonNull("country") ? p.get("country").asText() : null;
            places.put(pid, new Place(pid, p.get("name").asText(), country,
                    p.hasNonNull("lat") ? p.get("lat").asDouble() : null,
                    p.hasNonNull("lon") ? p.get("lon").asDouble() : null, List.of()));
            names.add(p.get("name").asText(), new Entry(Kind.PLACE, pid));
            Assets.strings(p.get("aliases")).forEach(a -> names.add(a, new Entry(Kind.PLACE, pid)));
            if (country != null && !p.hasNonNull("lat")) {
                List<String> spellings = new ArrayList<>(List.of(p.get("name").asText()));
                spellings.addAll(Assets.strings(p.get("aliases")));
                placesFromGeoNames.put(pid, spellings);
            }
        }
    }

    private void loadHistory() {
        for (JsonNode h : Assets.json("gazetteer/history.json").get("events")) {
            String hid = h.get("id").asText();
            history.put(hid, new History(hid, h.get("name").asText(), LocalDate.parse(h.get("start").asText()),
                    LocalDate.parse(h.get("end").asText()), Assets.strings(h.get("parties"))));
            Assets.strings(h.get("aliases")).forEach(a -> names.add(a, new Entry(Kind.HISTORY, hid)));
        }
    }

    /** Names found in the tokens; a name followed by a word that says it is not a name ("Baku tembak") is dropped. */
    public List<PhraseMatcher.Match<Entry>> findNames(List<Token> tokens) {
        List<PhraseMatcher.Match<Entry>> out = new ArrayList<>();
        for (PhraseMatcher.Match<Entry> m : names.find(tokens)) {
            List<String> stops = notBefore.get(tokens.get(m.from()).text());
            if (stops != null && m.to() < tokens.size() && stops.contains(tokens.get(m.to()).lower())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    public PhraseMatcher<InstitutionKind> institutionHeads() { return institutionHeads; }

    public PhraseMatcher<InstitutionKind> institutionsAlone() { return institutionsAlone; }

    /** The kind of institution a suffix of an actor id names ("mfa"), or null. */
    public InstitutionKind institutionKind(String suffix) { return institutionKinds.get(suffix); }

    public boolean institutionConnector(String lowerWord) { return institutionConnectors.contains(lowerWord); }

    /** A state by a name that is off by one letter (a typo such as "Armena"), for names of five letters or more. */
    public String fuzzyState(String word) {
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String exact = stateByLowerName.get(w);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : stateByLowerName.entrySet()) {
            String n = e.getKey();
            if (n.length() >= 5 && Math.abs(n.length() - w.length()) <= 1 && !n.contains(" ") && editDistanceAtMostOne(n, w)) {
                return e.getValue();
            }
        }
        return null;
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (a.length() > b.length()) {
            return editDistanceAtMostOne(b, a);
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)));
        }
        return a.substring(i).equals(b.substring(i + 1));
    }

    /** The institution of a state ("arm-mod"), created from its kind's name template. */
    public synchronized Actor institution(String stateId, String suffix) {
        String iid = stateId + "-" + suffix;
        return actors.computeIfAbsent(iid, k -> {
            InstitutionKind kind = institutionKinds.get(suffix);
            String name = kind.nameTemplate().replace("{state}", actors.get(stateId).name());
            // The institution speaks for its state: its party is the state's, set here once for every use.
            return new Actor(iid, name, kind.type(), actors.get(stateId).party(), stateId, List.of());
        });
    }

    /**
     * A person found by role and name in an article ({@link PeopleFinder}): the gazetteer's own entry when it knows the
     * name, else one made now, with the side of the state or institution named with the role. The side is part of
     * the id, so that two articles that give one name two sides never make one actor's side depend on reading order.
     */
    public synchronized Actor person(String name, String party, String parent) {
        Actor known = actors.get(Slug.of(name));
        if (known != null && known.type() == ActorType.PERSON && !peopleByPattern.contains(known.id())) {
            return known;
        }
        String pid = Slug.of(name) + (party == null ? "" : "-" + party.toLowerCase(Locale.ROOT));
        peopleByPattern.add(pid);
        return actors.computeIfAbsent(pid, k -> new Actor(pid, name, ActorType.PERSON, party, parent, List.of()));
    }

    /**
     * The people made by {@link #person} (not the gazetteer's own): one an earlier article named with no side must not
     * stand for the same name that a later article gives a side.
     */
    private final Set<String> peopleByPattern = new java.util.HashSet<>();

    public synchronized Actor actor(String id) {
        if (!actors.containsKey(id)) {
            int dash = id.indexOf('-');
            if (dash == 3 && actors.containsKey(id.substring(0, 3)) && institutionKinds.containsKey(id.substring(4))) {
                return institution(id.substring(0, 3), id.substring(4));
            }
        }
        return actors.get(id);
    }

    public synchronized Place place(String id) {
        List<String> spellings = placesFromGeoNames.remove(id);
        if (spellings != null) {
            Place hand = places.get(id);
            spellings.stream().map(n -> resolver.get().resolveIn(n, hand.country())).flatMap(Optional::stream)
                    .findFirst().ifPresent(g -> places.put(id,
                            new Place(id, hand.name(), hand.country(), g.lat(), g.lon(), hand.aliases())));
        }
        return places.get(id);
    }

    /**
     * A place an article names by pattern ({@link PlaceFinder}): a place with the name under an id made of the name;
     * no country or coordinates are guessed. Which town the name means is the reader's to note
     * ({@link #townIn}, {@link TownsMeant}), so that reading one article never depends on the others read before it.
     */
    public synchronized Place placeByPattern(String name) {
        String pid = "place-" + Slug.of(name);
        return places.computeIfAbsent(pid, k -> new Place(pid, name, null, null, null, List.of()));
    }

    /** The GeoNames town of the name in the article's countries (ISO alpha-3), when they single one out. */
    public Optional<GeoPlace> townIn(String name, Set<String> articleCountries) {
        return resolver.get().resolve(name, articleCountries);
    }

    /** Whether a place word ("desa", "town") says the name beside it is a town or village. */
    boolean settlementWord(String lowerWord) { return settlementWords.contains(lowerWord); }

    /** The country (ISO alpha-3) an actor belongs to: a state's own, or its party's when that party is a state. */
    public String countryOf(String actorId) {
        String party = partyOf(actorId);
        if (party == null) {
            return null;
        }
        Actor state = actor(party.toLowerCase(Locale.ROOT));
        return state != null && state.type() == ActorType.STATE ? state.party() : null;
    }

    /** The state a name stands for (a state's name or its seat of power), or null. */
    public String stateByName(String name) {
        List<Token> tokens = Tokenizer.tokenize(name, 0, name.length());
        for (PhraseMatcher.Match<Entry> m : findNames(tokens)) {
            if (m.from() == 0 && (m.value().kind() == Kind.STATE || m.value().kind() == Kind.SEAT)) {
                return m.value().id();
            }
        }
        return null;
    }

    /** The zone of a state's "local time" (its offset on a day comes from the JDK's rules), or null. */
    public ZoneId zoneOf(String stateId) { return zones.get(stateId); }

    /**
     * The standard offset of a state's time where no day is known yet ("waktu Pyongyang" named beside a clock time),
     * or null. A fixed instant, so that the same text gives the same offset whenever it is read.
     */
    public ZoneOffset offsetOf(String stateId) {
        ZoneId z = zones.get(stateId);
        return z == null ? null : z.getRules().getStandardOffset(STANDARD_OFFSET_AT);
    }

    private static final java.time.Instant STANDARD_OFFSET_AT = java.time.Instant.parse("2024-01-01T00:00:00Z");

    public Office office(String personId) { return offices.get(personId); }

    public History history(String id) { return history.get(id); }

    /** The party an actor speaks for: every actor is made with it (an institution or an official takes its state's). */
    public String partyOf(String actorId) {
        Actor a = actor(actorId);
        return a == null ? null : a.party();
    }
}
