package claimline.viewmodel;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Precision;
import claimline.model.TimeBasis;
import claimline.timeline.TimelineItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lookups the views need over one model, computed once: the party each actor speaks for, the parties of each event,
 * whether an event is contested, and lower-cased text for search. Pure Java, so view-model tests need no toolkit.
 */
public final class ModelIndex {
    /** Shown for events and claims whose actors speak for no party (outlets' own narrative, for instance). */
    public static final String NO_PARTY = "";

    private final EventModel model;
    private final Map<String, Actor> actors;
    private final Map<String, Document> documents;
    private final Map<String, String> partyOfActor = new HashMap<>();
    private final Map<String, String> partyNames = new HashMap<>();
    private final Map<Event, Info> infos = new java.util.IdentityHashMap<>();
    private final Map<Event, String> searchText = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<String, Integer> eventsPerActor = new HashMap<>();
    private final List<Event> eventsInTimeOrder;
    private final List<Info> infosInTimeOrder;
    private Map<String, Integer> eventsPerParty;
    private int claimCount;
    private Map<String, Event> eventsById;
    private final Map<String, Integer> actorNumbers = new HashMap<>();
    private final List<String> partyByNumber = new ArrayList<>();
    private final Map<List<String>, List<String>> internedPartyLists = new HashMap<>();
    private Set<String> lastBitsFor;
    private java.util.BitSet lastBits;

    public ModelIndex(EventModel model) {
        this.model = model;
        this.actors = model.actorsById();
        this.documents = model.documentsById();
        partyNames.putAll(EventModel.partyNames(model.actors()));
        for (Actor a : model.actors()) {
            partyOfActor.put(a.id(), resolveParty(a));
        }
        // Sort first and build the facts in time order, so that passes over them (every filter change) walk memory
        // in order instead of jumping between events allocated in reading order.
        List<Event> events = model.events();
        long[] starts = new long[events.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = events.get(k).time().startEpochSecond();
        }
        Integer[] order = new Integer[starts.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer k) -> starts[k])
                .thenComparing(k -> events.get(k).id()));
        List<Info> sorted = new ArrayList<>(order.length);
        for (int k : order) {
            Event e = events.get(k);
            Info info = info(e, this);
            infos.put(e, info);
            sorted.add(info);
            claimCount += e.claims().size();
            for (String a : info.participants()) {
                eventsPerActor.merge(a, 1, Integer::sum);
            }
        }
        this.infosInTimeOrder = Collections.unmodifiableList(sorted);
        this.eventsInTimeOrder = sorted.stream().map(Info::event).toList();
    }

    /**
     * What the views ask of an event again and again, computed once: its parties (actors' first), whether it is
     * contested, its participants, its time in epoch seconds, its number of sources, and its timeline item.
     */
    public record Info(Event event, claimline.model.EventType type, List<String> parties, boolean contested, Set<String> participants,
                       int[] participantNumbers, int[] actorNumbers, int[] claimantNumbers, long start, long end,
                       int sources, TimelineItem item) {}

    private static Info info(Event e, ModelIndex index) {
        Set<String> parties = new LinkedHashSet<>();
        Set<String> claimParties = new LinkedHashSet<>();
        int sources = 0;
        for (Claim c : e.claims()) {
            String p = index.partyOf(c.claimant());
            if (!p.equals(NO_PARTY)) {
                claimParties.add(p);
            }
            sources += c.sources().size();
        }
        for (String a : e.actors()) {
            String p = index.partyOf(a);
            if (!p.equals(NO_PARTY)) {
                parties.add(p);
            }
        }
        parties.addAll(claimParties);
        List<String> partyList = index.intern(List.copyOf(parties));
        boolean contested = claimParties.size() > 1 || !e.disagreements().isEmpty();
        long start = e.time().startEpochSecond();
        long end = e.time().endEpochSecond();
        TimelineItem item = new TimelineItem(e.id(), e.title(), e.type().json(), start, end,
                e.time().precision() == Precision.MINUTE,
                e.time().basis() == TimeBasis.DOCUMENT || e.time().basis() == TimeBasis.CORPUS, contested,
                e.background(), partyList, sources);
        Set<String> participants = participants(e);
        int[] numbers = participants.stream().mapToInt(index::actorNumber).toArray();
        int[] actorNumbers = e.actors().stream().mapToInt(index::actorNumber).toArray();
        int[] claimantNumbers = e.claims().stream().mapToInt(c -> index.actorNumber(c.claimant())).toArray();
        return new Info(e, e.type(), partyList, contested, Collections.unmodifiableSet(participants), numbers,
                actorNumbers, claimantNumbers, start, end, sources, item);
    }

    /** A small number per actor id, so filters test participants against a bit set instead of hashing strings. */
    private synchronized int actorNumber(String actorId) {
        Integer n = actorNumbers.get(actorId);
        if (n == null) {
            n = actorNumbers.size();
            actorNumbers.put(actorId, n);
            partyByNumber.add(partyOf(actorId));
        }
        return n;
    }

    /** The party of the actor with this number ({@link #NO_PARTY} for none). */
    public String partyOfNumber(int n) {
        return partyByNumber.get(n);
    }

    /** The bit set of the given actors' numbers; the last one asked for is kept, as filters ask again and again. */
    public synchronized java.util.BitSet actorBits(Set<String> actorIds) {
        if (actorIds != lastBitsFor) {
            java.util.BitSet bits = new java.util.BitSet();
            for (String a : actorIds) {
                Integer n = actorNumbers.get(a);
                if (n != null) {
                    bits.set(n);
                }
            }
            lastBits = bits;
            lastBitsFor = actorIds;
        }
        return lastBits;
    }

    /**
     * One shared instance per distinct list of parties: events have few party combinations, and the timeline
     * groups items by the identity of their lane list.
     */
    public synchronized List<String> intern(List<String> parties) {
        return internedPartyLists.computeIfAbsent(parties, k -> k);
    }

    /** Number of claims in the model. */
    public int claimCount() {
        return claimCount;
    }

    /** The event with this id, or null; the map is built on the first lookup (hovering the timeline). */
    public synchronized Event event(String id) {
        if (eventsById == null) {
            eventsById = new HashMap<>(infos.size() * 2);
            infos.keySet().forEach(e -> eventsById.put(e.id(), e));
        }
        return eventsById.get(id);
    }

    /** Whether this very event object belongs to the indexed model. */
    public boolean contains(Event e) {
        return infos.containsKey(e);
    }

    /** The event's precomputed facts (events are looked up by identity: they are records with deep equality). */
    public Info info(Event e) {
        Info i = infos.get(e);
        return i != null ? i : info(e, this);
    }

    private String resolveParty(Actor a) {
        Actor cur = a;
        for (int guard = 0; cur != null && guard < 16; guard++) {
            if (cur.party() != null) {
                return cur.party();
            }
            cur = cur.parent() == null ? null : actors.get(cur.parent());
        }
        return NO_PARTY;
    }

    public EventModel model() { return model; }

    /** The party an actor speaks for, or {@link #NO_PARTY}. */
    public String partyOf(String actorId) {
        return partyOfActor.getOrDefault(actorId, NO_PARTY);
    }

    /** A readable name for a party key: the state or organisation that heads it. */
    public String partyName(String party) {
        if (party == null || party.equals(NO_PARTY)) {
            return Texts.get("party.none");
        }
        return partyNames.getOrDefault(party, party);
    }

    /** An event's disagreements as sentences in the interface's words, naming parties and claimants as the export does. */
    public List<String> disagreementTexts(Event e) {
        return e.disagreements().stream().map(d -> FactTexts.sentence(d, this::nameOf)).toList();
    }

    /** The name of an actor id or, failing that, of a party code. */
    public String nameOf(String actorOrParty) {
        Actor a = actors.get(actorOrParty);
        return a != null ? a.name() : partyNames.getOrDefault(actorOrParty, actorOrParty);
    }

    public String actorName(String actorId) {
        Actor a = actors.get(actorId);
        return a == null ? actorId : a.name();
    }

    public Actor actor(String actorId) { return actors.get(actorId); }

    public Document document(String id) { return documents.get(id); }

    /** Parties taking part in an event or claiming about it, actors' parties first. */
    public List<String> parties(Event e) {
        return info(e).parties();
    }

    /** Claims by opposing parties, or recorded disagreements. */
    public boolean isContested(Event e) {
        return info(e).contested();
    }

    /** Title and claims, lower-cased; made on the first search, not for every model shown. */
    public String searchText(Event e) {
        return searchText.computeIfAbsent(e, x -> {
            StringBuilder text = new StringBuilder(x.title());
            x.claims().forEach(c -> text.append('\n').append(c.text()));
            return text.toString().toLowerCase(Locale.ROOT);
        });
    }

    /** Actors that take part in an event or claim about it. */
    public static Set<String> participants(Event e) {
        Set<String> out = new LinkedHashSet<>(e.actors());
        e.claims().forEach(c -> out.add(c.claimant()));
        return out;
    }

    /** Number of events an actor takes part in or claims about. */
    public int eventCount(String actorId) {
        return eventsPerActor.getOrDefault(actorId, 0);
    }

    public List<Event> eventsInTimeOrder() { return eventsInTimeOrder; }

    /** The events' facts in time order, for passes over the whole corpus (filtering, the timeline). */
    public List<Info> infosInTimeOrder() { return infosInTimeOrder; }

    /** Number of events each party takes part in or claims about. */
    public synchronized Map<String, Integer> eventsPerParty() {
        if (eventsPerParty == null) {
            Map<String, Integer> weight = new HashMap<>();
            for (Info i : infos.values()) {
                for (String p : i.parties()) {
                    weight.merge(p, 1, Integer::sum);
                }
            }
            eventsPerParty = Collections.unmodifiableMap(weight);
        }
        return eventsPerParty;
    }

    /** Party keys in a stable order: by number of events, then name. */
    public List<String> partiesByWeight() {
        Map<String, Integer> weight = eventsPerParty();
        List<String> out = new ArrayList<>(weight.keySet());
        out.sort(Comparator.comparing((String p) -> -weight.get(p)).thenComparing(this::partyName));
        return out;
    }
}
