package claimline.bench;

import java.util.Locale;
import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Fact;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large event model made directly (not read), for measuring the timeline and memory at sizes no test corpus
 * reaches: events spread over parties and years with every precision, claims pointing into documents.
 */
public final class SyntheticModel {
    private SyntheticModel() {}

    public static EventModel of(int events, int documents, int parties, int years, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Actor> actors = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            String party = String.format(Locale.ROOT, "P%02d", p);
            actors.add(new Actor("state-" + p, "State " + p, ActorType.STATE, party, null, List.of()));
            actors.add(new Actor("mod-" + p, "Ministry of Defence of State " + p, ActorType.INSTITUTION, null,
                    "state-" + p, List.of()));
        }
        StringBuilder filler = new StringBuilder();
        while (filler.length() < 3000) {
            filler.append("Pasukan kedua negara saling menembak di perbatasan pada malam hari, kata kementerian. ");
        }
        String text = filler.toString();
        List<Document> docs = new ArrayList<>();
        LocalDate first = LocalDate.of(2026 - years, 1, 1);
        for (int d = 0; d < documents; d++) {
            // Each document gets its own copy of the text, as documents read from disk do.
            docs.add(new Document(String.format(Locale.ROOT, "doc-%06d", d), "doc-" + d + ".txt", "Report " + d, "Outlet " + (d % 7),
                    "id", new Published(first.plusDays(r.nextInt(years * 365)), PublishedBasis.STATED, ""),
                    new String(text.toCharArray()), List.of()));
        }
        EventType[] types = EventType.values();
        Precision[] precisions = {Precision.MINUTE, Precision.DAY, Precision.DAY, Precision.PART_OF_DAY,
                Precision.MONTH};
        List<Event> out = new ArrayList<>(events);
        for (int e = 0; e < events; e++) {
            LocalDate day = first.plusDays(r.nextInt(years * 365));
            Precision p = precisions[r.nextInt(precisions.length)];
            TimePoint t = switch (p) {
                case MINUTE, PART_OF_DAY -> TimePoint.clock(day, LocalTime.of(r.nextInt(24), r.nextInt(60)),
                        ZoneOffset.ofHours(4), p);
                case MONTH -> TimePoint.month(day.getYear(), day.getMonthValue());
                default -> TimePoint.day(day);
            };
            int a = r.nextInt(parties);
            int b = (a + 1 + r.nextInt(parties - 1)) % parties;
            Document doc = docs.get(r.nextInt(docs.size()));
            int start = r.nextInt(2000);
            List<Claim> claims = new ArrayList<>();
            claims.add(new Claim("mod-" + a, Stance.ASSERTS, "claim", List.of(new Source(doc.id(), start, start + 80))));
            if (r.nextInt(3) == 0) {
                claims.add(new Claim("mod-" + b, r.nextBoolean() ? Stance.DENIES : Stance.ASSERTS, "counter-claim",
                        List.of(new Source(doc.id(), start + 100, start + 180))));
            }
            TimeBasis basis = TimeBasis.values()[r.nextInt(TimeBasis.values().length)];
            out.add(new Event(String.format(Locale.ROOT, "ev-%07d", e), types[r.nextInt(types.length)], "Event " + e,
                    new EventTime(t, null, basis, "evidence"), r.nextInt(20) == 0,
                    List.of("state-" + a, "state-" + b), List.of(), claims,
                    claims.size() > 1 && r.nextBoolean()
                            ? List.of(new Disagreement(Fact.TIME, java.util.Map.of(
                                    String.format(Locale.ROOT, "P%02d", a), day.toString(),
                                    String.format(Locale.ROOT, "P%02d", b), day.plusDays(1).toString())))
                            : List.of()));
        }
        // The reader hands its events over in time order (CorpusAnalyzer sorts them, exports keep that order): so does
        // a synthetic model, or the bench would time a sort the app never does.
        return new EventModel("synthetic", docs, actors, List.of(), claimline.model.TimeOrder.sorted(out), List.of());
    }
}
