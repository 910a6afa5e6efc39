package claimline.viewmodel;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.DisplayNames;
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
    private Map<Event, Info> infos;
    private final Info[] sortedInfos;
    private final Map<Event, String> searchText = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<String, Integer> eventsPerActor = new HashMap<>();
    private final List<Event> eventsInTimeOrder;
    private final List<Info> infosInTimeOrder;
    private final List<TimelineItem> timelineItems;
    private final EventColumns columns;
    private final Map<claimline.timeline.LaneMode, claimline.timeline.TimelineLayout> layouts =
            new java.util.EnumMap<>(claimline.timeline.LaneMode.class);
    private final Map<String, Integer> eventsPerParty;
    private int claimCount;
    private int eventsWithoutParty;
    private final DisplayNames names;
    private final Involvement involvement;
    private Map<String, Event> eventsById;
    private final Map<String, Integer> actorNumbers = new HashMap<>();
    private final List<String> partyByNumber = new ArrayList<>();
    private final Map<List<String>, List<String>> internedPartyLists = new HashMap<>();
    private final Map<Involvement.Distinct, Actors> actorsByList = new HashMap<>();
    private final Involvement.Distinct scratch = new Involvement.Distinct(8);
    private final java.util.function.Function<String, String> partyOfActorId = this::partyOf;
    private Set<String> lastBitsFor;
    private java.util.BitSet lastBits;

    public ModelIndex(EventModel model) {
        this.model = model;
        this.actors = model.actorsById();
        this.documents = model.documentsById();
        this.names = DisplayNames.of(model);
        partyNames.putAll(EventModel.partyNames(model.actors()));
        for (Actor a : model.actors()) {
            partyOfActor.put(a.id(), resolveParty(a));
        }
        involvement = new Involvement(this::partyOf, model.actors());
        // The facts are built in the order the events were read (their memory's order) and put where they go in time
        // order; filters then read the columns (flat arrays and bits by position), not the facts.
        List<Event> events = model.events();
        long[] starts = new long[events.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = events.get(k).time().startEpochSecond();
        }
        int[] order = claimline.model.TimeOrder.of(events, starts);
        int[] position = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        Info[] sorted = new Info[order.length];
        TimelineItem[] items = new TimelineItem[order.length];
        EventColumns.Builder columnsOf = new EventColumns.Builder(order.length);
        Map<List<String>, int[]> perPartyList = new java.util.IdentityHashMap<>();
        for (int k = 0; k < order.length; k++) {
            // one call per event: the loop runs compiled from the start (100,000 turns of a long loop body would
            // mostly be interpreted before the compiler replaced it)
            place(events.get(k), starts[k], position[k], sorted, items, columnsOf, perPartyList);
        }
        this.columns = columnsOf.build(actorNumbers.size());
        for (Map.Entry<String, Integer> a : actorNumbers.entrySet()) {
            int count = columns.ofActor(a.getValue()).length;
            if (count > 0) {
                eventsPerActor.put(a.getKey(), count);
            }
        }
        Map<String, Integer> weight = new HashMap<>();
        perPartyList.forEach((parties, count) -> parties.forEach(p -> weight.merge(p, count[0], Integer::sum)));
        this.eventsPerParty = Collections.unmodifiableMap(weight);
        // views of the one array, not copies: each copy of 100,000 references costs milliseconds (write barriers)
        this.sortedInfos = sorted;
        this.infosInTimeOrder = Collections.unmodifiableList(java.util.Arrays.asList(sorted));
        this.eventsInTimeOrder = new Column<>(sorted, Info::event);
        this.timelineItems = Collections.unmodifiableList(java.util.Arrays.asList(items));
    }

    /** Finds an event's facts and puts them at their place in time order, in the columns and in the counts. */
    private void place(Event e, long start, int at, Info[] sorted, TimelineItem[] items,
                       EventColumns.Builder columnsOf, Map<List<String>, int[]> perPartyList) {
        Info info = info(e, start, this);
        sorted[at] = info;
        items[at] = info.item(); // the timeline reads 100,000 of them straight from an array
        columnsOf.add(at, info);
        claimCount += e.claims().size();
        perPartyList.computeIfAbsent(info.parties(), x -> new int[1])[0]++;
        for (int n : info.involvedNumbers()) {
            if (partyOfNumber(n).equals(NO_PARTY)) {
                eventsWithoutParty++;
                return;
            }
        }
    }

    /** Each event's facts by the event itself; made on the first lookup (the first frame does not need it). */
    private synchronized Map<Event, Info> infos() {
        if (infos == null) {
            Map<Event, Info> byEvent = new java.util.IdentityHashMap<>(sortedInfos.length);
            for (Info i : sortedInfos) {
                byEvent.put(i.event(), i);
            }
            infos = byEvent;
        }
        return infos;
    }

    /** One fact of each event in time order, read from its {@link Info}: a list that is never changed. */
    private static final class Column<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final Info[] infos;
        private final java.util.function.Function<Info, T> fact;

        Column(Info[] infos, java.util.function.Function<Info, T> fact) {
            this.infos = infos;
            this.fact = fact;
        }

        @Override
        public T get(int index) {
            return fact.apply(infos[index]);
        }

        @Override
        public int size() {
            return infos.length;
        }
    }

    /**
     * What the views ask of an event again and again, computed once: its parties (actors' first), whether it is
     * contested, the actors it involves (see {@link #involved(Event)}) and their numbers, its time in epoch seconds,
     * its number of sources, and its timeline item.
     */
    public record Info(Event event, claimline.model.EventType type, List<String> parties, boolean contested,
                       Set<String> involved, int[] involvedNumbers, long start, long end, int sources,
                       TimelineItem item) {}

    /** JSON names of the event types, made once and shared by every item (not a new string per event). */
    private static final String[] TYPE_NAMES = java.util.Arrays.stream(claimline.model.EventType.values())
            .map(claimline.model.EventType::json).toArray(String[]::new);

    private static Info info(Event e, long start, ModelIndex index) {
        Actors actors = index.actorsOf(e);
        int sources = 0;
        for (int i = 0; i < e.claims().size(); i++) {
            sources += e.claims().get(i).sources().size();
        }
        boolean contested = Contest.isContested(e, index.partyOfActorId);
        long end = e.time().endEpochSecond();
        TimelineItem item = new TimelineItem(e.id(), e.title(), TYPE_NAMES[e.type().ordinal()], start, end,
                e.time().precision() == Precision.MINUTE,
                e.time().basis() == TimeBasis.DOCUMENT || e.time().basis() == TimeBasis.CORPUS, contested,
                e.background(), actors.parties(), sources);
        return new Info(e, e.type(), actors.parties(), contested, actors.involved(), actors.numbers(), start, end,
                sources, item);
    }

    /**
     * What events of the same actors (in the same order) share: the set of them, their numbers, their parties. Made
     * once per distinct list of actors (a corpus has a few hundred), not per event: the facts of 100,000 events then
     * hold few objects of their own, and the collector copies few while the index is built.
     */
    private record Actors(Set<String> involved, int[] numbers, List<String> parties) {}

    private synchronized Actors actorsOf(Event e) {
        involvement.collect(e, scratch);
        Actors known = actorsByList.get(scratch);
        if (known != null) {
            return known;
        }
        String[] involved = scratch.values();
        int[] numbers = new int[involved.length];
        String[] parties = new String[involved.length];
        int partyCount = 0;
        for (int k = 0; k < involved.length; k++) {
            numbers[k] = actorNumber(involved[k]);
            String p = partyOf(involved[k]);
            if (!p.equals(NO_PARTY) && !Involvement.contains(parties, partyCount, p)) {
                parties[partyCount++] = p;
            }
        }
        Actors made = new Actors(Involvement.set(involved), numbers,
                intern(List.of(java.util.Arrays.copyOf(parties, partyCount))));
        actorsByList.put(scratch.copy(), made);
        return made;
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
            eventsById = new HashMap<>(sortedInfos.length * 2);
            for (Info i : sortedInfos) {
                eventsById.put(i.event().id(), i.event());
            }
        }
        return eventsById.get(id);
    }

    /** Whether this very event object belongs to the indexed model. */
    public boolean contains(Event e) {
        return infos().containsKey(e);
    }

    /** The event's precomputed facts (events are looked up by identity: they are records with deep equality). */
    public Info info(Event e) {
        Info i = infos().get(e);
        return i != null ? i : info(e, e.time().startEpochSecond(), this);
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
        return names.actorOrParty(actorOrParty);
    }

    /** An actor as people see it named (an outlet the articles never name goes by its article's file name). */
    public String actorName(String actorId) {
        return names.actor(actorId);
    }

    /** Why the event is contested; no reasons when it is not. */
    public Contest contest(Event e) {
        return Contest.of(e, this::partyOf);
    }

    public Actor actor(String actorId) { return actors.get(actorId); }

    public Document document(String id) { return documents.get(id); }

    /** Parties taking part in an event or claiming about it, actors' parties first. */
    public List<String> parties(Event e) {
        return info(e).parties();
    }

    /** A recorded disagreement between the parties, or a denial of another party's account ({@link Contest}). */
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

    /**
     * The one definition of "an actor's events", which the lanes, the counts in the filter and the filter itself all
     * use: the actors an event involves are those that take part in it, those that claim about it, and the parties
     * another claim blames for it (the accused, as the actor that is that party), whether or not they speak.
     */
    public Set<String> involved(Event e) {
        return new LinkedHashSet<>(involvement.of(e));
    }

    /** Number of events that involve an actor ({@link #involved(Event)}). */
    public int eventCount(String actorId) {
        return eventsPerActor.getOrDefault(actorId, 0);
    }

    /** Number of events that involve some actor of no party (an outlet). */
    public int eventsWithoutParty() {
        return eventsWithoutParty;
    }

    public List<Event> eventsInTimeOrder() { return eventsInTimeOrder; }

    /** The events' facts in time order, for passes over the whole corpus (filtering, the timeline). */
    public List<Info> infosInTimeOrder() { return infosInTimeOrder; }

    /** Every event's timeline item, in time order (position k is the event at position k of the time order). */
    public List<TimelineItem> timelineItems() { return timelineItems; }

    /** The facts filters test, by position in time order. */
    EventColumns columns() { return columns; }

    /** The position of an event in time order, or -1 when it is not in the model. */
    public int position(Event e) {
        Info info = infos().get(e);
        if (info == null) {
            return -1;
        }
        // among the events of the same start (the time order breaks ties by id), the very one
        for (int p = columns.startingAfter(info.start() - 1); p < infosInTimeOrder.size()
                && infosInTimeOrder.get(p).start() == info.start(); p++) {
            if (infosInTimeOrder.get(p) == info) {
                return p;
            }
        }
        return -1;
    }

    /** Number of events that involve an actor of each party: the number of events in its lane. */
    public Map<String, Integer> eventsPerParty() {
        return eventsPerParty;
    }

    /** First start and last end of the events; null when there are none (read from the columns, not the events). */
    public long[] timeBounds() {
        if (columns.size() == 0) {
            return null;
        }
        long max = Long.MIN_VALUE;
        for (int p = 0; p < columns.size(); p++) {
            max = Math.max(max, columns.end(p));
        }
        return new long[] {columns.start(0), max};
    }

    /**
     * The timeline's items sorted into lanes in a lane mode, all shown (lanes in no particular order, keys as
     * names): sorted once and kept, so that it is done where the model is prepared, off the FX thread, and the
     * timeline only orders, names and masks the lanes ({@link TimelineLayout#show}).
     */
    public claimline.timeline.TimelineLayout timelineLayout(claimline.timeline.LaneMode mode) {
        synchronized (layouts) {
            return layouts.computeIfAbsent(mode, m -> {
                claimline.timeline.TimelineLayout l = new claimline.timeline.TimelineLayout(timelineItems, m,
                        (a, b) -> 0, k -> k);
                l.breaks(); // the breaks of all items, which fitting a new corpus asks for
                return l;
            });
        }
    }

    /**
     * Builds now what the window looks up once the model is on show and the analyst selects (an event by id, an
     * event's facts, its item among the timeline's lanes), each otherwise built on its first lookup: for the reading
     * task to call after {@link CorrectionsViewModel#prepare}, off the FX thread, so that showing 70,000 events with
     * an event selected does not build three maps of them there. The first frame needs none of them.
     */
    public void buildLookups() {
        infos();
        event("");
        synchronized (layouts) {
            layouts.values().forEach(l -> l.indexOf(""));
        }
    }

    /** Party keys in a stable order: by number of events, then name. */
    public List<String> partiesByWeight() {
        Map<String, Integer> weight = eventsPerParty();
        List<String> out = new ArrayList<>(weight.keySet());
        out.sort(Comparator.comparing((String p) -> -weight.get(p)).thenComparing(this::partyName));
        return out;
    }
}
