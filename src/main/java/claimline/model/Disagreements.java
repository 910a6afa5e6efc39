package claimline.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The disagreements of an event, from its claims alone: where two or more sides state a fact and state it
 * differently (the time, the places, the casualties, whom they blame), and every denial. The reader uses it when it
 * builds an event, the corrector whenever a correction changes claims, the JSON reader when it loads a model.
 */
public final class Disagreements {
    private Disagreements() {}

    /** {@code sideOf}: the side an actor speaks for, or null (an outlet speaks for none). */
    public static List<Disagreement> of(List<Claim> claims, Function<String, String> sideOf) {
        Map<String, List<Claim>> bySide = new TreeMap<>();
        for (Claim c : claims) {
            String side = sideOf.apply(c.claimant());
            if (side != null) {
                bySide.computeIfAbsent(side, k -> new ArrayList<>()).add(c);
            }
        }
        // a side's first word on a fact is the one it says first in the articles
        bySide.values().forEach(cs -> cs.sort(java.util.Comparator.comparing(c -> c.sources().get(0))));
        List<Disagreement> out = new ArrayList<>();
        if (bySide.size() >= 2) {
            for (Fact f : List.of(Fact.TIME, Fact.PLACES, Fact.CASUALTIES, Fact.SCALE, Fact.BLAME)) {
                Map<String, String> values = new LinkedHashMap<>();
                if (f == Fact.SCALE) {
                    // every size the side gives, whoever of it speaks: "limited" from the ministry, "large-scale"
                    // from the president are both the side's words
                    bySide.forEach((side, cs) -> {
                        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
                        cs.stream().filter(c -> c.stance() == Stance.ASSERTS && c.facts().containsKey(f))
                                .forEach(c -> all.addAll(List.of(c.facts().get(f).split(", "))));
                        if (!all.isEmpty()) {
                            values.put(side, String.join(", ", all));
                        }
                    });
                }
                bySide.forEach((side, cs) -> cs.stream().filter(c -> f != Fact.SCALE)
                        .filter(c -> c.facts().containsKey(f) && (f == Fact.TIME || f == Fact.PLACES
                                || c.stance() == Stance.ASSERTS))
                        .filter(c -> f != Fact.BLAME || !c.facts().get(f).equals(side))
                        .findFirst().ifPresent(c -> values.put(side, c.facts().get(f))));
                boolean differ = f == Fact.BLAME ? values.size() > 1
                        : values.size() > 1 && values.values().stream().distinct().count() > 1;
                if (differ) {
                    out.add(new Disagreement(f, values));
                }
            }
        }
        TreeSet<String> denying = new TreeSet<>();
        claims.stream().filter(c -> c.stance() == Stance.DENIES).forEach(c -> denying.add(c.claimant()));
        if (!denying.isEmpty()) {
            Map<String, String> who = new LinkedHashMap<>();
            denying.forEach(c -> who.put(c, Fact.DENIAL.verb()));
            out.add(new Disagreement(Fact.DENIAL, who));
        }
        return out;
    }
}
