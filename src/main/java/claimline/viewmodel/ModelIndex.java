package claimline.viewmodel;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
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
    private final Map<String, List<String>> partiesOfEvent = new HashMap<>();
    private final Map<String, Boolean> contested = new HashMap<>();
    private final Map<String, String> searchText = new HashMap<>();
    private final Map<String, Integer> eventsPerActor = new HashMap<>();
    private final List<Event> eventsInTimeOrder;

    public ModelIndex(EventModel model) {
        this.model = model;
        this.actors = model.actorsById();
        this.documents = model.documentsById();
        for (Actor a : model.actors()) {
            partyOfActor.put(a.id(), resolveParty(a));
            if (a.type() == ActorType.STATE || a.type() == ActorType.ORGANIZATION && a.parent() == null) {
                if (a.party() != null) {
                    partyNames.putIfAbsent(a.party(), a.name());
                }
            }
        }
        for (Event e : model.events()) {
            Set<String> parties = new LinkedHashSet<>();
            Set<String> claimParties = new LinkedHashSet<>();
            for (Claim c : e.claims()) {
                String p = partyOf(c.claimant());
                if (!p.equals(NO_PARTY)) {
                    claimParties.add(p);
                }
            }
            for (String a : e.actors()) {
                String p = partyOf(a);
                if (!p.equals(NO_PARTY)) {
                    parties.add(p);
                }
            }
            parties.addAll(claimParties);
            partiesOfEvent.put(e.id(), List.copyOf(parties));
            contested.put(e.id(), claimParties.size() > 1 || !e.disagreements().isEmpty());
            StringBuilder text = new StringBuilder(e.title());
            e.claims().forEach(c -> text.append('\n').append(c.text()));
            searchText.put(e.id(), text.toString().toLowerCase(Locale.ROOT));
            for (String a : participants(e)) {
                eventsPerActor.merge(a, 1, Integer::sum);
            }
        }
        List<Event> sorted = new ArrayList<>(model.events());
        sorted.sort(Comparator.comparingLong((Event e) -> e.time().startEpochSecond()).thenComparing(Event::id));
        this.eventsInTimeOrder = Collections.unmodifiableList(sorted);
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
            return "No party";
        }
        return partyNames.getOrDefault(party, party);
    }

    public String actorName(String actorId) {
        Actor a = actors.get(actorId);
        return a == null ? actorId : a.name();
    }

    public Actor actor(String actorId) { return actors.get(actorId); }

    public Document document(String id) { return documents.get(id); }

    /** Parties taking part in an event or claiming about it, actors' parties first. */
    public List<String> parties(Event e) {
        return partiesOfEvent.getOrDefault(e.id(), List.of());
    }

    /** Claims by opposing parties, or recorded disagreements. */
    public boolean isContested(Event e) {
        return contested.getOrDefault(e.id(), false);
    }

    public String searchText(Event e) {
        return searchText.getOrDefault(e.id(), "");
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

    /** Party keys in a stable order: by number of events, then name. */
    public List<String> partiesByWeight() {
        Map<String, Integer> weight = new HashMap<>();
        model.events().forEach(e -> parties(e).forEach(p -> weight.merge(p, 1, Integer::sum)));
        List<String> out = new ArrayList<>(weight.keySet());
        out.sort(Comparator.comparing((String p) -> -weight.get(p)).thenComparing(this::partyName));
        return out;
    }
}
