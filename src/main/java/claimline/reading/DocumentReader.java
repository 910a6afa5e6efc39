package claimline.reading;

import claimline.reading.actors.TownsMeant;
import claimline.corpus.SourceText;
import claimline.model.Document;
import claimline.reading.actors.Gazetteer;
import claimline.reading.claims.ClaimAttributor;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.events.CasualtyFinder;
import claimline.reading.events.Mention;
import claimline.reading.events.TriggerFinder;
import claimline.reading.language.Language;
import claimline.reading.language.Languages;
import claimline.reading.language.SentenceSegmenter;
import claimline.reading.time.TimeFinder;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one article through its stages, each with one job, sharing a {@link DocumentState}:
 * <ol>
 *   <li>{@link ShapeStage}: boilerplate, page metadata, dateline, headline;</li>
 *   <li>{@link AnalysisStage}: sentences, language, and the actors, places, times and stems of each sentence;</li>
 *   <li>{@link DatingStage}: the publication date, stated or inferred, or unknown;</li>
 *   <li>{@link ClauseStage}: clauses, who says each and whether they deny, the happenings their words name;</li>
 *   <li>{@link TimingStage}: when each sentence says its happening took place;</li>
 *   <li>{@link HappeningStage}: one {@link Mention} per reported happening.</li>
 * </ol>
 */
public final class DocumentReader {
    /** A read document: the model document, its mentions, and the names each actor and place was found under. */
    public record Reading(Document document, String outletActor, String outletName, List<Mention> mentions,
                          Map<String, Set<String>> actorAliases, Map<String, Set<String>> placeAliases,
                          TownsMeant townsMeant) {}

    private final AnalysisStage analysis;
    private final DatingStage dating;
    private final ClauseStage clauses;
    private final TimingStage timing;
    private final HappeningStage happenings;

    /**
     * {@code latestYear}: the last year an article may be dated to (this year, normally). Every language's lexicons
     * are loaded here, so that a broken asset fails the reading as a whole, loudly, instead of becoming one problem
     * per document.
     */
    public DocumentReader(int latestYear) {
        Gazetteer gazetteer = Gazetteer.get();
        analysis = new AnalysisStage(gazetteer, new SentenceSegmenter());
        dating = new DatingStage(gazetteer, latestYear);
        clauses = new ClauseStage(gazetteer);
        timing = new TimingStage(gazetteer);
        happenings = new HappeningStage(gazetteer);
        for (Language l : Languages.all()) {
            TimeFinder.of(l);
            TriggerFinder.of(l);
            CasualtyFinder.of(l);
            new ClaimAttributor(l);
            new claimline.reading.actors.ActorFinder(gazetteer, l); // roles and place words
        }
    }

    /**
     * No passage may come from boilerplate: one that begins in a stamp the line opens with ("Rabu, 16 Agustus 2017,
     * 22:54 WIB" glued to the lead), a caption's line or a logo glued before the lead starts after them.
     */
    private static List<Mention> outOfBoilerplate(List<Mention> mentions, claimline.model.Document d) {
        if (d.boilerplate().isEmpty()) {
            return mentions;
        }
        List<Mention> out = new java.util.ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            claimline.model.Source s = m.source();
            int start = s.start();
            for (int before = -1; before != start; ) { // a caption's line, then a logo glued before the lead, …
                before = start;
                for (claimline.model.Span b : d.boilerplate()) {
                    if (b.start() <= start && start < b.end() && b.end() < s.end()) {
                        start = b.end();
                    }
                }
                while (start < s.end() && Character.isWhitespace(d.text().charAt(start))) {
                    start++;
                }
            }
            out.add(start == s.start() ? m : m.withSource(new claimline.model.Source(s.document(), start, s.end())));
        }
        return out;
    }

    public Reading read(SourceText source) {
        DocumentState doc = new DocumentState(source);
        ShapeStage.shape(doc);
        analysis.analyse(doc);
        dating.date(doc);
        QuoteRegions quotes = new QuoteRegions(doc.text, doc.sentences.stream().map(Analysed::sentence).toList());
        clauses.read(doc, quotes);
        List<Mention> mentions = outOfBoilerplate(happenings.mentions(doc, timing.time(doc, quotes)), doc.document);
        return new Reading(doc.document, doc.outletActor, doc.outletName, mentions, doc.actorAliases, doc.placeAliases,
                doc.townsMeant);
    }
}
