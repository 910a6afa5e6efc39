package claimline.reading.events;

import java.util.Locale;
import claimline.reading.actors.Gazetteer;
import claimline.model.EventType;
import claimline.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Where the parties' versions of one event contradict each other: the time, the places, who started it, denials. */
public final class Disagreements {
    private Disagreements() {}

    static List<String> of(List<Mention> ms, Gazetteer g, Function<Mention, String> claimant) {
        Map<String, List<Mention>> byParty = new TreeMap<>();
        for (Mention m : ms) {
            String p = g.partyOf(claimant.apply(m));
            if (p != null) {
                byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(m);
            }
        }
        List<String> out = new ArrayList<>();
        if (byParty.size() < 2) {
            denials(ms, g, claimant, out);
            return out;
        }
        Map<String, String> days = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        Map<String, String> blames = new LinkedHashMap<>();
        Map<String, String> tolls = new LinkedHashMap<>();
        byParty.forEach((party, list) -> {
            list.stream().filter(Mention::ownTime).findFirst()
                    .ifPresent(m -> days.put(party, m.time().start().date().toString()));
            TreeSet<String> ps = new TreeSet<>();
            list.forEach(m -> m.places().forEach(id -> ps.add(g.place(id) == null ? id : g.place(id).name())));
            if (!ps.isEmpty()) {
                places.put(party, String.join(", ", ps));
            }
            list.stream().filter(m -> m.stance() == Stance.ASSERTS && !m.casualties().isEmpty()).findFirst()
                    .ifPresent(m -> tolls.put(party, String.join(", ", m.casualties())));
            list.stream().filter(m -> m.type() == EventType.ATTACK || m.type() == EventType.ARMED_CLASH)
                    .filter(m -> m.stance() == Stance.ASSERTS && m.agentParty() != null && !m.agentParty().equals(party))
                    .findFirst().ifPresent(m -> blames.put(party, m.agentParty()));
        });
        if (days.values().stream().distinct().count() > 1) {
            out.add("time: " + describe(days, g, "dates it"));
        }
        if (places.size() > 1 && places.values().stream().distinct().count() > 1) {
            out.add("places: " + describe(places, g, "names"));
        }
        if (tolls.size() > 1 && tolls.values().stream().distinct().count() > 1) {
            out.add("casualties: " + describe(tolls, g, "reports"));
        }
        if (blames.size() > 1) {
            Map<String, String> named = new LinkedHashMap<>();
            blames.forEach((p, q) -> named.put(p, name(g, q)));
            out.add("who started it: " + describe(named, g, "blames"));
        }
        denials(ms, g, claimant, out);
        return out;
    }

    private static void denials(List<Mention> ms, Gazetteer g, Function<Mention, String> claimant, List<String> out) {
        new TreeSet<>(ms.stream().filter(m -> m.stance() == Stance.DENIES).map(claimant).toList())
                .forEach(c -> out.add("denial: " + name(g, c) + " denies the account"));
    }

    private static String describe(Map<String, String> byParty, Gazetteer g, String verb) {
        List<String> parts = new ArrayList<>();
        byParty.forEach((p, v) -> parts.add(name(g, p) + " " + verb + " " + v));
        return String.join("; ", parts);
    }

    private static String name(Gazetteer g, String id) {
        claimline.model.Actor a = g.actor(id.toLowerCase(Locale.ROOT));
        if (a == null) {
            a = g.actor(id);
        }
        return a != null ? a.name() : id;
    }
}
