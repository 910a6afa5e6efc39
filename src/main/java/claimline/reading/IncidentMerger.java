package claimline.reading;

import claimline.model.EventType;
import claimline.model.Precision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds mentions of one happening into one incident (reading guide, section 2): compatible type, overlapping time at
 * their precision, the same sides. Incidents are indexed by day, so each mention is compared only with the
 * incidents of its own and neighbouring days: merging grows linearly with the corpus.
 */
public final class IncidentMerger {
    private static final long DAY = 86_400L;
    private static final long VIOLENCE_SLACK = 12 * 3600L;

    private final Gazetteer gazetteer;

    public IncidentMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An incident being built: its mentions, and the first of them, which anchors its time. */
    private record Incident(Mention anchor, List<Mention> mentions) {}

    /** Mentions with their own, precise time first: they anchor the incidents the others join. */
    private static final Comparator<Mention> ANCHORS_FIRST = (x, y) -> {
        int c = Boolean.compare(!x.ownTime(), !y.ownTime());
        if (c == 0) {
            c = Integer.compare(y.time().precision().ordinal(), x.time().precision().ordinal());
        }
        if (c == 0) {
            c = Long.compare(x.startSecond(), y.startSecond());
        }
        if (c == 0) {
            c = x.document().compareTo(y.document());
        }
        return c != 0 ? c : Integer.compare(x.source().start(), y.source().start());
    };

    public List<List<Mention>> merge(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(ANCHORS_FIRST);
        Map<Long, List<Incident>> byDay = new HashMap<>();
        Map<claimline.model.Source, Incident> bySource = new HashMap<>();
        List<List<Mention>> incidents = new ArrayList<>();
        for (Mention m : sorted) {
            // A reply joins the report it answers, wherever that went.
            Incident target = m.supports() == null ? null : bySource.get(m.supports());
            long day = Math.floorDiv(m.startSecond(), DAY);
            for (long d = day - 1; d <= day + 1 && target == null; d++) {
                for (Incident inc : byDay.getOrDefault(d, List.of())) {
                    if (compatible(inc, m)) {
                        target = inc;
                        break;
                    }
                }
            }
            if (target == null) {
                target = new Incident(m, new ArrayList<>());
                incidents.add(target.mentions());
                byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(target);
            }
            target.mentions().add(m);
            bySource.putIfAbsent(m.source(), target);
        }
        return incidents;
    }

    private boolean compatible(Incident incident, Mention m) {
        Mention anchor = incident.anchor();
        if (continues(incident.mentions(), m)) {
            return true;
        }
        if (anchor.background() != m.background() || !sameKind(anchor.type(), m.type())) {
            return false;
        }
        boolean coarse = m.time().precision().ordinal() < Precision.DAY.ordinal()
                || anchor.time().precision().ordinal() < Precision.DAY.ordinal();
        if (coarse) {
            return m.time().precision() == anchor.time().precision()
                    && m.startSecond() == anchor.startSecond() && overlap(incident.mentions(), m);
        }
        if (m.ownTime() && anchor.ownTime() && dayAgainstClock(m.time(), anchor.time())) {
            return false;
        }
        long slack = m.type().isViolence() ? VIOLENCE_SLACK : m.type() == EventType.CEASEFIRE ? DAY : 0;
        if (!m.ownTime()) {
            slack = DAY;
        }
        boolean timeFits = m.startSecond() < anchor.endSecond() + slack && anchor.startSecond() < m.endSecond() + slack;
        return timeFits && overlap(incident.mentions(), m);
    }

    /**
     * A whole day stated for one report and a clock time for the other fall on different local dates: "on Monday" and
     * "at 00:05 on Tuesday" are two happenings, however close in UTC. (Parts of the day, "Monday night", still reach
     * across midnight through the slack.)
     */
    private static boolean dayAgainstClock(claimline.model.EventTime a, claimline.model.EventTime b) {
        claimline.model.TimePoint day = a.precision() == Precision.DAY ? a.start() : b.precision() == Precision.DAY
                ? b.start() : null;
        claimline.model.TimePoint clock = a.precision().hasClock() ? a.start() : b.precision().hasClock() ? b.start() : null;
        return day != null && clock != null && !day.date().equals(clock.local().toLocalDate());
    }

    /** The next sentence of the same speaker in the same article, that names no other sides, goes on with it. */
    private static boolean continues(List<Mention> incident, Mention m) {
        if (m.claimant() == null) {
            return false;
        }
        for (Mention o : incident) {
            if (o.document().equals(m.document()) && Math.abs(o.order() - m.order()) == 1
                    && m.claimant().equals(o.claimant())
                    && (m.parties().isEmpty() || (sameKind(o.type(), m.type()) && m.type() != EventType.DIPLOMACY))
                    && o.background() == m.background()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameKind(EventType a, EventType b) {
        return a == b || (a.isViolence() && b.isViolence());
    }

    /** The same sides: shared parties; for talks, the same people when both name people; for statements, one speaker. */
    private boolean overlap(List<Mention> incident, Mention m) {
        if (m.type() == EventType.STATEMENT || m.type() == EventType.REQUEST_ASSISTANCE) {
            String speaker = party(m.claimant());
            boolean sameSpeaker = speaker != null && incident.stream().anyMatch(o -> speaker.equals(party(o.claimant())));
            boolean sameSides = !m.parties().isEmpty() && incident.stream().anyMatch(o -> o.parties().equals(m.parties()));
            return sameSpeaker || sameSides;
        }
        if (m.type() == EventType.DIPLOMACY) {
            for (Mention o : incident) {
                if (!o.people().isEmpty() && !m.people().isEmpty()) {
                    long shared = o.people().stream().filter(m.people()::contains).count();
                    if (shared >= Math.min(2, Math.min(o.people().size(), m.people().size()))) {
                        return true;
                    }
                } else if (!o.parties().isEmpty() && o.parties().equals(m.parties())) {
                    return true;
                }
            }
            return false;
        }
        if (m.parties().isEmpty()) {
            return true;
        }
        return incident.stream().anyMatch(o -> o.parties().isEmpty() || intersects(o.parties(), m.parties()));
    }

    private String party(String actorId) {
        return actorId == null ? null : gazetteer.partyOf(actorId);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
