package claimline.viewmodel;

import claimline.model.Event;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The whole corpus at a glance: one row per contested event, one column per party, each cell that party's version. */
public record ContestedTable(List<String> parties, List<String> partyNames, List<Row> rows) {
    /** One contested event; {@code versions} has one cell per party column, "" where the party says nothing. */
    public record Row(Event event, List<String> versions) {}

    private static final int CELL_LIMIT = 220;

    public static ContestedTable of(List<Event> visible, ModelIndex index, EventFilter filter) {
        Set<String> parties = new LinkedHashSet<>();
        List<SideBySide> contested = new ArrayList<>();
        for (Event e : visible) {
            if (index.isContested(e)) {
                SideBySide s = SideBySide.of(e, index, filter);
                contested.add(s);
                s.columns().forEach(c -> parties.add(c.party()));
            }
        }
        List<String> order = new ArrayList<>(index.partiesByWeight());
        order.retainAll(parties);
        parties.stream().filter(p -> !order.contains(p)).forEach(order::add);
        List<Row> rows = new ArrayList<>();
        for (SideBySide s : contested) {
            Map<String, String> cell = new TreeMap<>();
            for (SideBySide.Column c : s.columns()) {
                StringBuilder b = new StringBuilder();
                Set<claimline.model.Claim> told = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (SideBySide.Card card : c.cards()) {
                    if (!told.add(card.claim())) {
                        continue; // a card per passage: the claim is told once
                    }
                    if (b.length() > 0) {
                        b.append('\n');
                    }
                    b.append(card.stance() == claimline.model.Stance.DENIES ? Texts.get("claim.deniesMark") : "")
                            .append(card.claimantName()).append(": ").append(shorten(card.claim().text()));
                }
                cell.put(c.party(), b.toString());
            }
            rows.add(new Row(s.event(), order.stream().map(p -> cell.getOrDefault(p, "")).toList()));
        }
        return new ContestedTable(List.copyOf(order), order.stream().map(index::partyName).toList(), List.copyOf(rows));
    }

    private static String shorten(String s) {
        return s.length() <= CELL_LIMIT ? s : s.substring(0, CELL_LIMIT - 1) + "…";
    }
}
