package claimline.export;

import claimline.Seeds;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Fact;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seeds' model with an article of its own added, for what the seeds do not hold: a passage with markup in it, a
 * death toll the parties give differently, a day that is only the publication's.
 */
final class AnalystModels {
    static final String TEXT = "Armenia says 5 soldiers were killed near Goris, where <b>drones</b> & shells fell."
            + "\nAzerbaijan says 3 of its soldiers were killed and 2 wounded.";
    static final String DOC = "900_markup";

    private AnalystModels() {}

    static Event seedsEvent(java.util.function.Predicate<Event> which) {
        return Seeds.model().events().stream().filter(which).findFirst().orElseThrow();
    }

    /** The night of 13 September 2022 (00:05+04:00). */
    static Event night() {
        return seedsEvent(e -> e.time().start().iso().startsWith("2022-09-13T00:05"));
    }

    static Source firstSentence() {
        return new Source(DOC, 0, TEXT.indexOf('\n'));
    }

    static Source secondSentence() {
        return new Source(DOC, TEXT.indexOf('\n') + 1, TEXT.length());
    }

    /** A clash at Goris and Lachin whose tolls differ: Armenia 5 killed, Azerbaijan 3 killed (and 2 wounded). */
    static Event tollsDiffer(EventType type, TimeBasis basis) {
        Claim arm = new Claim("arm-mod", Stance.ASSERTS, TEXT.substring(0, TEXT.indexOf('\n')), List.of(firstSentence()),
                Map.of(Fact.CASUALTIES, "5 killed"));
        Claim aze = new Claim("aze-mod", Stance.ASSERTS, TEXT.substring(TEXT.indexOf('\n') + 1),
                List.of(secondSentence()), Map.of(Fact.CASUALTIES, "3 killed, 2 wounded"));
        return new Event("ev-toll-" + type.json(), type, "Shelling near Goris",
                new EventTime(TimePoint.day(LocalDate.of(2022, 9, 14)), null, basis, "14 September"), false,
                List.of("arm-mod", "aze-mod"), List.of("goris", "lachin"), List.of(arm, aze), List.of());
    }

    /** The seeds' model with the article above and the events given added after the seeds' own. */
    static EventModel seedsWith(Event... more) {
        EventModel seeds = Seeds.model();
        List<Document> documents = new ArrayList<>(seeds.documents());
        documents.add(new Document(DOC, DOC + ".txt", "Shelling near Goris", "Border Monitor", "en",
                new Published(LocalDate.of(2022, 9, 14), PublishedBasis.STATED, "14 September 2022"), TEXT, List.of()));
        List<Event> events = new ArrayList<>(seeds.events());
        events.addAll(List.of(more));
        return new EventModel(seeds.generator(), documents, seeds.actors(), seeds.places(), events, seeds.problems());
    }
}
