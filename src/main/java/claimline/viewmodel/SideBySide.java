package claimline.viewmodel;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Source;
import claimline.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parties' versions of one event side by side: a column per party that claims about it with every passage of
 * every claim its actors make (its own officials and institutions first, then what is said in the party's name as a
 * whole, which is how outlets paraphrase it, then its media), and the facts the versions state aligned in rows, one
 * cell per column.
 *
 * @param contest why the event is contested, if it is
 */
public record SideBySide(Event event, Contest contest, List<Column> columns, List<FactRow> facts) {
    /** One party's passages, in the order the column shows them. */
    public record Column(String party, String partyName, List<Card> cards) {
        public Column {
            cards = List.copyOf(cards);
        }
    }

    /**
     * One passage of one claim. {@code document} is null when the model lacks the passage's document.
     *
     * @param official said by one of the party's office holders or institutions, not in the party's name as a whole
     */
    public record Card(Claim claim, String claimantName, Stance stance, Source source, Document document,
                       boolean official) {}

    /**
     * A fact as each column states it: {@code values} has one list per column (empty where the side is silent), each
     * value as the claims give it (a date, place names, a party code for {@link Fact#BLAME}, a claimant id for
     * {@link Fact#DENIAL}). {@code disputed}: the parties differ on it.
     */
    public record FactRow(Fact fact, boolean disputed, List<List<String>> values) {
        public FactRow {
            values = values.stream().map(List::copyOf).toList();
        }
    }

    public static SideBySide of(Event e, ModelIndex index, EventFilter filter) {
        Map<String, List<Card>> byParty = new LinkedHashMap<>();
        for (String p : index.parties(e)) {
            byParty.put(p, new ArrayList<>());
        }
        List<Claim> visible = filter.visibleClaims(e);
        for (Claim c : visible) {
            String party = index.partyOf(c.claimant());
            Actor claimant = index.actor(c.claimant());
            boolean official = claimant != null
                    && (claimant.type() == ActorType.PERSON || claimant.type() == ActorType.INSTITUTION);
            for (Source s : c.sources()) {
                byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(new Card(c, index.actorName(c.claimant()),
                        c.stance(), s, index.document(s.document()), official));
            }
        }
        List<Column> columns = new ArrayList<>();
        byParty.forEach((p, cards) -> {
            // Outlets telling the story in their own voice speak for no party: their passages are in the details.
            if (!cards.isEmpty() && !p.equals(ModelIndex.NO_PARTY)) {
                cards.sort(cardOrder(index));
                columns.add(new Column(p, index.partyName(p), cards));
            }
        });
        Contest contest = index.contest(e);
        return new SideBySide(e, contest, List.copyOf(columns), facts(e, visible, columns, contest, index));
    }

    /**
     * The party's own voices first (office holders and institutions), then the party named as a whole ("Armenia
     * said", an outlet's paraphrase), then its media; within each, the earliest published first, then in the order
     * of the article.
     */
    private static Comparator<Card> cardOrder(ModelIndex index) {
        return Comparator.comparingInt((Card c) -> rank(c, index))
                .thenComparing(c -> c.document() == null || c.document().published().date() == null
                        ? java.time.LocalDate.MAX : c.document().published().date())
                .thenComparing(Card::source);
    }

    private static int rank(Card c, ModelIndex index) {
        if (c.official()) {
            return 0;
        }
        Actor a = index.actor(c.claim().claimant());
        return a != null && a.type() == ActorType.MEDIA ? 2 : 1;
    }

    /**
     * A row per fact any column states or the event's disagreements carry, in the order of {@link Fact} (whatever
     * facts there are: a new one gets its row without a change here). A side's value is the one its disagreement
     * records, else every value its visible claims assert. A denial sits in the column of the denying claimant's
     * party. Notes name no side and have no row.
     */
    static List<FactRow> facts(Event e, List<Claim> visible, List<Column> columns, Contest contest,
                               ModelIndex index) {
        Map<Fact, Disagreement> recorded = new LinkedHashMap<>();
        e.disagreements().forEach(d -> recorded.putIfAbsent(d.fact(), d));
        List<FactRow> rows = new ArrayList<>();
        for (Fact f : Fact.values()) {
            if (f == Fact.NOTE) {
                continue;
            }
            List<List<String>> values = new ArrayList<>();
            boolean any = false;
            for (Column col : columns) {
                Set<String> v = new LinkedHashSet<>();
                Disagreement d = recorded.get(f);
                if (f == Fact.DENIAL) {
                    visible.stream().filter(c -> c.stance() == Stance.DENIES
                            && index.partyOf(c.claimant()).equals(col.party())).forEach(c -> v.add(c.claimant()));
                    if (d != null) {
                        d.byParty().keySet().stream().filter(k -> index.partyOf(k).equals(col.party())).forEach(v::add);
                    }
                } else if (d != null && d.byParty().containsKey(col.party())) {
                    v.add(d.byParty().get(col.party()));
                } else {
                    for (Claim c : visible) {
                        String value = c.facts().get(f);
                        if (value != null && c.stance() == Stance.ASSERTS
                                && index.partyOf(c.claimant()).equals(col.party())
                                && !(f == Fact.BLAME && value.equals(col.party()))) {
                            v.add(value);
                        }
                    }
                }
                any |= !v.isEmpty();
                values.add(List.copyOf(v));
            }
            if (any) {
                rows.add(new FactRow(f, contest.facts().contains(f), values));
            }
        }
        return List.copyOf(rows);
    }

    /** Number of parties with claims: two or more is what the side-by-side view is for. */
    public int partyCount() {
        return columns.size();
    }
}
