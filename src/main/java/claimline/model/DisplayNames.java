package claimline.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names people are shown for actors, parties and documents, never internal ids. An actor goes by its name, except
 * an outlet the articles never name: the reader makes one up per document ("the outlet of 003_6abafbfe…"), which
 * only repeats an id, so it goes by the file name of the article it wrote instead. A document goes by its title and
 * its outlet by name, each falling back to the file name.
 */
public final class DisplayNames {
    private final Map<String, String> actors = new HashMap<>();
    private final Map<String, String> parties;
    private final Map<String, Document> documents;

    private DisplayNames(EventModel model) {
        documents = model.documentsById();
        parties = EventModel.partyNames(model.actors());
        Set<String> outletNames = new HashSet<>();
        model.documents().forEach(d -> {
            if (d.outlet() != null) {
                outletNames.add(d.outlet());
            }
        });
        // the first document each actor speaks in, for outlets that have nothing but a document to go by: looked
        // for only for the outlets that may need it (a corpus of 100,000 events has hundreds of thousands of sources)
        Set<String> mayNeedIt = new HashSet<>();
        for (Actor a : model.actors()) {
            if (a.type() == ActorType.MEDIA && a.party() == null && !outletNames.contains(a.name())) {
                mayNeedIt.add(a.id());
            }
        }
        Map<String, String> firstDocument = new HashMap<>();
        if (!mayNeedIt.isEmpty()) {
            for (Event e : model.events()) {
                for (Claim c : e.claims()) {
                    if (mayNeedIt.contains(c.claimant())) {
                        for (Source s : c.sources()) {
                            firstDocument.merge(c.claimant(), s.document(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                }
            }
        }
        for (Actor a : model.actors()) {
            String name = a.name();
            Document d = mayNeedIt.contains(a.id()) ? documents.get(firstDocument.get(a.id())) : null;
            boolean unnamedOutlet = d != null && (d.outlet() == null || d.outlet().isBlank());
            actors.putIfAbsent(a.id(), unnamedOutlet ? fileName(d) : name);
        }
    }

    public static DisplayNames of(EventModel model) {
        return new DisplayNames(model);
    }

    /** An actor's name; an unknown id stays as it is (a correction may name one the model lacks). */
    public String actor(String id) {
        return actors.getOrDefault(id, id);
    }

    /** A party's name ("Armenia" for ARM); an unknown code stays as it is. */
    public String party(String code) {
        return parties.getOrDefault(code, code);
    }

    /** An actor id or, failing that, a party code, by name: the sides of a disagreement are either. */
    public String actorOrParty(String key) {
        return actors.containsKey(key) ? actors.get(key) : party(key);
    }

    public Document document(String id) {
        return documents.get(id);
    }

    /** The outlet that published a document, or its file name when the article names none. */
    public static String outlet(Document d) {
        return d.outlet() == null || d.outlet().isBlank() ? fileName(d) : d.outlet();
    }

    /** A document's headline, or its file name when it has none. */
    public static String title(Document d) {
        return d.title() == null || d.title().isBlank() ? fileName(d) : d.title();
    }

    /** The last part of a document's path: what the analyst sees in the corpus folder. */
    public static String fileName(Document d) {
        String p = d.path().replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        return name.isEmpty() ? d.id() : name;
    }

    /** Names of all the given ids, in order. */
    public List<String> actors(List<String> ids) {
        return ids.stream().map(this::actor).toList();
    }
}
