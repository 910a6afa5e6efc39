package claimline.reading.events;

import claimline.reading.actors.Gazetteer;
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
    /**
     * How far apart two reports of one ceasefire between the same sides may date it: outlets and parties disagree by a
     * day on when a truce began ("Monday morning" against "9:00 Moscow time on the 13th"), and two truces between the
     * same sides within a day and a half of each other are rarer than that disagreement.
     */
    private static final long CEASEFIRE_SLACK = 36 * 3600L;

    private final Gazetteer gazetteer;

    public IncidentMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

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

    /** Incidents one mention may join outside a continuation: same day, same kind of happening, same background. */
    private record Bucket(long day, int kind, boolean background) {
        Bucket(long day, Mention m) {
            this(day, kindOf(m.type()), m.background());
        }
    }

    private record Sentence(String document, int order) {}

    /** A mention with the incident it went to, found by its sentence when the next sentence goes on with it. */
    private record Placed(Mention mention, Incident incident) {}

    /** A passage and the time of one happening it tells: a passage listing days tells several, each answered apart. */
    private record Told(claimline.model.Source source, long startSecond) {}

    public List<List<Mention>> merge(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(ANCHORS_FIRST);
        Map<Bucket, List<Incident>> buckets = new HashMap<>();
        // Only what can be asked for is indexed (a large corpus holds these maps through the whole merge): the
        // sentences of a speaker, which the next sentence of that speaker may go on from, and the passages replies answer.
        Map<Sentence, List<Placed>> bySentence = new HashMap<>();
        Set<claimline.model.Source> answered = new java.util.HashSet<>();
        mentions.forEach(m -> {
            if (m.supports() != null) {
                answered.add(m.supports());
            }
        });
        Map<Told, Incident> bySource = new HashMap<>();
        Map<claimline.model.Source, Incident> firstBySource = new HashMap<>();
        List<List<Mention>> incidents = new ArrayList<>();
        for (Mention m : sorted) {
            // A reply joins the report it answers, wherever that went.
            Incident target = m.supports() == null ? null : bySource.getOrDefault(
                    new Told(m.supports(), m.startSecond()), firstBySource.get(m.supports()));
            long day = Math.floorDiv(m.startSecond(), DAY);
            if (target == null) {
                target = firstCompatible(m, day, buckets, continued(m, bySentence));
            }
            if (target == null) {
                target = dayOfCoarseReport(m, buckets);
            }
            if (target == null) {
                target = statedDayOfCountedReport(m, day, buckets);
            }
            if (target == null) {
                target = monthItBelongsTo(m, buckets);
            }
            if (target == null) {
                target = new Incident(m, day, incidents.size());
                incidents.add(target.mentions());
                buckets.computeIfAbsent(new Bucket(day, m), k -> new ArrayList<>()).add(target);
            }
            target.add(m, this::party);
            if (answered.contains(m.source())) {
                bySource.putIfAbsent(new Told(m.source(), m.startSecond()), target);
                firstBySource.putIfAbsent(m.source(), target);
            }
            if (m.claimant() != null) {
                bySentence.computeIfAbsent(new Sentence(m.document(), m.order()), k -> new ArrayList<>(2))
                        .add(new Placed(m, target));
            }
        }
        return incidents;
    }

    /**
     * The incident a mention joins: of the incidents filed on its day, then the day before and the day after, and in
     * the order they were opened, the first it continues or whose anchor it fits. Only incidents of its own kind are
     * looked at for the fit, and the ones it continues come from the index of sentences.
     */
    private Incident firstCompatible(Mention m, long day, Map<Bucket, List<Incident>> buckets, List<Incident> continued) {
        if (!m.ownTime() && !continued.isEmpty()) {
            // its time was borrowed from the sentence it goes on from: it goes where that sentence went, whatever day
            // that incident was settled on
            return continued.stream().min(Comparator.comparingInt((Incident c) -> c.sequence)).orElseThrow();
        }
        for (long d : new long[] {day, day - 1, day + 1}) { // its own day first
            Incident best = null;
            for (Incident c : continued) {
                if (c.day == d && (best == null || c.sequence < best.sequence)) {
                    best = c;
                }
            }
            for (Incident inc : buckets.getOrDefault(new Bucket(d, m), List.of())) {
                if (best != null && inc.sequence > best.sequence) {
                    break;
                }
                if (fits(inc, m)) {
                    best = inc;
                    break;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Days a coarse report may be looked up across: a month, or a week named as "this week". */
    private static final int RANGE_DAYS = 31;

    /**
     * The incident a report at coarser precision tells again ("fighting broke out this week", "clashes in September")
     * when its own article dates that happening to a day inside the range: of violence or a ceasefire, the same sides.
     * The guide's rule: one happening, one event, its start the most specific statement. Of several, the ones its own
     * speaker dates in the same article are preferred, and of those the one told most, then the first.
     */
    private Incident dayOfCoarseReport(Mention m, Map<Bucket, List<Incident>> buckets) {
        boolean fightOrTruce = m.type().isViolence() || m.type() == EventType.CEASEFIRE;
        if (!fightOrTruce || m.background() || m.time().precision() != Precision.MONTH) {
            return null;
        }
        long first = Math.floorDiv(m.startSecond(), DAY);
        long last = Math.floorDiv(m.endSecond() - 1, DAY);
        if (last - first > RANGE_DAYS) {
            return null;
        }
        List<Incident> candidates = new ArrayList<>(2);
        for (long d = first; d <= last; d++) { // an incident is filed under its anchor's day only: none comes twice
            for (Incident inc : buckets.getOrDefault(new Bucket(d, m), List.of())) {
                if (inc.anchor().time().precision().hasDay() && inc.toldIn(m.document())
                        && inc.sameSides(m, this::party)) {
                    candidates.add(inc);
                }
            }
        }
        List<Incident> sameSpeaker = new ArrayList<>(candidates);
        sameSpeaker.removeIf(inc -> inc.mentions().stream().noneMatch(o -> o.document().equals(m.document())
                && java.util.Objects.equals(o.claimant(), m.claimant())));
        List<Incident> pick = sameSpeaker.isEmpty() ? candidates : sameSpeaker;
        // the fight told most is the one a coarse report ("fighting broke out this week") sums up; of fights told as
        // much, the first
        return pick.stream().min(Comparator.comparingLong((Incident inc) -> -inc.mentions().size())
                .thenComparingLong(inc -> inc.anchor().startSecond()).thenComparingInt(inc -> inc.sequence))
                .orElse(null);
    }

    /**
     * The happening told at month precision in its own article ("this week, Khartoum said Ethiopian troops killed seven
     * soldiers") that a report without a time of its own, dated only by its article's day, goes with ("Ethiopia denied
     * responsibility for the deaths"): it takes the time of the happening it belongs to (guide 4), not a day of its own.
     */
    private Incident monthItBelongsTo(Mention m, Map<Bucket, List<Incident>> buckets) {
        if (m.ownTime() || m.background() || !m.time().precision().hasDay()
                || m.time().start().date() == null) {
            return null;
        }
        long firstOfMonth = m.time().start().date().withDayOfMonth(1).toEpochDay();
        for (Incident inc : buckets.getOrDefault(new Bucket(firstOfMonth, m), List.of())) {
            Mention a = inc.anchor();
            if (a.time().precision() == Precision.MONTH && a.startSecond() <= m.startSecond()
                    && m.startSecond() < a.endSecond() && a.document().equals(m.document())
                    && inc.sameSides(m, this::party)) {
                return inc;
            }
        }
        return null;
    }

    /** How many days a day counted from the publication may be off from the day the article states. */
    private static final int COUNTED_DAY_SLACK = 3;

    /**
     * The fight a report dates by counting from the publication ("clashed at Naku La three days ago", "on Tuesday")
     * tells again, when its own article states that fight's date at the same place with the same sides a few days
     * away: a day counted from when a source spoke, not from when the article appeared, is off by the days between
     * (guide 2: sources disagreeing on the time of one happening make one event, dated by the most specific).
     */
    private Incident statedDayOfCountedReport(Mention m, long day, Map<Bucket, List<Incident>> buckets) {
        if (!m.type().isViolence() || m.background() || m.places().isEmpty()
                || m.time().basis() != claimline.model.TimeBasis.RELATIVE
                || !m.time().precision().hasDay()) {
            return null;
        }
        for (int off = 1; off <= COUNTED_DAY_SLACK; off++) {
            for (long d : new long[] {day - off, day + off}) {
                for (Incident inc : buckets.getOrDefault(new Bucket(d, m), List.of())) {
                    // the place both name is what ties them: another place the same speaker named for the stated
                    // fight ("along the Line of Actual Control") does not tell them apart
                    boolean statedThere = inc.mentions().stream().anyMatch(o -> o.ownTime()
                            && o.time().basis() == claimline.model.TimeBasis.STATED && o.document().equals(m.document())
                            && o.places().stream().anyMatch(m.places()::contains)
                            && (o.parties().isEmpty() || m.parties().isEmpty()
                            || o.parties().stream().anyMatch(m.parties()::contains)));
                    if (statedThere) {
                        return inc;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The incidents of the reports {@code m} goes on from: the next or previous sentence of the same article, by the
     * same speaker, naming no other sides (or the same kind of happening, talks aside), equally background.
     */
    private static List<Incident> continued(Mention m, Map<Sentence, List<Placed>> bySentence) {
        if (m.claimant() == null) {
            return List.of();
        }
        List<Incident> out = new ArrayList<>(0);
        for (int step = -1; step <= 1; step += 2) {
            for (Placed p : bySentence.getOrDefault(new Sentence(m.document(), m.order() + step), List.of())) {
                Mention o = p.mention();
                boolean otherDay = m.ownTime() && o.ownTime() && !localDate(m).equals(localDate(o));
                if (m.claimant().equals(o.claimant()) && !otherDay
                        && (m.parties().isEmpty() || (sameKind(o.type(), m.type()) && m.type() != EventType.DIPLOMACY))
                        && o.background() == m.background() && !differentMeasures(o, m)) {
                    out.add(p.incident());
                }
            }
        }
        return out;
    }

    /** Whether a mention of the incident's kind and background fits its anchor's time and shares its sides. */
    private boolean fits(Incident incident, Mention m) {
        Mention anchor = incident.anchor();
        boolean coarse = !m.time().precision().hasDay()
                || !anchor.time().precision().hasDay();
        if (coarse) {
            return m.time().precision() == anchor.time().precision()
                    && m.startSecond() == anchor.startSecond() && incident.sameSides(m, this::party);
        }
        if (m.ownTime() && anchor.ownTime() && dayAgainstClock(m.time(), anchor.time()) || incident.toldApartBy(m)
                || differentMeasures(anchor, m)) {
            return false;
        }
        long slack = m.type().isViolence() ? VIOLENCE_SLACK : m.type() == EventType.CEASEFIRE ? CEASEFIRE_SLACK : 0;
        if (m.ownTime() && anchor.ownTime()
                && (m.type() == EventType.CASUALTIES || anchor.type() == EventType.CASUALTIES)) {
            slack = 0; // a toll reported on its own day is its own event (reading guide 2), not the fight's nor the
                       // toll of the day before
        }
        if (!m.ownTime()) {
            slack = DAY;
        }
        boolean timeFits = m.startSecond() < anchor.endSecond() + slack && anchor.startSecond() < m.endSecond() + slack;
        return timeFits && incident.sameSides(m, this::party);
    }

    /**
     * Two measures each named for what it is, and not the same ("Border closed", "Envoy summoned"): a state that closes
     * a crossing and summons an envoy on one day took two measures, whoever reports them.
     */
    private static boolean differentMeasures(Mention a, Mention b) {
        return a.kind() != null && b.kind() != null && !a.kind().equals(b.kind());
    }

    /** Kinds of happening that may be one incident: all violence is one kind, each other type its own. */
    private static int kindOf(EventType t) {
        return t.isViolence() ? -1 : t.ordinal();
    }

    private static boolean sameKind(EventType a, EventType b) {
        return kindOf(a) == kindOf(b);
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

    /** The day a report places its happening on, where it happened. */
    private static java.time.LocalDate localDate(Mention m) {
        return m.time().start().local().toLocalDate();
    }

    private String party(String actorId) {
        return actorId == null ? null : gazetteer.partyOf(actorId);
    }
}
