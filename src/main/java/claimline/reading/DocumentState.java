package claimline.reading;

import claimline.corpus.SourceText;
import claimline.model.Document;
import claimline.model.Span;
import claimline.reading.language.DocumentShape;
import claimline.reading.language.Language;
import claimline.reading.time.PublicationDater;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the stages of {@link DocumentReader} know of one document, filled in stage by stage, each field once: the
 * shape, the analysed sentences and the language, the publication date, the clauses with their speakers. One document
 * is read by one thread; the state is dropped when its mentions are made.
 */
final class DocumentState {
    final SourceText source;
    final String text;

    // shape
    /** The page's lines, found once for every stage that asks which line an offset stands on. */
    final claimline.reading.language.PageLines lines;
    final List<Span> boilerplate = new ArrayList<>();
    /** The photo captions among the boilerplate: their days are evidence of the publication's year. */
    List<Span> captions = List.of();
    DocumentShape.Dateline dateline;
    String title;
    /** A publication date the page itself states (its metadata, a date line), or null. */
    PublicationDater.Dating statedDating;

    // analysis
    Language language;
    List<Analysed> sentences;
    final Map<String, Set<String>> actorAliases = new TreeMap<>();
    final Map<String, Set<String>> placeAliases = new TreeMap<>();
    /** The towns the document means by the places it names by pattern. */
    claimline.reading.actors.TownsMeant townsMeant = claimline.reading.actors.TownsMeant.none();
    /** The offset of the state the document names most: "local time" where a sentence names no place. */
    ZoneId documentZone;

    // dating
    /**
     * Per sentence, how many sentences of text (prose, not boilerplate) stand before it: the lead and a headline's reach
     * are counted in these, not in a page's lines ("comment", "0", a byline).
     */
    int[] textIndex;
    PublicationDater.Dating dating;
    Document document;
    String outletActor;
    String outletName;

    // claims
    /**
     * The sides the article is about: the two it names most, not counting those named only as they react (set with the
     * clauses, where the reporting words are known). A report that names no side is about them.
     */
    Set<String> mainSides = Set.of();
    /** Each sentence's words classed for attribution, and the triggers of the whole sentence: read once, used by the
     * clause and the timing stages (a sentence's triggers were looked up three times). */
    List<claimline.reading.claims.ClaimAttributor.Words> words;
    List<List<claimline.reading.events.TriggerFinder.Trigger>> sentenceTriggers;
    List<Clause> clauses;

    DocumentState(SourceText source) {
        this.source = source;
        this.text = source.text();
        this.lines = new claimline.reading.language.PageLines(text);
    }
}
