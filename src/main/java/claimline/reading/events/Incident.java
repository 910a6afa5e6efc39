package claimline.reading.events;

import claimline.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An incident while the merger builds it: its mentions, the first of which anchors its time, and what the merger asks
 * of all of them (who speaks, which sides) kept as sets. Asking costs the same for an incident of a thousand reports
 * as for one of two, so merging stays linear however many outlets report one happening.
 */
public final class Incident {
    private record Sides(Set<String> people, Set<String> parties, String kind) {}

    /** Where one speaker of one article places its part of a fight. */
    private record Placed(String document, String speakerParty, List<String> places) {}

    private final Mention anchor;
    /** The day the incident is filed under (its anchor's), and its place in the order incidents were opened. */
    final long day;
    final int sequence;
    private final List<Mention> mentions = new ArrayList<>();
    // Distinct values in small lists: an incident has few speakers and few sides, however many reports.
    private final List<String> speakerParties = new ArrayList<>(1);
    private final List<Set<String>> partySets = new ArrayList<>(1);
    private final List<String> allParties = new ArrayList<>(2);
    private final List<Sides> sides = new ArrayList<>(1);
    private boolean anyWithoutParties;
    private final List<String> documents = new ArrayList<>(1);
    private final List<Placed> placed = new ArrayList<>(0);
    /** The day each passage with a time of its own places it on: one passage listing days tells them apart. */
    private final java.util.Map<claimline.model.Source, java.util.Set<java.time.LocalDate>> passageDays =
            new java.util.HashMap<>(2);

    Incident(Mention anchor, long day, int sequence) {
        this.anchor = anchor;
        this.day = day;
        this.sequence = sequence;
    }

    Mention anchor() { return anchor; }

    /**
     * Whether the passage of a mention already places one of this incident's reports on another day: "drones on
     * October 3, 9 and 10" are three happenings, however near the days.
     */
    boolean toldApartBy(Mention m) {
        if (!m.ownTime()) {
            return false;
        }
        java.util.Set<java.time.LocalDate> days = passageDays.get(m.source());
        return days != null && !days.contains(m.time().start().local().toLocalDate());
    }

    List<Mention> mentions() { return mentions; }

    /** Whether one of its reports stands in the document. */
    boolean toldIn(String document) { return documents.contains(document); }

    void add(Mention m, Function<String, String> partyOf) {
        mentions.add(m);
        String speaker = m.claimant() == null ? null : partyOf.apply(m.claimant());
        if (speaker != null) {
            addDistinct(speakerParties, speaker);
        }
        addDistinct(partySets, m.parties());
        m.parties().forEach(p -> addDistinct(allParties, p));
        anyWithoutParties |= m.parties().isEmpty();
        addDistinct(sides, new Sides(m.people(), m.parties(), m.kind()));
        addDistinct(documents, m.document());
        if (m.ownTime()) {
            passageDays.computeIfAbsent(m.source(), k -> new java.util.HashSet<>(1))
                    .add(m.time().start().local().toLocalDate());
        }
        if (m.type().isViolence() && !m.places().isEmpty()) {
            addDistinct(placed, new Placed(m.document(), speaker, m.places()));
        }
    }

    /**
     * One speaker, other places: another attack ("a school in Mora … a mosque in Kolofata"). Two speakers naming other
     * places tell one happening two ways, and are kept together.
     */
    private boolean elsewhere(Mention m, Function<String, String> partyOf) {
        if (!m.type().isViolence() || m.places().isEmpty()) {
            return false;
        }
        String speaker = m.claimant() == null ? null : partyOf.apply(m.claimant());
        for (Placed p : placed) {
            if (java.util.Objects.equals(p.speakerParty(), speaker) && p.places().stream().noneMatch(m.places()::contains)) {
                return true;
            }
        }
        return false;
    }

    private static <T> void addDistinct(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** The same sides: shared parties; for talks, the same people when both name people; for statements, one speaker. */
    boolean sameSides(Mention m, Function<String, String> partyOf) {
        if (m.type() == EventType.STATEMENT || m.type() == EventType.REQUEST_ASSISTANCE) {
            String speaker = m.claimant() == null ? null : partyOf.apply(m.claimant());
            boolean sameSpeaker = speaker != null && speakerParties.contains(speaker);
            boolean sameParties = !m.parties().isEmpty() && partySets.contains(m.parties());
            return sameSpeaker || sameParties;
        }
        if (m.type() == EventType.DIPLOMACY || m.type() == EventType.OTHER) {
            for (Sides o : sides) {
                if (!o.people().isEmpty() && !m.people().isEmpty()) {
                    long shared = o.people().stream().filter(m.people()::contains).count();
                    if (shared >= Math.min(2, Math.min(o.people().size(), m.people().size()))) {
                        return true;
                    }
                } else if (!o.parties().isEmpty() && o.parties().equals(m.parties())) {
                    return true;
                } else if (m.kind() != null && m.kind().equals(o.kind()) && !o.parties().isEmpty()
                        && !m.parties().isEmpty()
                        && (o.parties().containsAll(m.parties()) || m.parties().containsAll(o.parties()))) {
                    // one measure told twice, once with the state it is taken against ("recalled its ambassador to
                    // Rabat") and once without ("recalls envoy")
                    return true;
                }
            }
            return false;
        }
        if (elsewhere(m, partyOf)) {
            return false;
        }
        // A report that names no side goes with the reports of its own article only: on one day two wars may be
        // reported, and a mention of neither side must not join them.
        if ((m.parties().isEmpty() || anyWithoutParties) && toldIn(m.document())) {
            return true;
        }
        for (String p : m.parties()) {
            if (allParties.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
