package claimline.reading;

import claimline.model.EventType;
import claimline.reading.events.TriggerFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * The happenings one clause tells together (reading guide, section 2: one article, several happenings): a fight and a
 * ceasefire, or a measure and the attack it answers, each at its own time; two happenings on either side of "after";
 * measures of different kinds joined by "and".
 */
final class ClauseHappenings {
    private ClauseHappenings() {}

    /** The first fight and the first ceasefire the clause names, in the order of the rules. */
    static List<TriggerFinder.Trigger> firstOfEachKind(Clause c) {
        List<TriggerFinder.Trigger> out = new ArrayList<>();
        java.util.Set<Integer> kinds = new java.util.HashSet<>();
        for (TriggerFinder.Trigger t : c.triggers()) {
            int f = t.kind() != null && isMeasure(t.type()) ? HappeningStage.MEASURE : HappeningStage.familyOf(t.type());
            if ((f == 0 || f == 1 || f == HappeningStage.MEASURE) && kinds.add(f)) {
                // a fight and a ceasefire told in one breath, or a measure and the attack it answers ("recalled its
                // ambassador on Tuesday and accused Morocco of a drone strike on Monday"), each with its time
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Where a clause with one time tells two happenings one after the other: the sequence word between a measure (or
     * another non-violent happening) and violence ("closed the border post after youths attacked officers", "clashes
     * broke out after the ministry banned the plates"), or null. A statement or a ceasefire with violence stays one:
     * condemning an attack is a statement about it, and a ceasefire named with the fighting before it would date the
     * fighting by the ceasefire.
     */
    static Sequence sequenceBetweenMeasureAndViolence(Clause c, Analysed a, TriggerFinder triggers) {
        TriggerFinder.Trigger first = c.triggers().get(0);
        for (int i = c.from() + 1; i < c.to() - 1; i++) {
            if (!triggers.isSequence(a.tokens().get(i))) {
                continue;
            }
            TriggerFinder.Trigger before = firstOn(c, i, true);
            TriggerFinder.Trigger after = firstOn(c, i, false);
            if (before != null && after != null && splits(before.type(), after.type())
                    && (before.token() == first.token() || after.token() == first.token())) {
                return new Sequence(i, before, after);
            }
        }
        return null;
    }

    /**
     * The measures of different kinds a clause names one after the other, joined by "and" ("menutup perlintasan … dan
     * memanggil kuasa usaha …"), in the order told, when the clause is about a measure (its first trigger is one);
     * else an empty list. A measure named for its purpose ("summoned the envoy to protest") is not joined, so not
     * split.
     */
    static List<TriggerFinder.Trigger> measuresJoined(Clause c, Analysed a, List<String> joiners) {
        TriggerFinder.Trigger first = c.triggers().get(0);
        if (first.kind() == null || !isMeasure(first.type())) {
            return List.of();
        }
        List<TriggerFinder.Trigger> named = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (TriggerFinder.Trigger t : c.triggers()) {
            if (t.kind() != null && isMeasure(t.type()) && kinds.add(t.kind())) {
                named.add(t);
            }
        }
        named.sort(java.util.Comparator.comparingInt(TriggerFinder.Trigger::token));
        List<TriggerFinder.Trigger> out = new ArrayList<>();
        for (TriggerFinder.Trigger t : named) {
            if (out.isEmpty() || joinedBefore(a, out.get(out.size() - 1).token(), t.token(), joiners)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean joinedBefore(Analysed a, int from, int to, List<String> joiners) {
        for (int k = from + 1; k < to; k++) {
            if (joiners.contains(a.tokens().get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMeasure(EventType t) {
        return t == EventType.DIPLOMACY || t == EventType.OTHER;
    }

    /** A sequence word and the happening told on each side of it. */
    record Sequence(int token, TriggerFinder.Trigger before, TriggerFinder.Trigger after) {
    }

    /** The clause's first trigger (in rule order) before or after a token. */
    static TriggerFinder.Trigger firstOn(Clause c, int token, boolean before) {
        for (TriggerFinder.Trigger t : c.triggers()) {
            if (before ? t.token() < token : t.token() > token) {
                return t;
            }
        }
        return null;
    }

    static boolean splits(EventType a, EventType b) {
        // "agreed to a cease-fire after two days of fighting": a truce is a happening apart from the fighting it ends
        boolean aMeasure = a == EventType.DIPLOMACY || a == EventType.OTHER || a == EventType.CEASEFIRE;
        boolean bMeasure = b == EventType.DIPLOMACY || b == EventType.OTHER || b == EventType.CEASEFIRE;
        return aMeasure && b.isViolence() || bMeasure && a.isViolence();
    }
}
