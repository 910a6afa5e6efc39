package claimline.reading;

import claimline.reading.actors.ActorFinder;
import claimline.reading.actors.ActorMention;
import claimline.reading.actors.Gazetteer;
import claimline.reading.events.TriggerFinder;
import claimline.reading.language.Languages;
import claimline.reading.language.Sentence;
import claimline.reading.language.SentenceSegmenter;
import claimline.reading.language.Token;
import claimline.reading.time.TimeFinder;
import claimline.reading.time.TimeMention;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Segments the document into sentences, tells its language, and finds in each sentence the actors, places,
 * remembered happenings and time expressions it names, and its words' stems.
 */
final class AnalysisStage {
    private final Gazetteer gazetteer;
    private final SentenceSegmenter segmenter;

    AnalysisStage(Gazetteer gazetteer, SentenceSegmenter segmenter) {
        this.gazetteer = gazetteer;
        this.segmenter = segmenter;
    }

    void analyse(DocumentState doc) {
        String text = doc.text;
        List<Sentence> sentences = segmenter.segment(text, doc.boilerplate);
        doc.language = Languages.of(sentences);
        ActorFinder actorFinder = new ActorFinder(gazetteer, doc.language);
        TimeFinder timeFinder = TimeFinder.of(doc.language);
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        List<Analysed> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<TimeMention> times = timeFinder.find(text, s.span(), s.tokens());
            List<Token> tokens = s.tokens();
            if (doc.dateline != null && s.span().overlaps(doc.dateline.span())) {
                int end = doc.dateline.span().end();
                tokens = tokens.stream().filter(t -> t.start() >= end).toList();
                s = new Sentence(s.index(), s.span(), tokens);
            }
            ActorFinder.Found found = actorFinder.find(tokens);
            List<String> stems = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                stems.add(triggers.stem(t));
            }
            out.add(new Analysed(s, found, times, stems));
            for (ActorMention a : found.actors()) {
                doc.actorAliases.computeIfAbsent(a.actorId(), k -> new TreeSet<>()).add(a.surface());
            }
            found.places().forEach(p -> doc.placeAliases.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(p.surface()));
        }
        doc.sentences = out;
        doc.townsMeant = actorFinder.townsMeant();
        doc.documentZone = mostNamedZone(out);
    }

    /** The zone of the state the document names most (computed once per document, not once per sentence). */
    private ZoneId mostNamedZone(List<Analysed> all) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Analysed x : all) {
            for (ActorMention m : x.found().actors()) {
                String p = gazetteer.partyOf(m.actorId());
                if (p != null && gazetteer.zoneOf(p.toLowerCase(Locale.ROOT)) != null) {
                    counts.merge(p.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> gazetteer.zoneOf(e.getKey())).orElse(null);
    }

}
