package claimline.reading;

import java.util.Locale;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.PeopleAcrossArticles;
import claimline.reading.actors.TownsMeant;
import claimline.reading.events.Mention;
import claimline.reading.events.IncidentMerger;
import claimline.reading.events.EventBuilder;
import claimline.corpus.Corpus;
import claimline.corpus.SourceText;
import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Place;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/** Reads a decoded corpus into the event model: each document through its stages, then one merge over all. */
public final class CorpusAnalyzer {
    public static final String GENERATOR = "Claimline " + Version.VERSION;

    private final int latestYear;

    /** {@code latestYear}: the last year an undated article may be placed in (this year, normally). */
    public CorpusAnalyzer(int latestYear) {
        this.latestYear = latestYear;
    }

    public CorpusAnalyzer() { this(java.time.Year.now().getValue()); }

    public EventModel analyze(Corpus corpus) { return analyze(corpus, f -> { }, false); }

    public EventModel analyze(Corpus corpus, DoubleConsumer progress, boolean parallel) {
        Gazetteer g = Gazetteer.get();
        DocumentReader reader = new DocumentReader(latestYear);
        List<Problem> problems = new ArrayList<>(corpus.problems());
        AtomicInteger done = new AtomicInteger();
        int total = Math.max(1, corpus.texts().size());
        var stream = parallel ? corpus.texts().parallelStream() : corpus.texts().stream();
        List<Object> results = stream.map(t -> {
            Object r = readSafely(reader, t);
            progress.accept(done.incrementAndGet() / (double) total * 0.9);
            return r;
        }).toList();
        List<DocumentReader.Reading> readings = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof DocumentReader.Reading reading) {
                readings.add(reading);
            } else {
                problems.add((Problem) r);
            }
        }
        Map<String, DocumentReader.Reading> byDoc = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (DocumentReader.Reading r : readings) {
            byDoc.put(r.document().id(), r);
            mentions.addAll(r.mentions());
        }
        Map<String, String> outletNames = new HashMap<>();
        readings.forEach(r -> outletNames.put(r.outletActor(),
                r.outletName() != null ? r.outletName() : "the outlet of " + r.document().id()));
        EventBuilder builder = new EventBuilder(g, d -> byDoc.get(d).outletActor(), outletNames::get);
        mentions = new PeopleAcrossArticles(g).resolve(mentions);
        List<List<Mention>> incidents = new IncidentMerger(g).merge(mentions);
        // Each incident becomes its event independently (the builder only reads): in parallel when asked; the sort
        // below makes the order the same either way.
        List<Event> events = new ArrayList<>((parallel ? incidents.parallelStream() : incidents.stream())
                .map(builder::build).toList());
        events.sort(Comparator.comparingLong((Event e) -> e.time().startEpochSecond()).thenComparing(Event::id));
        progress.accept(1.0);
        List<Document> documents = readings.stream().map(DocumentReader.Reading::document)
                .sorted(Comparator.comparing(Document::id)).toList();
        problems.sort(Comparator.comparing(Problem::path).thenComparing(p -> p.kind().json()));
        return new EventModel(GENERATOR, documents, actors(g, events, readings), places(g, events, readings), events, problems);
    }

    private static Object readSafely(DocumentReader reader, SourceText t) {
        try {
            return reader.read(t);
        } catch (RuntimeException | StackOverflowError e) {
            // One document the reader cannot handle must not cost the corpus: it is reported, not read.
            return new Problem(t.path(), ProblemKind.PARTIAL, "could not be read: " + e);
        }
    }

    private static List<Actor> actors(Gazetteer g, List<Event> events, List<DocumentReader.Reading> readings) {
        // Hash sets while collecting, sorted once at the end: the result is in id order with aliases in name order.
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            ids.addAll(e.actors());
            for (Claim c : e.claims()) {
                ids.add(c.claimant());
            }
        }
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Actor> outlets = new HashMap<>();
        for (DocumentReader.Reading r : readings) {
            r.actorAliases().forEach((k, v) -> aliases.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            String name = r.outletName() != null ? r.outletName() : "the outlet of " + r.document().id();
            outlets.put(r.outletActor(), new Actor(r.outletActor(), name, ActorType.MEDIA, null, null, List.of()));
            if (r.outletName() != null) {
                aliases.computeIfAbsent(r.outletActor(), x -> new HashSet<>()).add(r.outletName());
            }
        }
        Set<String> withParents = new HashSet<>(ids);
        for (String id : ids) {
            Actor a = g.actor(id);
            for (int guard = 0; a != null && a.parent() != null && guard < 8; guard++) {
                withParents.add(a.parent());
                a = g.actor(a.parent());
            }
            String party = g.partyOf(id);
            if (party != null && g.actor(party.toLowerCase(Locale.ROOT)) != null) {
                withParents.add(party.toLowerCase(Locale.ROOT));
            }
        }
        List<Actor> out = new ArrayList<>();
        for (String id : sorted(withParents)) {
            Actor a = outlets.containsKey(id) ? outlets.get(id) : g.actor(id);
            if (a != null) {
                out.add(a.withAliases(sorted(aliases.getOrDefault(id, Set.of()))));
            }
        }
        return out;
    }

    private static List<Place> places(Gazetteer g, List<Event> events, List<DocumentReader.Reading> readings) {
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.addAll(e.places()));
        Map<String, Set<String>> aliases = new HashMap<>();
        readings.forEach(r -> r.placeAliases().forEach((k, v) -> aliases.computeIfAbsent(k, x -> new HashSet<>()).addAll(v)));
        TownsMeant towns = TownsMeant.of(readings.stream().map(DocumentReader.Reading::townsMeant).toList());
        return sorted(ids).stream().map(id -> towns.located(g.place(id))
                .withAliases(sorted(aliases.getOrDefault(id, Set.of())))).toList();
    }

    private static List<String> sorted(Set<String> strings) {
        List<String> out = new ArrayList<>(strings);
        out.sort(null);
        return out;
    }
}
