package claimline.reading.actors;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.reading.events.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person across the articles of a collection: a spokesman one article names with his state ("China's foreign
 * ministry spokesman Zhao Lijian") and another only by name and role ("juru bicara Zhao Lijian") is one person, who
 * speaks for that state in both. A person found with no side takes the side of the people of the same name found with
 * one, when they all have the same side; a name two articles give two sides stays as it is. Run once over all the
 * mentions after every article is read, so that no article's reading depends on the order of the others.
 */
public final class PeopleAcrossArticles {
    private final Gazetteer gazetteer;

    public PeopleAcrossArticles(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions with each side-less person replaced by the person of the same name with a side, where one is. */
    public List<Mention> resolve(List<Mention> mentions) {
        Map<String, String> sided = sidedByName(mentions);
        if (sided.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(resolved(m, sided));
        }
        return out;
    }

    /** Side-less person id → the id of the one sided person of the same name. */
    private Map<String, String> sidedByName(List<Mention> mentions) {
        // each id looked up once (the gazetteer is shared and synchronized), not once per mention that names it
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.addAll(personIds(m)));
        Map<String, Set<String>> idsByName = new HashMap<>();
        Map<String, String> partyOf = new HashMap<>();
        for (String id : named) {
            Actor a = gazetteer.actor(id);
            if (a != null && a.type() == ActorType.PERSON) {
                idsByName.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(id);
                String party = gazetteer.partyOf(id);
                if (party != null) {
                    partyOf.put(id, party);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Set<String> ids : idsByName.values()) {
            List<String> withSide = ids.stream().filter(partyOf::containsKey).toList();
            if (withSide.stream().map(partyOf::get).distinct().count() != 1) {
                continue;
            }
            String target = withSide.get(0);
            ids.stream().filter(id -> !partyOf.containsKey(id)).forEach(id -> out.put(id, target));
        }
        return out;
    }

    private static Set<String> personIds(Mention m) {
        Set<String> ids = new HashSet<>(m.people());
        if (m.claimant() != null) {
            ids.add(m.claimant());
        }
        ids.addAll(m.actors());
        return ids;
    }

    private Mention resolved(Mention m, Map<String, String> sided) {
        boolean touched = m.claimant() != null && sided.containsKey(m.claimant())
                || m.actors().stream().anyMatch(sided::containsKey) || m.people().stream().anyMatch(sided::containsKey);
        if (!touched) {
            return m;
        }
        String claimant = m.claimant() == null ? null : sided.getOrDefault(m.claimant(), m.claimant());
        List<String> actors = m.actors().stream().map(a -> sided.getOrDefault(a, a)).distinct().toList();
        Set<String> people = new HashSet<>();
        m.people().forEach(p -> people.add(sided.getOrDefault(p, p)));
        Set<String> parties = new HashSet<>(m.parties());
        m.actors().stream().filter(sided::containsKey).forEach(a -> parties.add(gazetteer.partyOf(sided.get(a))));
        return new Mention(m.document(), m.order(), m.source(), m.documentText(), m.type(), m.time(), m.ownTime(),
                claimant, m.stance(), actors, parties, people, m.places(), m.agentParty(), m.background(), m.supports(),
                m.casualties(), m.startSecond(), m.endSecond(), m.kind());
    }
}
