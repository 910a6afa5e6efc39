package claimline.viewmodel;

import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Stance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Why an event is contested, if it is. An event is contested when the parties' versions differ on a fact they state
 * (a recorded disagreement whose sides give different values: the time, the places, the casualties, the scale, who
 * started it), or when a party denies an account another party gives. Two parties saying the same thing (agreeing on
 * a ceasefire, say) is not a contest, nor is a note an analyst wrote, nor a denial nobody on another side answers.
 *
 * @param reasons one per fact the parties differ on, then one per denying party
 */
public record Contest(List<Reason> reasons) {
    /**
     * One reason. For a fact, {@code parties} are the sides that state it differently and {@code against} is empty;
     * for a denial, {@code parties} is the denying side and {@code against} the sides whose account it denies.
     */
    public record Reason(Fact fact, List<String> parties, List<String> against) {
        public Reason {
            parties = List.copyOf(parties);
            against = List.copyOf(against);
        }
    }

    public Contest {
        reasons = List.copyOf(reasons);
    }

    public boolean contested() {
        return !reasons.isEmpty();
    }

    /** The facts the parties differ on (a denial is {@link Fact#DENIAL}). */
    public Set<Fact> facts() {
        Set<Fact> out = new HashSet<>();
        reasons.forEach(r -> out.add(r.fact()));
        return out;
    }

    /**
     * Whether {@link #of} would give any reason, without making them: an index asks this of every event, and most
     * are not contested.
     */
    public static boolean isContested(Event e, Function<String, String> sideOf) {
        for (int i = 0; i < e.disagreements().size(); i++) {
            Disagreement d = e.disagreements().get(i);
            if (d.fact() != Fact.NOTE && d.fact() != Fact.DENIAL && d.byParty().size() >= 2 && differ(d.byParty())) {
                return true;
            }
        }
        List<Claim> claims = e.claims(); // indexed: 100,000 events, an iterator each would be garbage
        for (int i = 0; i < claims.size(); i++) {
            Claim denial = claims.get(i);
            String side = denial.stance() == Stance.DENIES ? sideOf.apply(denial.claimant()) : ModelIndex.NO_PARTY;
            if (side.equals(ModelIndex.NO_PARTY)) {
                continue;
            }
            for (Claim c : claims) {
                String other = c.stance() == Stance.ASSERTS ? sideOf.apply(c.claimant()) : ModelIndex.NO_PARTY;
                if (!other.equals(ModelIndex.NO_PARTY) && !other.equals(side)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean differ(java.util.Map<String, String> byParty) {
        String first = null;
        for (String v : byParty.values()) {
            if (first == null) {
                first = v;
            } else if (!first.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** {@code sideOf}: the party an actor speaks for, or {@link ModelIndex#NO_PARTY} (an outlet speaks for none). */
    public static Contest of(Event e, Function<String, String> sideOf) {
        List<Reason> out = new ArrayList<>();
        for (Disagreement d : e.disagreements()) {
            if (d.fact() == Fact.NOTE || d.fact() == Fact.DENIAL || d.byParty().size() < 2) {
                continue;
            }
            if (new HashSet<>(d.byParty().values()).size() > 1) {
                out.add(new Reason(d.fact(), List.copyOf(d.byParty().keySet()), List.of()));
            }
        }
        Set<String> denying = new LinkedHashSet<>();
        for (Claim c : e.claims()) {
            String side = sideOf.apply(c.claimant());
            if (c.stance() == Stance.DENIES && !side.equals(ModelIndex.NO_PARTY)) {
                denying.add(side);
            }
        }
        for (String side : denying) {
            Set<String> others = new LinkedHashSet<>();
            for (Claim c : e.claims()) {
                String other = sideOf.apply(c.claimant());
                if (c.stance() == Stance.ASSERTS && !other.equals(ModelIndex.NO_PARTY) && !other.equals(side)) {
                    others.add(other);
                }
            }
            if (!others.isEmpty()) {
                out.add(new Reason(Fact.DENIAL, List.of(side), List.copyOf(others)));
            }
        }
        return new Contest(out);
    }
}
