package claimline.reading;

import claimline.model.EventTime;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.NameMention;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.language.Token;
import claimline.reading.time.TimeLexicon;
import claimline.reading.time.TimeMention;
import claimline.reading.time.TimeResolver;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * When each sentence says its happening took place (reading guide, section 4): its own time, resolved against the
 * publication date, or the time it goes on from (the last day-precise time of the sentences before). A time after a
 * citation ("sesuai dengan pernyataan … pada 9 November 2020") dates the document cited; a quotation of several
 * sentences takes the time said where it closes.
 */
final class TimingStage {
    /** A sentence's own time (null when it states none) and the time it carries on from. */
    record SentenceTime(EventTime own, EventTime carried) {
        boolean ownTime() { return own != null; }

        EventTime time() { return own != null ? own : carried; }
    }

    private final Gazetteer gazetteer;

    TimingStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    SentenceTime[] time(DocumentState doc, QuoteRegions quotes) {
        List<Analysed> sentences = doc.sentences;
        SentenceTime[] out = new SentenceTime[sentences.size()];
        Published pub = doc.dating.published();
        TimeResolver.Context ctx = new TimeResolver.Context(pub.date(), doc.dating.year(), null, null);
        TimeLexicon lexicon = TimeLexicon.of(doc.language);
        EventTime carried = null;
        for (int si = 0; si < sentences.size(); si++) {
            Analysed a = sentences.get(si);
            if (Subheadings.is(doc.text, a.sentence(), si)) {
                out[si] = new SentenceTime(null, carried);
                continue;
            }
            ZoneOffset local = localOffset(a, doc.documentOffset);
            boolean future = lexicon.anyFuture(a.tokens());
            TimeResolver.Result tr = TimeResolver.resolve(doc.text, uncited(a, lexicon), ctx, local, future);
            ctx = tr.context();
            EventTime own = tr.time();
            int closingQuote = quotes.closingSentence(si);
            if (own == null && closingQuote > si) {
                // A quotation takes the time said where it closes ("…," kata X pada Selasa pagi): a time after the
                // closing quote mark, not one the quotation itself goes on to state.
                int closedAt = quotes.closingOffset(si);
                List<TimeMention> said = sentences.get(closingQuote).times().stream()
                        .filter(t -> t.span().start() > closedAt).toList();
                own = said.isEmpty() ? null : TimeResolver.resolve(doc.text, said, ctx, local, future).time();
            }
            out[si] = new SentenceTime(own, carried);
            if (own != null && own.precision().ordinal() >= Precision.DAY.ordinal() && !isOld(own, pub)) {
                carried = own;
            }
        }
        return out;
    }

    /**
     * The sentence's times, less those after a citation ("sesuai dengan pernyataan … pada 9 November 2020", "as
     * noted in the statement of 15 November"): those date the document cited, not what the sentence reports.
     */
    private static List<TimeMention> uncited(Analysed a, TimeLexicon lexicon) {
        List<Token> tokens = a.tokens();
        int citedFrom = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size() && citedFrom == Integer.MAX_VALUE; i++) {
            if (lexicon.citationMarkers.startsAt(tokens, i)) {
                citedFrom = tokens.get(i).start();
            }
        }
        int cut = citedFrom;
        return cut == Integer.MAX_VALUE ? a.times() : a.times().stream().filter(t -> t.span().start() < cut).toList();
    }

    /** History: a year or month that ended well before publication. */
    static boolean isOld(EventTime t, Published pub) {
        if (pub.date() == null || t.precision().ordinal() > Precision.MONTH.ordinal()) {
            return false;
        }
        long pubSecond = pub.date().toEpochDay() * 86400L;
        return t.endEpochSecond() < pubSecond - 120L * 86400L;
    }

    /** The offset of "local time": the country of the places named, else the state the document names most. */
    private ZoneOffset localOffset(Analysed a, ZoneOffset documentOffset) {
        for (NameMention p : a.found().places()) {
            String c = gazetteer.place(p.id()).country();
            if (c != null && gazetteer.offsetOf(c.toLowerCase(Locale.ROOT)) != null) {
                return gazetteer.offsetOf(c.toLowerCase(Locale.ROOT));
            }
        }
        return documentOffset;
    }
}
