package claimline.reading;

import claimline.model.ActorType;
import claimline.model.Document;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.Source;
import claimline.model.Span;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
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

    List<Mention> mentions(DocumentState doc, TimingStage.SentenceTime[] times) {
        Document d = doc.document;
        Published pub = d.published();
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        CasualtyFinder casualties = CasualtyFinder.of(doc.language);
        List<Mention> out = new ArrayList<>();
        for (Clause c : doc.clauses) {
            Analysed a = doc.sentences.get(c.sentence());
            TimingStage.SentenceTime st = times[c.sentence()];
            Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (!c.reportsHappening()) {
                if (previous != null && c.explicit() && c.claimant() != null
                        && c.sentence() - previous.order() <= SUPPORT_REACH) {
                    out.add(support(d, c.span(), previous, c.claimant(), c.stance(), c.sentence()));
                }
                continue;
            }
            EventTime t = st.time() != null ? st.time() : documentTime(pub);
            if (t == null) {
                continue;
            }
            TriggerFinder.Trigger first = c.triggers().get(0);
            boolean call = triggers.isCall(a.stems().get(first.token()));
            out.addAll(build(d, c, a, first.type(), t, st.ownTime(), first.token(), call, pub, casualties));
        }
        return out;
    }

    private static EventTime documentTime(Published pub) {
        if (pub.date() == null) {
            return null;
        }
        return new EventTime(TimePoint.day(pub.date()), null, TimeBasis.DOCUMENT, "published " + pub.date());
    }

    private static Mention support(Document doc, Span clause, Mention previous, String claimant, Stance stance, int si) {
        return new Mention(doc.id(), si, new Source(doc.id(), clause.start(), clause.end()), doc.text(),
                previous.type(), previous.time(), false, claimant, stance, previous.actors(), previous.parties(),
                previous.people(), previous.places(), previous.agentParty(), previous.background(),
                previous.source(), List.of());
    }

    private List<Mention> build(Document doc, Clause c, Analysed a, EventType type, EventTime time, boolean ownTime,
                                int triggerToken, boolean call, Published pub, CasualtyFinder casualties) {
        int from = c.from();
        int to = c.to();
        String claimant = c.claimant();
        List<ActorMention> actors = a.found().actors().stream().filter(m -> m.from() >= from && m.to() <= to).toList();
        Set<String> places = new LinkedHashSet<>();
        a.found().places().stream().filter(p -> p.from() >= from && p.to() <= to).forEach(p -> places.add(p.id()));
        // Naming a past war ("tensions simmering since last year's war") does not make a dated, recent clause history.
        boolean datedRecently = ownTime && time.precision().ordinal() >= Precision.DAY.ordinal()
                && !TimingStage.isOld(time, pub);
        boolean background = TimingStage.isOld(time, pub) || (!a.found().history().isEmpty() && !datedRecently);
        String agent = null;
        int after = claimant == null ? from : actors.stream().filter(m -> m.actorId().equals(claimant))
                .mapToInt(ActorMention::to).findFirst().orElse(from);
        for (ActorMention m : actors) {
            if (m.from() >= after && m.type() != ActorType.MEDIA && gazetteer.partyOf(m.actorId()) != null) {
                agent = gazetteer.partyOf(m.actorId());
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
            out.add(new Mention(doc.id(), c.sentence(), new Source(doc.id(), c.span().start(), c.span().end()),
                    doc.text(), type, time, ownTime, claimant, c.stance(), ids, parties, people, places, agent,
                    background, null, figures));
        }
        return out;
    }
}
