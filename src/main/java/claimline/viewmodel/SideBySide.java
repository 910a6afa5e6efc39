package claimline.viewmodel;

import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Fact;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Source;
import claimline.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties' versions of one event side by side: a column per party that claims about it, the event's
 * disagreements, and the facts they differ on aligned in rows (one cell per column, empty where a side is silent).
 */
public record SideBySide(Event event, List<String> disagreements, List<Column> columns, List<FactRow> facts) {
    /** One party's claims. */
    public record Column(String party, String partyName, List<Card> cards) {}

    /** One claim as the column shows it. */
    public record Card(Claim claim, String claimantName, Stance stance, Source source, String documentTitle,
                       String outlet) {}

    /** A fact the parties state differently: {@code values} has one entry per column, "" where a side is silent. */
    public record FactRow(String fact, List<String> values) {}

    public static SideBySide of(Event e, ModelIndex index, EventFilter filter) {
        Map<String, List<Card>> byParty = new LinkedHashMap<>();
        for (String p : index.parties(e)) {
            byParty.put(p, new ArrayList<>());
        }
        for (Claim c : filter.visibleClaims(e)) {
            String party = index.partyOf(c.claimant());
            Source s = c.sources().get(0);
            Document d = index.document(s.document());
            byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(new Card(c, index.actorName(c.claimant()),
                    c.stance(), s, d == null ? s.document() : titleOf(d), d == null ? "" : outletOf(d)));
        }
        List<Column> columns = new ArrayList<>();
        byParty.forEach((p, cards) -> {
            // Outlets telling the story in their own voice speak for no party: their passages are in the details.
            if (!cards.isEmpty() && !p.equals(ModelIndex.NO_PARTY)) {
                columns.add(new Column(p, index.partyName(p), List.copyOf(cards)));
            }
        });
        return new SideBySide(e, index.disagreementTexts(e), List.copyOf(columns), facts(e, columns, index));
    }

    private static String titleOf(Document d) {
        return d.title() == null || d.title().isBlank() ? d.id() : d.title();
    }

    private static String outletOf(Document d) {
        return d.outlet() == null ? "" : d.outlet();
    }

    /**
     * Each disagreement as a row, each side's value in the column of its party ("dates it 2022-09-13", "blames
     * Azerbaijan"); a denial sits in the column of the denying claimant's party. Sentences an older file stated only
     * as text name no party and stay in the badges above.
     */
    static List<FactRow> facts(Event e, List<Column> columns, ModelIndex index) {
        List<FactRow> rows = new ArrayList<>();
        for (Disagreement d : e.disagreements()) {
            if (d.fact() == Fact.NOTE) {
                continue;
            }
            String[] values = new String[columns.size()];
            java.util.Arrays.fill(values, "");
            boolean placed = false;
            for (Map.Entry<String, String> side : d.byParty().entrySet()) {
                String party = d.fact() == Fact.DENIAL ? index.partyOf(side.getKey()) : side.getKey();
                String value = FactTexts.value(d.fact(), side.getValue(), index::partyName);
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).party().equals(party)) {
                        values[c] = values[c].isEmpty() ? value : values[c] + "; " + value;
                        placed = true;
                    }
                }
            }
            if (placed) {
                rows.add(new FactRow(FactTexts.label(d.fact()), List.of(values)));
            }
        }
        return List.copyOf(rows);
    }

    /** Number of parties with claims: two or more is what the side-by-side view is for. */
    public int partyCount() {
        return columns.size();
    }
}
