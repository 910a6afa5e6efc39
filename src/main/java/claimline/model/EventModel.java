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
