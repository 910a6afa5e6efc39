package claimline.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole reading of a corpus: what the export writes and the app shows. */
public record EventModel(String generator, List<Document> documents, List<Actor> actors, List<Place> places,
                         List<Event> events, List<Problem> problems) {
    public EventModel {
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    public Map<String, Document> documentsById() {
        return documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    public Map<String, Actor> actorsById() {
        return actors.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    }

    public Map<String, Place> placesById() {
        return places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The side an actor speaks for (its party, or its parent's), or null: an outlet speaks for none. */
    public String sideOf(String actorId) {
        return sideOf(actorsById(), actorId);
    }

    /** {@link #sideOf(String)} over actors by id, for a reader or a corrector that has no model yet. */
    public static String sideOf(Map<String, Actor> actorsById, String actorId) {
        Actor a = actorsById.get(actorId);
        int guard = 0;
        while (a != null && a.party() == null && a.parent() != null && guard++ < 16) {
            a = actorsById.get(a.parent());
        }
        return a == null ? null : a.party();
    }

    /**
     * How the export and the views name an actor id or a party code in a disagreement: the actor's name, else the
     * name of the state or top-level organisation that is the party, else the code itself.
     */
    public Function<String, String> namer() {
        return namer(actors);
    }

    /** {@link #namer()} over a list of actors, for a reader that has not built the model yet. */
    public static Function<String, String> namer(List<Actor> actors) {
        Map<String, Actor> byId = new java.util.HashMap<>();
        actors.forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, String> partyNames = partyNames(actors);
        return id -> {
            Actor a = byId.get(id);
            if (a != null) {
                return a.name();
            }
            return partyNames.getOrDefault(id, id);
        };
    }

    /**
     * The name of each party: that of the actor that is the party itself (a state, an armed group, a top-level
     * organisation: no parent), the one whose id is the code first ("HEZBOLLAH" is the group "hezbollah").
     */
    public static Map<String, String> partyNames(List<Actor> actors) {
        Map<String, String> names = new java.util.HashMap<>();
        for (Actor a : actors) {
            if (a.party() != null && a.id().equals(a.party().toLowerCase(java.util.Locale.ROOT))) {
                names.put(a.party(), a.name());
            }
        }
        for (Actor a : actors) {
            boolean isTheParty = a.parent() == null && (a.type() == ActorType.STATE || a.type() == ActorType.GROUP
                    || a.type() == ActorType.ORGANIZATION);
            if (isTheParty && a.party() != null) {
                names.putIfAbsent(a.party(), a.name());
            }
        }
        return names;
    }

    /** The sentences of an event's disagreements, as the export writes them. */
    public List<String> disagreementTexts(Event e) {
        Function<String, String> name = namer();
        return e.disagreements().stream().map(d -> d.text(name)).toList();
    }

    /** The party an actor speaks for, following parents; the actor's own id when it has none. */
    public String partyOf(String actorId) {
        Map<String, Actor> byId = actorsById();
        Actor a = byId.get(actorId);
        int guard = 0;
        while (a != null && a.party() == null && a.parent() != null && guard++ < 16) {
            a = byId.get(a.parent());
        }
        return a == null ? actorId : a.party() != null ? a.party() : a.id();
    }
}
