package claimline.viewmodel;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Stance;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The actors an event involves ({@link ModelIndex#involved}): those that take part in it, those that claim about it,
 * and the parties another claim blames for it, as the actor that is that party. Each event's as a small immutable set
 * in that order, backed by an array: an index holds one per event, and a hash set per event of two or three actors
 * would cost more than the event's own facts.
 */
final class Involvement {
    private final Function<String, String> partyOf;
    private final Map<String, String> partyActors = new HashMap<>();

    /** @param partyOf the party an actor speaks for ({@link ModelIndex#NO_PARTY} for none) */
    Involvement(Function<String, String> partyOf, List<Actor> actors) {
        this.partyOf = partyOf;
        findPartyActors(actors);
    }

    /**
     * The actor that is each party: the one whose id is the code ("arm" for ARM), else the first state, armed group or
     * organisation of that party with no parent.
     */
    private void findPartyActors(List<Actor> all) {
        for (Actor a : all) {
            if (a.party() != null && a.id().equals(a.party().toLowerCase(Locale.ROOT))) {
                partyActors.putIfAbsent(a.party(), a.id());
            }
        }
        for (Actor a : all) {
            boolean isTheParty = a.parent() == null && (a.type() == ActorType.STATE || a.type() == ActorType.GROUP
                    || a.type() == ActorType.ORGANIZATION);
            if (isTheParty && a.party() != null) {
                partyActors.putIfAbsent(a.party(), a.id());
            }
        }
    }

    /** The actors the event involves, each once, in order: taking part, claiming, accused. */
    Set<String> of(Event e) {
        return set(actorsOf(e));
    }

    /** These distinct actors, in this order, as a small immutable set. */
    static Set<String> set(String[] distinct) {
        return new ArraySet(distinct.clone());
    }

    /** {@link #of}, as a new array. */
    String[] actorsOf(Event e) {
        Distinct out = new Distinct(e.actors().size() + e.claims().size() + 1);
        collect(e, out);
        return out.values();
    }

    /**
     * {@link #of} into a buffer (cleared first): what indexing asks of 100,000 events, mostly of the same few actors,
     * without making anything for each. Indexed loops, as an iterator per list per event is garbage too.
     */
    void collect(Event e, Distinct out) {
        out.clear();
        List<String> actors = e.actors();
        for (int i = 0; i < actors.size(); i++) {
            out.add(actors.get(i));
        }
        List<Claim> claims = e.claims();
        for (int i = 0; i < claims.size(); i++) {
            out.add(claims.get(i).claimant());
        }
        // the accused, in the order they are blamed (each party is one actor, so the order of parties is kept)
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String blamed = c.facts().isEmpty() ? null : c.facts().get(Fact.BLAME);
            if (blamed != null && c.stance() == Stance.ASSERTS && !blamed.equals(partyOf.apply(c.claimant()))) {
                out.add(partyActors.get(blamed));
            }
        }
        for (int i = 0; i < e.disagreements().size(); i++) {
            Disagreement d = e.disagreements().get(i);
            if (d.fact() == Fact.BLAME) {
                d.byParty().forEach((side, blamed) -> {
                    if (!blamed.equals(side)) {
                        out.add(partyActors.get(blamed));
                    }
                });
            }
        }
    }

    static boolean contains(String[] values, int size, String value) {
        for (int i = 0; i < size; i++) {
            if (values[i].equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Distinct strings in the order first added (nulls ignored), in an array: an event names a handful. Equal to
     * another with the same strings in the same order, so that one can be looked up by what another holds.
     */
    static final class Distinct {
        private String[] values;
        private int size;

        Distinct(int capacity) {
            values = new String[Math.max(2, capacity)];
        }

        void clear() {
            size = 0;
        }

        void add(String v) {
            if (v == null || contains(values, size, v)) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        String[] values() {
            return Arrays.copyOf(values, size);
        }

        /** A copy to keep (a key of a map, while this one goes on being filled). */
        Distinct copy() {
            Distinct d = new Distinct(size);
            System.arraycopy(values, 0, d.values, 0, size);
            d.size = size;
            return d;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Distinct d) || d.size != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (!values[i].equals(d.values[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = 0; i < size; i++) {
                h = 31 * h + values[i].hashCode();
            }
            return h;
        }
    }

    /** A few distinct strings in a fixed order: a set read by iteration and by {@code contains} on a handful. */
    private static final class ArraySet extends AbstractSet<String> {
        private final String[] values;

        ArraySet(String[] values) {
            this.values = values;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(values).iterator();
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && Involvement.contains(values, values.length, s);
        }
    }
}
