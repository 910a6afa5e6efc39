package claimline.reading;

import claimline.model.ActorType;
import claimline.model.Document;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import claimline.model.Span;
import claimline.model.Stance;
import claimline.reading.actors.ActorMention;
import claimline.reading.actors.Gazetteer;
import claimline.reading.events.CasualtyFinder;
import claimline.reading.events.Mention;
import claimline.reading.events.TriggerFinder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes one {@link Mention} per happening a clause reports (reading guide, section 2): its type from the clause's
 * first trigger, its time from its sentence, who took part and where, the casualty figures, whether it is history;
 * "X phoned A, B and C" as one call each. A clause that names no happening but in which a named speaker goes on
 * about the last one (a denial, a quotation) supports that one.
 */
final class HappeningStage {
    /** How many sentences after a report a speaker's words without a happening of their own still answer it. */
    private static final int SUPPORT_REACH = 2;
    private final Gazetteer gazetteer;

    HappeningStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A clause that reports a happening, before its time is settled; its actors, places and figures are those of the
     * tokens {@code [from, to)}: the clause, or its part when the clause tells two happenings one after the other.
     */
    record Draft(Clause clause, TriggerFinder.Trigger by, EventTime own, EventTime report, boolean unresolved,
                         boolean indefinite, int from, int to) {
        Draft(Clause c, TriggerFinder.Trigger by, EventTime own, EventTime report, boolean unresolved,
              boolean indefinite) {
            this(c, by, own, report, unresolved, indefinite, c.from(), c.to());
        }

        EventType type() { return by.type(); }

        int trigger() { return by.token(); }

        int family() { return familyOf(by.type()); }
    }

    List<Mention> mentions(DocumentState doc, TimingStage.SentenceTime[] times) {
        Document d = doc.document;
        Published pub = d.published();
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        CasualtyFinder casualties = CasualtyFinder.of(doc.language);
        List<String> joiners = claimline.reading.time.TimeLexicon.of(doc.language).listJoiners;
        List<Draft> drafts = drafts(doc, times);
        boolean[] another = new boolean[drafts.size()];
        boolean[] pointedBack = new boolean[drafts.size()];
        for (int k = 0; k < drafts.size(); k++) {
            Draft x = drafts.get(k);
            List<String> stems = doc.sentences.get(x.clause().sentence()).stems();
            another[k] = triggers.anotherOfKind(stems, x.trigger());
            // "Ia menyebut pertikaian ini sebagai provokasi": a word of its kind in the clause points back at it
            for (TriggerFinder.Trigger t : x.clause().triggers()) {
                pointedBack[k] |= familyOf(t.type()) == x.family() && triggers.pointedBack(stems, t.token());
            }
        }
        EventTime[] resolved = DraftTimes.resolve(drafts, pub, doc.dating == null || doc.dating.ownDay(),
                DraftTimes.repliesSaidAt(doc, times), doc.textIndex, new DraftTimes.Kinds(another, pointedBack));
        List<Mention> out = new ArrayList<>();

        java.util.Map<Clause, List<Integer>> draftsOf = new java.util.IdentityHashMap<>();
        for (int k = 0; k < drafts.size(); k++) {
            draftsOf.computeIfAbsent(drafts.get(k).clause(), x -> new ArrayList<>()).add(k);
        }
        for (Clause c : doc.clauses) {
            Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (!c.reportsHappening()) {
                int reach = SUPPORT_REACH;
                Mention denied = c.stance() == Stance.DENIES ? deniable(out, c.sentence()) : null;
                if (denied != null) {
                    previous = denied; // one denies what was done, not what was said about it
                    reach = DENIAL_REACH;
                }
                if (previous != null && c.explicit() && c.claimant() != null
                        && c.sentence() - previous.order() <= reach) {
                    // "… on October 3, 9 and 10. Seoul denied it": the reply answers each day the passage told
                    List<Mention> told = toldWith(out, previous);
                    for (Mention one : told.isEmpty() ? List.of(previous) : told) {
                        for (String claimant : c.claimants()) {
                            out.add(support(d, c.span(), one, claimant, c.stance(), c.sentence()));
                        }
                    }
                }
                continue;
            }
            for (int k : draftsOf.get(c)) {
                Draft draft = drafts.get(k);
                EventTime t = DraftTimes.endOfRange(resolved[k], draft.type());
                if (t == null) {
                    continue;
                }
                Analysed a = doc.sentences.get(c.sentence());
                boolean call = triggers.isCall(a.stems().get(draft.trigger()));
                // A statement's own time may be the time it was said: it is its own all the same.
                boolean own = draft.own() != null || draft.family() == SAYING && t == draft.report();
                for (String claimant : c.claimants()) {
                    out.addAll(build(d, c, draft.from(), draft.to(), claimant, a, draft.by(), t, own, call, pub,
                            casualties, doc.mainSides, joiners));
                }
            }
        }
        return out;
    }

    /**
     * The happenings one passage told with the one a reply answers (each day of "October 3, 9 and 10"). Only the
     * mentions since the answered sentence are looked at: a reply never reaches further back than that.
     */
    private static List<Mention> toldWith(List<Mention> out, Mention answered) {
        List<Mention> told = new ArrayList<>();
        for (int k = out.size() - 1; k >= 0 && out.get(k).order() >= answered.order(); k--) {
            Mention m = out.get(k);
            if (m.source().equals(answered.source()) && m.supports() == null && m.type() == answered.type()) {
                told.add(0, m);
            }
        }
        return told;
    }

    /**
     * The happening a denial without one of its own answers: the last one told in the sentences just before that is
     * not a statement or talks ("… warned Seoul again. South Korea said it had not sent any drones": the drones),
     * or null.
     */
    private static Mention deniable(List<Mention> out, int sentence) {
        for (int k = out.size() - 1; k >= 0 && sentence - out.get(k).order() <= DENIAL_REACH; k--) {
            if (familyOf(out.get(k).type()) != SAYING) {
                return out.get(k);
            }
        }
        return null;
    }

    /**
     * Whether the clause's happening is put at some undefined time before the article: the words that say so ("in
     * recent weeks") stand in the sentence and follow no other happening's word than the clause's own ("entered its
     * airspace in a dispute that has seen deadly clashes in recent weeks": the recent weeks are the clashes').
     */
    private static boolean indefinite(Clause c, List<claimline.reading.language.Token> tokens,
                                      List<TriggerFinder.Trigger> sentenceTriggers, claimline.reading.time.TimeLexicon words) {
        int at = words.indefinitePastAt(tokens);
        if (at < 0) {
            return false;
        }
        TriggerFinder.Trigger nearest = TriggerFinder.nearestBefore(sentenceTriggers, at);
        return nearest == null || nearest.token() <= c.triggers().get(0).token();
    }

    /** How many sentences back a denial may look past statements for the happening it denies. */
    private static final int DENIAL_REACH = 6;

    /** A draft per happening a clause reports, with the times of its sentence. */
    private static List<Draft> drafts(DocumentState doc, TimingStage.SentenceTime[] times) {
        List<Draft> drafts = new ArrayList<>();
        claimline.reading.time.TimeLexicon timeWords = claimline.reading.time.TimeLexicon.of(doc.language);
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        for (Clause c : doc.clauses) {
            if (c.reportsHappening()) {
                TimingStage.SentenceTime st = times[c.sentence()];
                boolean indefinite = indefinite(c, doc.sentences.get(c.sentence()).tokens(),
                        doc.sentenceTriggers.get(c.sentence()), timeWords);
                List<TriggerFinder.Trigger> kinds = ClauseHappenings.firstOfEachKind(c);
                if (kinds.size() > 1 && st.parts().size() > 1) {
                    // "berperang pada 1995 dan menandatangani gencatan senjata pada 1998": two happenings, each at
                    // the time nearest its word
                    for (TriggerFinder.Trigger k : kinds) {
                        drafts.add(new Draft(c, k, nearest(st.parts(), k.token()), st.report(), false,
                                indefinite));
                    }
                } else if (!st.listed().isEmpty() && !indefinite) {
                    // "launched drones on October 3, 9 and 10": a happening on each day of the list
                    TriggerFinder.Trigger first = c.triggers().get(0);
                    for (EventTime day : st.listed()) {
                        drafts.add(new Draft(c, first, day, st.report(), false, indefinite));
                    }
                } else {
                    ClauseHappenings.Sequence sequence = ClauseHappenings.sequenceBetweenMeasureAndViolence(c,
                            doc.sentences.get(c.sentence()), triggers);
                    List<TriggerFinder.Trigger> measures = sequence == null ? ClauseHappenings.measuresJoined(c,
                            doc.sentences.get(c.sentence()), timeWords.listJoiners) : List.of();
                    if (measures.size() > 1) {
                        // "closed the crossing and summoned the envoy": each measure is a happening of its own
                        for (TriggerFinder.Trigger m : measures) {
                            drafts.add(new Draft(c, m, st.own(), st.report(), st.unresolved(), indefinite));
                        }
                    } else if (sequence == null) {
                        drafts.add(new Draft(c, c.triggers().get(0), st.own(), st.report(), st.unresolved(),
                                indefinite));
                    } else {
                        // each happening with the actors, places and time of its side of "after": "the envoy was
                        // summoned after two shells landed on Saturday (3/9)" does not date the summons; a time
                        // only before "after", or a week or month after it, dates both (what came first is seldom far)
                        EventTime before = within(st.parts(), c.from(), sequence.token());
                        EventTime after = within(st.parts(), sequence.token() + 1, c.to());
                        boolean dayAfter = after != null && after.precision().hasDay();
                        drafts.add(new Draft(c, sequence.before(), before != null ? before : dayAfter ? null : st.own(),
                                st.report(), st.unresolved(), indefinite, c.from(), sequence.token()));
                        drafts.add(new Draft(c, sequence.after(), after != null ? after : st.own(), st.report(),
                                st.unresolved(), indefinite, sequence.token() + 1, c.to()));
                    }
                }
            }
        }
        return drafts;
    }

    static final int SAYING = 2;

    /**
     * Whether the actor first named is named together with another side ("Kyrgyzstan and Tajikistan", "the border of X
     * and Y"): the two together are no one's doer, and the clause blames neither.
     */
    private boolean pairedWithAnother(Analysed a, List<ActorMention> actors, int k, List<String> joiners) {
        ActorMention m = actors.get(k);
        if (k + 1 >= actors.size() || m.to() > a.tokens().size()) {
            return false;
        }
        ActorMention next = actors.get(k + 1);
        String joiner = m.to() < a.tokens().size() ? a.tokens().get(m.to()).lower() : "";
        // "kedua negara", "both sides": one phrase standing for two states
        boolean together = next.from() == m.from() && next.to() == m.to();
        return (together || next.from() == m.to() + 1 && (joiners.contains(joiner) || joiner.equals("-")))
                && gazetteer.partyOf(next.actorId()) != null
                && !gazetteer.partyOf(next.actorId()).equals(gazetteer.partyOf(m.actorId()));
    }

    /** The time of the first of a sentence's own times standing in tokens {@code [from, to)}, or null. */
    private static EventTime within(List<TimingStage.Part> parts, int from, int to) {
        for (TimingStage.Part p : parts) {
            if (p.token() >= from && p.token() < to) {
                return p.time();
            }
        }
        return null;
    }

    private static EventTime nearest(List<TimingStage.Part> parts, int token) {
        TimingStage.Part best = parts.get(0);
        for (TimingStage.Part p : parts) {
            if (Math.abs(p.token() - token) < Math.abs(best.token() - token)) {
                best = p;
            }
        }
        return best.time();
    }

    /** Kinds of happening a report may go on from: all violence is one kind, ceasefires one, talks and statements one. */
    /** A diplomatic measure or another step a state takes (a kind of its own), apart from talks and statements. */
    static final int MEASURE = 4;

    static int familyOf(EventType t) {
        if (t.isViolence()) {
            return 0;
        }
        return switch (t) {
            case CEASEFIRE -> 1;
            case DIPLOMACY, STATEMENT, REQUEST_ASSISTANCE -> SAYING;
            default -> 3;
        };
    }

    private static Mention support(Document doc, Span clause, Mention previous, String claimant, Stance stance, int si) {
        return new Mention(doc.id(), si, new Source(doc.id(), clause.start(), clause.end()), doc.text(),
                previous.type(), previous.time(), false, claimant, stance, previous.actors(), previous.parties(),
                previous.people(), previous.places(), previous.agentParty(), previous.background(),
                previous.source(), List.of(), previous.kind());
    }

    private List<Mention> build(Document doc, Clause c, int from, int to, String claimant, Analysed a,
                                TriggerFinder.Trigger by, EventTime time, boolean ownTime, boolean call, Published pub,
                                CasualtyFinder casualties, Set<String> mainSides, List<String> listJoiners) {
        EventType type = by.type();
        int triggerToken = by.token();
        String speakerSide = claimant == null ? null : gazetteer.partyOf(claimant);
        boolean thirdParty = speakerSide != null && !mainSides.contains(speakerSide)
                && (type.isViolence() || type == EventType.CEASEFIRE_VIOLATION);
        // A third state telling of a fight makes a claim on it; it does not join the fighting (reading guide 2).
        List<ActorMention> actors = a.found().actors().stream().filter(m -> m.from() >= from && m.to() <= to)
                .filter(m -> !(thirdParty && speakerSide.equals(gazetteer.partyOf(m.actorId())))).toList();
        Set<String> places = new LinkedHashSet<>();
        a.found().places().stream().filter(p -> p.from() >= from && p.to() <= to).forEach(p -> places.add(p.id()));
        // Naming a past war ("tensions simmering since last year's war") does not make a dated, recent clause history.
        boolean datedRecently = ownTime && time.precision().hasDay()
                && !TimingStage.isOld(time, pub);
        boolean background = TimingStage.isOld(time, pub) || (!a.found().history().isEmpty() && !datedRecently);
        String agent = null;
        int after = claimant == null ? from : actors.stream().filter(m -> m.actorId().equals(claimant))
                .mapToInt(ActorMention::to).findFirst().orElse(from);
        for (int k = 0; k < actors.size(); k++) {
            ActorMention m = actors.get(k);
            if (m.from() >= after && m.type() != ActorType.MEDIA && gazetteer.partyOf(m.actorId()) != null) {
                agent = pairedWithAnother(a, actors, k, listJoiners) ? null : gazetteer.partyOf(m.actorId());
                break;
            }
        }
        List<List<ActorMention>> groups = new ArrayList<>();
        List<ActorMention> counterparts = actors.stream()
                .filter(m -> m.from() > triggerToken && m.type() == ActorType.PERSON).toList();
        long counterpartParties = counterparts.stream().map(m -> gazetteer.partyOf(m.actorId())).distinct().count();
        List<ActorMention> subject = actors.stream().filter(m -> m.to() <= triggerToken).toList();
        if (type == EventType.DIPLOMACY && counterpartParties >= 2 && !subject.isEmpty() && call) {
            // "X phoned A, B and C": one call each.
            for (ActorMention cp : counterparts) {
                List<ActorMention> g = new ArrayList<>(subject);
                g.add(cp);
                groups.add(g);
            }
        } else {
            groups.add(actors);
        }
        List<String> figures = casualties.find(a.tokens(), from, to);
        List<Mention> out = new ArrayList<>();
        for (List<ActorMention> g : groups) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> parties = new TreeSet<>();
            Set<String> people = new TreeSet<>();
            for (ActorMention m : g) {
                if (m.type() == ActorType.MEDIA) {
                    continue;
                }
                ids.add(m.actorId());
                String p = gazetteer.partyOf(m.actorId());
                if (p != null) {
                    parties.add(p);
                }
                if (m.type() == ActorType.PERSON) {
                    people.add(m.actorId());
                }
            }
            boolean between = type == EventType.CEASEFIRE || type == EventType.CEASEFIRE_VIOLATION
                    || type == EventType.CASUALTIES;
            if (!background && (between || parties.isEmpty() && type.isViolence())) {
                // "tetapi gagal beberapa menit kemudian": about the article's sides; a ceasefire is between them
                // whoever announces or mediates it, and a toll is of their fight, whichever side gives it
                parties.addAll(mainSides);
            }
            out.add(new Mention(doc.id(), c.sentence(), new Source(doc.id(), c.span().start(), c.span().end()),
                    doc.text(), type, time, ownTime, claimant, c.stance(), ids, parties, people, places, agent,
                    background, null, figures, by.kind()));
        }
        return out;
    }
}
