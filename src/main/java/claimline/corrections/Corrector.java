package claimline.corrections;

import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Disagreements;
import claimline.model.Fact;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventTime;
import claimline.model.Source;
import claimline.model.TimeBasis;
import claimline.model.TimeOrder;
import claimline.model.TimePoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays corrections on a model read from the corpus. Each finds its event or claim by passage; one that no longer
 * finds it (the article changed or is gone) is reported with the reason, never silently dropped.
 */
public final class Corrector {
    /** A correction that could not be applied, and why. */
    public record Unapplied(Correction correction, String reason) {}

    /** The corrected model (the analyst's notes are on their events) and the corrections that did not apply. */
    public record Result(EventModel model, List<Unapplied> unapplied) {
        public Result {
            unapplied = List.copyOf(unapplied);
        }
    }

    private Corrector() {}

    public static Result apply(EventModel base, List<Correction> corrections) {
        List<Event> events = new ArrayList<>(base.events());
        Map<String, claimline.model.Actor> actors = base.actorsById();
        Set<String> places = base.placesById().keySet();
        List<Unapplied> unapplied = new ArrayList<>();
        for (Correction c : corrections) {
            String problem = applyOne(c, events, actors, places);
            if (problem != null) {
                unapplied.add(new Unapplied(c, problem));
            }
        }
        // by start, then id (the order the reader hands them over in): each start worked out once, not per comparison
        EventModel model = new EventModel(base.generator(), base.documents(), base.actors(), base.places(),
                TimeOrder.sorted(events), base.problems());
        return new Result(model, unapplied);
    }

    /** Applies one correction to the events; returns why it cannot apply, or null. */
    private static String applyOne(Correction c, List<Event> events, Map<String, claimline.model.Actor> actors,
                                   Set<String> places) {
        if (c instanceof Correction.HideEvent h) {
            Optional<Integer> at = eventAt(events, h.event());
            if (at.isEmpty()) {
                return "no event is read from that passage any more";
            }
            events.remove((int) at.get());
            return null;
        } else if (c instanceof Correction.AddNote n) {
            Optional<Integer> at = eventAt(events, n.event());
            if (at.isEmpty()) {
                return "no event is read from that passage any more";
            }
            events.set(at.get(), events.get(at.get()).withNote(n.note()));
            return null;
        } else if (c instanceof Correction.EditEvent e) {
            Optional<Integer> at = eventAt(events, e.event());
            if (at.isEmpty()) {
                return "no event is read from that passage any more";
            }
            if (e.actors() != null && !actors.keySet().containsAll(e.actors())) {
                return "unknown actor among " + e.actors();
            }
            if (e.places() != null && !places.containsAll(e.places())) {
                return "unknown place among " + e.places();
            }
            Event old = events.get(at.get());
            EventTime time = old.time();
            if (e.start() != null) {
                time = new EventTime(TimePoint.parse(e.start(), e.precision()), null, TimeBasis.STATED,
                        "set by the analyst");
            }
            events.set(at.get(), new Event(old.id(), e.type() == null ? old.type() : e.type(),
                    e.title() == null ? old.title() : e.title(), time, old.background(),
                    e.actors() == null ? old.actors() : e.actors(), e.places() == null ? old.places() : e.places(),
                    old.claims(), old.disagreements(), old.notes()));
            return null;
        } else if (c instanceof Correction.ChangeClaim cc) {
            int[] at = claimAt(events, cc.claim());
            if (at == null) {
                return "no claim is read from that passage any more";
            }
            if (cc.claimant() != null && !actors.containsKey(cc.claimant())) {
                return "unknown claimant " + cc.claimant();
            }
            Event old = events.get(at[0]);
            List<Claim> claims = new ArrayList<>(old.claims());
            Claim was = claims.get(at[1]);
            claims.set(at[1], was.with(cc.claimant() == null ? was.claimant() : cc.claimant(),
                    cc.stance() == null ? was.stance() : cc.stance()));
            events.set(at[0], withClaims(old, claims, actors));
            return null;
        } else if (c instanceof Correction.MergeEvents m) {
            Optional<Integer> into = eventAt(events, m.into());
            Optional<Integer> from = eventAt(events, m.from());
            if (into.isEmpty() || from.isEmpty()) {
                return "one of the two events is not read from its passage any more";
            }
            if (into.get().equals(from.get())) {
                return "the two passages are already one event";
            }
            Event a = events.get(into.get());
            Event b = events.get(from.get());
            Set<Claim> claims = new LinkedHashSet<>(a.claims());
            claims.addAll(b.claims());
            EventTime time = b.time().precision().ordinal() > a.time().precision().ordinal() ? b.time() : a.time();
            events.set(into.get(), new Event(a.id(), a.type(), a.title(), time, a.background() && b.background(),
                    union(a.actors(), b.actors()), union(a.places(), b.places()), new ArrayList<>(claims),
                    disagreements(new ArrayList<>(claims), notes(a, b), actors), concat(a.notes(), b.notes())));
            events.remove((int) from.get());
            return null;
        } else if (c instanceof Correction.SplitClaim s) {
            int[] at = claimAt(events, s.claim());
            if (at == null) {
                return "no claim is read from that passage any more";
            }
            Event old = events.get(at[0]);
            if (old.claims().size() < 2) {
                return "the claim is already the only one of its event";
            }
            List<Claim> rest = new ArrayList<>(old.claims());
            Claim moved = rest.remove(at[1]);
            events.set(at[0], withClaims(old, rest, actors));
            events.add(new Event(splitId(s.claim()), old.type(), old.title() + " (split)", old.time(),
                    old.background(), old.actors(), old.places(), List.of(moved),
                    disagreements(List.of(moved), List.of(), actors)));
            return null;
        }
        throw new IllegalArgumentException("unknown correction " + c);
    }

    private static Event withClaims(Event e, List<Claim> claims, Map<String, claimline.model.Actor> actors) {
        return new Event(e.id(), e.type(), e.title(), e.time(), e.background(), e.actors(), e.places(), claims,
                disagreements(claims, notes(e), actors), e.notes());
    }

    /**
     * The disagreements of the corrected claims, computed again from the facts they state (a claim moved to
     * another claimant changes side); sentences an older file stated only as text cannot be recomputed and stay.
     */
    private static List<Disagreement> disagreements(List<Claim> claims, List<Disagreement> notes,
                                                    Map<String, claimline.model.Actor> actors) {
        List<Disagreement> out = new ArrayList<>(Disagreements.of(claims, id -> EventModel.sideOf(actors, id)));
        notes.stream().filter(n -> !out.contains(n)).forEach(out::add);
        return out;
    }

    private static List<Disagreement> notes(Event... events) {
        Set<Disagreement> notes = new LinkedHashSet<>();
        for (Event e : events) {
            e.disagreements().stream().filter(d -> d.fact() == Fact.NOTE).forEach(notes::add);
        }
        return new ArrayList<>(notes);
    }

    /** Both events' notes, the kept event's first: a note is never dropped, even when both events have it. */
    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }

    /** The event with a source exactly at the anchor, else the one whose source overlaps it most. */
    static Optional<Integer> eventAt(List<Event> events, Anchor a) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < events.size(); i++) {
            for (Claim c : events.get(i).claims()) {
                for (Source s : c.sources()) {
                    if (a.isExactly(s)) {
                        return Optional.of(i);
                    }
                    int o = a.overlap(s);
                    if (o > bestOverlap) {
                        bestOverlap = o;
                        best = i;
                    }
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** {event index, claim index} of the claim with a source at (or most over) the anchor, or null. */
    static int[] claimAt(List<Event> events, Anchor a) {
        int[] best = null;
        int bestOverlap = 0;
        for (int i = 0; i < events.size(); i++) {
            List<Claim> claims = events.get(i).claims();
            for (int k = 0; k < claims.size(); k++) {
                for (Source s : claims.get(k).sources()) {
                    if (a.isExactly(s)) {
                        return new int[] {i, k};
                    }
                    int o = a.overlap(s);
                    if (o > bestOverlap) {
                        bestOverlap = o;
                        best = new int[] {i, k};
                    }
                }
            }
        }
        return best;
    }

    private static String splitId(Anchor a) {
        return claimline.model.EventIds.of("ev-s", "split:" + a);
    }

}
