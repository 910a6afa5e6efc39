package claimline.reading.events;

import java.util.Locale;
import claimline.reading.actors.Gazetteer;
import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Disagreements;
import claimline.model.Fact;
import java.util.EnumMap;
import claimline.model.Place;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns an incident (its mentions) into an event: type, time, claims per claimant, title and disagreements. */
public final class EventBuilder {
    private final Gazetteer gazetteer;
    private final Function<String, String> outletOfDocument;
    private final Function<String, String> outletNames;

    public EventBuilder(Gazetteer gazetteer, Function<String, String> outletOfDocument, Function<String, String> outletNames) {
        this.gazetteer = gazetteer;
        this.outletOfDocument = outletOfDocument;
        this.outletNames = outletNames;
    }

    public Event build(List<Mention> incident) {
        List<Mention> ms = new ArrayList<>(incident);
        ms.sort(Comparator.comparing(Mention::document).thenComparingInt(m -> m.source().start()));
        EventType type = type(ms);
        Mention timed = ms.stream().max(Comparator.comparing(Mention::ownTime)
                .thenComparing(m -> m.claimant() != null && gazetteer.partyOf(m.claimant()) != null)
                .thenComparing(m -> m.time().precision().ordinal())
                .thenComparing(m -> m.time().basis() == TimeBasis.STATED)
                .thenComparing(Comparator.comparing(Mention::document).reversed())).orElseThrow();
        EventTime time = timed.time();
        Set<String> actors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Mention m : ms) {
            actors.addAll(m.actors());
            places.addAll(m.places());
        }
        List<Claim> claims = claims(ms);
        if (!type.isViolence() && type != EventType.CEASEFIRE_VIOLATION) {
            // who makes a statement, asks or talks takes part in it; who tells of a fight does not thereby fight
            claims.forEach(c -> {
                Actor a = gazetteer.actor(c.claimant());
                if (a != null && a.type() != claimline.model.ActorType.MEDIA) {
                    actors.add(c.claimant());
                }
            });
        }
        boolean background = ms.stream().allMatch(Mention::background);
        String id = id(ms.get(0), type);
        return new Event(id, type, title(type, ms, actors, places), time, background, new ArrayList<>(actors),
                new ArrayList<>(places), claims, Disagreements.of(claims, gazetteer::partyOf));
    }

    String claimantOf(Mention m) {
        return m.claimant() != null ? m.claimant() : outletOfDocument.apply(m.document());
    }

    private static EventType type(List<Mention> ms) {
        if (ms.stream().noneMatch(m -> m.type().isViolence())) {
            return ms.get(0).type();
        }
        for (EventType t : List.of(EventType.ARMED_CLASH, EventType.ATTACK, EventType.CASUALTIES)) {
            if (ms.stream().anyMatch(m -> m.type() == t)) {
                // both sides blaming each other is a clash, whatever the words
                if (t == EventType.ATTACK && blamesBothWays(ms)) {
                    return EventType.ARMED_CLASH;
                }
                return t;
            }
        }
        return ms.get(0).type();
    }

    private static boolean blamesBothWays(List<Mention> ms) {
        Set<String> agents = new TreeSet<>();
        // a denial names who is said to have done it, which is no blame of its own
        ms.stream().filter(m -> m.agentParty() != null && m.stance() != claimline.model.Stance.DENIES)
                .forEach(m -> agents.add(m.agentParty()));
        return agents.size() >= 2;
    }

    private List<Claim> claims(List<Mention> ms) {
        record ClaimKey(String claimant, Stance stance) {}
        Map<ClaimKey, List<Mention>> byClaim = new LinkedHashMap<>();
        for (Mention m : ms) {
            byClaim.computeIfAbsent(new ClaimKey(claimantOf(m), m.stance()), k -> new ArrayList<>(2)).add(m);
        }
        List<Claim> out = new ArrayList<>(byClaim.size());
        for (Map.Entry<ClaimKey, List<Mention>> e : byClaim.entrySet()) {
            List<Mention> group = e.getValue();
            // The claim's text is that of its first passage in document order.
            Mention first = group.get(0);
            List<Source> sources;
            if (group.size() == 1) {
                sources = List.of(first.source());
            } else {
                sources = group.stream().map(Mention::source).distinct().sorted().toList();
                for (Mention m : group) {
                    if (m.source().equals(sources.get(0))) {
                        first = m;
                        break;
                    }
                }
            }
            out.add(new Claim(e.getKey().claimant(), first.stance(), first.text(), sources,
                    facts(group, gazetteer.partyOf(e.getKey().claimant()))));
        }
        out.sort(Comparator.comparing(Claim::claimant).thenComparing(c -> c.stance().json()));
        return out;
    }

    /**
     * What a claimant's passages state about the event: the day of its first own time to the day, the places named, the first
     * toll it asserts, the scale it gives ("limited", "large-scale"), and the party it blames for an attack or a fight (never its own).
     */
    private Map<Fact, String> facts(List<Mention> group, String ownParty) {
        Map<Fact, String> facts = new EnumMap<>(Fact.class);
        // a month or a year ("this week", "in September") states no day, so it cannot disagree with one
        group.stream().filter(m -> m.ownTime()
                        && m.time().precision().hasDay()).findFirst()
                .ifPresent(m -> facts.put(Fact.TIME, m.time().start().date().toString()));
        TreeSet<String> names = new TreeSet<>();
        group.forEach(m -> m.places().forEach(id -> {
            Place p = gazetteer.place(id);
            names.add(p == null ? id : p.name());
        }));
        if (!names.isEmpty()) {
            facts.put(Fact.PLACES, String.join(", ", names));
        }
        group.stream().filter(m -> m.stance() == Stance.ASSERTS && !m.casualties().isEmpty()).findFirst()
                .ifPresent(m -> facts.put(Fact.CASUALTIES, String.join(", ", m.casualties())));
        // every size the side's passages give, in their order: a side may call its own strike limited and the other
        // side's acts large-scale, and which is which is not in the words
        Set<String> scales = new LinkedHashSet<>();
        group.stream().filter(m -> m.stance() == Stance.ASSERTS).map(this::scaleOf).filter(java.util.Objects::nonNull)
                .forEach(scales::add);
        if (!scales.isEmpty()) {
            facts.put(Fact.SCALE, String.join(", ", scales));
        }
        group.stream().filter(m -> m.type() == EventType.ATTACK || m.type() == EventType.ARMED_CLASH)
                .filter(m -> m.stance() == Stance.ASSERTS && m.agentParty() != null && !m.agentParty().equals(ownParty))
                .findFirst().ifPresent(m -> facts.put(Fact.BLAME, m.agentParty()));
        return facts;
    }

    /** The size the passage gives what happened, in whichever language it is written. */
    private String scaleOf(Mention m) {
        String text = m.text();
        List<claimline.reading.language.Token> tokens = claimline.reading.language.Tokenizer.tokenize(text, 0, text.length());
        for (claimline.reading.language.Language l : claimline.reading.language.Languages.all()) {
            String v = TriggerFinder.of(l).scaleOf(tokens);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private String title(EventType type, List<Mention> ms, Set<String> actors, Set<String> places) {
        // The sides of a happening, not the third parties commenting on it.
        Set<String> parties = new TreeSet<>();
        for (Mention m : ms) {
            String own = m.claimant() == null ? null : gazetteer.partyOf(m.claimant());
            m.parties().stream().filter(p -> !p.equals(own)).forEach(parties::add);
        }
        if (parties.isEmpty() || type == EventType.ARMED_CLASH && parties.size() < 2) {
            // no third party spoke, or the side that speaks is one of the two fighting: "Fighting between" both
            ms.forEach(m -> parties.addAll(m.parties()));
        }
        String sides = join(parties.stream().map(this::partyName).toList());
        String where = places.isEmpty() ? "" : " near " + join(places.stream().limit(3)
                .map(p -> { Place pl = gazetteer.place(p); return pl == null ? p : pl.name(); }).toList());
        String speaker = ms.stream().map(this::claimantOf).map(this::name).findFirst().orElse("");
        List<String> people = actors.stream().map(gazetteer::actor)
                .filter(a -> a != null && a.type() == claimline.model.ActorType.PERSON).map(Actor::name).toList();
        return switch (type) {
            case ARMED_CLASH -> "Fighting" + (sides.isEmpty() ? "" : " between " + sides) + where;
            case ATTACK -> "Attack" + (sides.isEmpty() ? "" : " involving " + sides) + where;
            case CASUALTIES -> "Casualties reported" + (sides.isEmpty() ? "" : ": " + sides);
            case CEASEFIRE -> "Ceasefire" + (sides.isEmpty() ? "" : ": " + sides);
            case CEASEFIRE_VIOLATION -> "Ceasefire breaks down" + (sides.isEmpty() ? "" : ": " + sides);
            case DIPLOMACY -> kind(ms, null) != null ? measure(ms, sides)
                    : "Talks: " + (people.size() >= 2 ? join(people) : sides.isEmpty() ? speaker : sides);
            case STATEMENT -> "Statement by " + speaker;
            case REQUEST_ASSISTANCE -> "Request for assistance" + (sides.isEmpty() ? "" : ": " + sides);
            case OTHER -> kind(ms, null) != null ? measure(ms, sides) : "Event" + (sides.isEmpty() ? "" : ": " + sides);
        };
    }

    /** A measure is the act of the state that takes it: "Border closed by Peru", "Envoy summoned by Ecuador". */
    private String measure(List<Mention> ms, String sides) {
        String taker = ms.stream().map(m -> m.claimant() == null ? null : gazetteer.partyOf(m.claimant()))
                .filter(java.util.Objects::nonNull).findFirst().map(this::partyName).orElse(null);
        return kind(ms, null) + (taker != null ? " by " + taker : sides.isEmpty() ? "" : ": " + sides);
    }

    /**
     * What the mentions call the happening, the kind most of them name ("Border closed", "Envoy summoned"), or the
     * fallback when none names one (talks, calls, a rule without a kind).
     */
    private static String kind(List<Mention> ms, String fallback) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = fallback;
        int most = 0;
        for (Mention m : ms) {
            if (m.kind() != null) {
                int n = counts.merge(m.kind(), 1, Integer::sum);
                if (n > most) {
                    most = n;
                    best = m.kind();
                }
            }
        }
        return best;
    }

    private String partyName(String party) {
        Actor a = gazetteer.actor(party.toLowerCase(Locale.ROOT));
        return a != null ? a.name() : party;
    }

    String name(String actorId) {
        String outlet = outletNames.apply(actorId);
        if (outlet != null) {
            return outlet;
        }
        Actor a = gazetteer.actor(actorId);
        return a != null ? a.name() : actorId;
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String id(Mention first, EventType type) {
        return claimline.model.EventIds.of("ev-", first.document() + ":" + first.source().start() + ":"
                + first.source().end() + ":" + type.json() + ":" + String.join(",", first.actors()));
    }

}
