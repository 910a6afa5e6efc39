package claimline.reading;

import java.util.Locale;
import claimline.reading.language.Token;
import claimline.reading.language.Sentence;
import claimline.reading.language.SentenceSegmenter;
import claimline.reading.language.DocumentShape;
import claimline.reading.language.Language;
import claimline.reading.language.Languages;
import claimline.reading.time.TimeFinder;
import claimline.reading.time.TimeMention;
import claimline.reading.time.TimeLexicon;
import claimline.reading.time.TimeResolver;
import claimline.reading.time.PublicationDater;
import claimline.reading.actors.ActorFinder;
import claimline.reading.actors.ActorMention;
import claimline.reading.actors.NameMention;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.Slug;
import claimline.reading.claims.ClaimAttributor;
import claimline.reading.claims.Attribution;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.events.TriggerFinder;
import claimline.reading.events.CasualtyFinder;
import claimline.reading.events.Mention;
import claimline.corpus.SourceText;
import claimline.model.ActorType;
import claimline.model.Document;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Published;
import claimline.model.Source;
import claimline.model.Span;
import claimline.model.Stance;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one article through the stages: shape (boilerplate, dateline, headline), segment, find actors, places and
 * times, date the publication, attribute claims, find triggers, and emit one {@link Mention} per reported happening.
 */
public final class DocumentReader {
    /** A read document: the model document, its mentions, and the names each actor and place was found under. */
    public record Reading(Document document, String outletActor, String outletName, List<Mention> mentions,
                          Map<String, Set<String>> actorAliases, Map<String, Set<String>> placeAliases) {}

    private record Analysed(Sentence sentence, ActorFinder.Found found, List<TimeMention> times, List<String> stems) {}

    private final Gazetteer gazetteer = Gazetteer.get();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final int latestYear;

    /**
     * {@code latestYear}: the last year an article may be dated to (this year, normally). Every language's lexicons
     * are loaded here, so that a broken asset fails the reading as a whole, loudly, instead of becoming one problem
     * per document.
     */
    public DocumentReader(int latestYear) {
        this.latestYear = latestYear;
        for (Language l : Languages.all()) {
            TimeFinder.of(l);
            TriggerFinder.of(l);
            CasualtyFinder.of(l);
            new ClaimAttributor(l);
        }
    }

    public Reading read(SourceText source) {
        String text = source.text();
        List<Span> boilerplate = DocumentShape.boilerplate(text);
        DocumentShape.Dateline dateline = DocumentShape.dateline(text);
        String title = source.htmlTitle() != null ? source.htmlTitle() : DocumentShape.headline(text, dateline);
        List<Sentence> sentences = segmenter.segment(text, boilerplate);
        Language lang = Languages.of(sentences);
        ActorFinder actorFinder = new ActorFinder(gazetteer);
        TimeFinder timeFinder = TimeFinder.of(lang);
        TriggerFinder triggers = TriggerFinder.of(lang);
        List<Analysed> analysed = new ArrayList<>();
        Map<String, Set<String>> actorAliases = new TreeMap<>();
        Map<String, Set<String>> placeAliases = new TreeMap<>();
        List<PublicationDater.SentenceTimes> dating = new ArrayList<>();
        for (Sentence s : sentences) {
            List<TimeMention> times = timeFinder.find(text, s.span(), s.tokens());
            List<Token> tokens = s.tokens();
            if (dateline != null && s.span().overlaps(dateline.span())) {
                tokens = tokens.stream().filter(t -> t.start() >= dateline.span().end()).toList();
                s = new Sentence(s.index(), s.span(), tokens);
            }
            ActorFinder.Found found = actorFinder.find(tokens);
            List<String> stems = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                stems.add(triggers.stem(t));
            }
            analysed.add(new Analysed(s, found, times, stems));
            List<String> people = new ArrayList<>();
            for (ActorMention a : found.actors()) {
                actorAliases.computeIfAbsent(a.actorId(), k -> new TreeSet<>()).add(a.surface());
                if (a.type() == ActorType.PERSON) {
                    people.add(a.actorId());
                }
            }
            List<String> history = new ArrayList<>(found.history().size());
            for (NameMention h : found.history()) {
                history.add(h.id());
            }
            found.places().forEach(p -> placeAliases.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(p.surface()));
            dating.add(new PublicationDater.SentenceTimes(s.index(), times, people, history));
        }
        PublicationDater.Dating dated = new PublicationDater(gazetteer, latestYear).date(dating);
        String outletName = dateline != null ? dateline.outlet() : null;
        String outletActor = outletName != null ? "media-" + Slug.of(outletName) : "media-doc-" + Slug.of(source.id());
        Document doc = new Document(source.id(), source.path(), title, outletName, lang.code(), dated.published(), text, boilerplate);
        List<Mention> mentions = mentions(doc, analysed, dated, lang, triggers);
        return new Reading(doc, outletActor, outletName, mentions, actorAliases, placeAliases);
    }

    private List<Mention> mentions(Document doc, List<Analysed> analysed, PublicationDater.Dating dated, Language lang,
                                   TriggerFinder triggers) {
        String text = doc.text();
        ClaimAttributor attributor = new ClaimAttributor(lang);
        QuoteRegions quotes = new QuoteRegions(text, analysed.stream().map(Analysed::sentence).toList());
        Published pub = dated.published();
        TimeResolver.Context ctx = new TimeResolver.Context(pub.date(), dated.year(), null, null);
        EventTime carried = null;
        String lastSpeaker = null;
        List<Mention> out = new ArrayList<>();
        ZoneOffset documentOffset = mostNamedOffset(analysed);
        TimeLexicon timeLexicon = TimeLexicon.of(lang);
        List<ClaimAttributor.Words> words = analysed.stream().map(a -> attributor.words(a.sentence().tokens())).toList();
        for (int si = 0; si < analysed.size(); si++) {
            Analysed a = analysed.get(si);
            List<Token> tokens = a.sentence().tokens();
            if (isSubheading(text, a.sentence(), si)) {
                continue;
            }
            ZoneOffset local = localOffset(a, documentOffset);
            boolean future = timeLexicon.anyFuture(tokens);
            TimeResolver.Result tr = TimeResolver.resolve(text, uncited(a, timeLexicon), ctx, local, future);
            ctx = tr.context();
            EventTime own = tr.time();
            int closingQuote = quotes.closingSentence(si);
            if (own == null && closingQuote > si) {
                // A quotation takes the time said where it closes ("…," kata X pada Selasa pagi): a time after the
                // closing quote mark, not one the quotation itself goes on to state.
                int closedAt = quotes.closingOffset(si);
                List<TimeMention> said = analysed.get(closingQuote).times().stream()
                        .filter(t -> t.span().start() > closedAt).toList();
                own = said.isEmpty() ? null : TimeResolver.resolve(text, said, ctx, local, future).time();
            }
            boolean ownTime = own != null;
            EventTime time = ownTime ? own : carried;
            if (ownTime && own.precision().ordinal() >= claimline.model.Precision.DAY.ordinal() && !isOld(own, pub)) {
                carried = own;
            }
            Attribution sentenceAttr = attributor.attribute(words.get(si), a.found().actors(), 0, tokens.size());
            if (!sentenceAttr.explicit()) {
                int closing = closingQuote;
                if (closing > si) {
                    Analysed c = analysed.get(closing);
                    sentenceAttr = attributor.attribute(words.get(closing), c.found().actors(), 0, c.sentence().tokens().size());
                }
            }
            List<Integer> starts = attributor.clauseStarts(words.get(si));
            for (int ci = 0; ci < starts.size(); ci++) {
                int from = starts.get(ci);
                int to = ci + 1 < starts.size() ? starts.get(ci + 1) : tokens.size();
                Attribution attr = starts.size() == 1 ? sentenceAttr : attributor.attribute(words.get(si), a.found().actors(), from, to);
                if (!attr.explicit()) {
                    attr = sentenceAttr.stance() == Stance.DENIES || attr.stance() != Stance.DENIES ? sentenceAttr
                            : sentenceAttr.denying();
                }
                String claimant = attr.continues() ? lastSpeaker : attr.claimant();
                if (attr.claimant() != null) {
                    lastSpeaker = attr.claimant();
                }
                Span clause = starts.size() == 1 ? a.sentence().span()
                        : trimmed(text, tokens.get(from).start(), tokens.get(to - 1).end());
                List<TriggerFinder.Trigger> found = triggers.find(a.stems(), from, to);
                Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (found.isEmpty()) {
                    if (previous != null && attr.explicit() && claimant != null && si - order(previous) <= 2) {
                        out.add(support(doc, clause, previous, claimant, attr.stance(), si));
                    }
                    continue;
                }
                EventType type = found.get(0).type();
                if (type == EventType.STATEMENT && claimant == null) {
                    // "Blinken telah mendesak …": whoever urges or condemns is the one making the statement.
                    claimant = subjectOf(a, from, found.get(0).token());
                    if (claimant != null) {
                        lastSpeaker = claimant;
                    }
                }
                EventTime t = time != null ? time : documentTime(pub);
                if (t == null) {
                    continue;
                }
                out.addAll(build(doc, si, clause, type, t, ownTime, claimant, attr.stance(), a, from, to,
                        found.get(0).token(), triggers.isCall(a.stems().get(found.get(0).token())), pub));
            }
        }
        return out;
    }

    private static int order(Mention m) { return m.order(); }

    /** The first actor before the trigger who speaks for a party: the subject of "X urged", "X condemned". */
    private String subjectOf(Analysed a, int from, int trigger) {
        for (ActorMention m : a.found().actors()) {
            if (m.from() >= from && m.to() <= trigger && m.type() != ActorType.MEDIA
                    && gazetteer.partyOf(m.actorId()) != null) {
                return m.actorId();
            }
        }
        return null;
    }

    /**
     * The sentence's times, less those after a citation ("sesuai dengan pernyataan … pada 9 November 2020", "as
     * noted in the statement of 15 November"): those date the document cited, not what the sentence reports.
     */
    private static List<TimeMention> uncited(Analysed a, TimeLexicon lexicon) {
        List<Token> tokens = a.sentence().tokens();
        int citedFrom = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size() && citedFrom == Integer.MAX_VALUE; i++) {
            if (lexicon.citationMarkers.startsAt(tokens, i)) {
                citedFrom = tokens.get(i).start();
            }
        }
        int cut = citedFrom;
        return cut == Integer.MAX_VALUE ? a.times() : a.times().stream().filter(t -> t.span().start() < cut).toList();
    }

    /** A short line without a full stop in the middle of an article is a sub-heading, not a report. */
    private static boolean isSubheading(String text, Sentence s, int index) {
        if (index == 0 || s.tokens().size() > 10) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', s.span().start() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.span().end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        String own = s.span().of(text).strip();
        char last = own.isEmpty() ? '.' : own.charAt(own.length() - 1);
        return line.equals(own) && ".!?\"”'’)".indexOf(last) < 0;
    }

    private static Span trimmed(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == ',' || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        return new Span(from, to);
    }

    private static EventTime documentTime(Published pub) {
        if (pub.date() == null) {
            return null;
        }
        return new EventTime(claimline.model.TimePoint.day(pub.date()), null, claimline.model.TimeBasis.DOCUMENT,
                "published " + pub.date());
    }

    private Mention support(Document doc, Span clause, Mention previous, String claimant, Stance stance, int si) {
        return new Mention(doc.id(), si, new Source(doc.id(), clause.start(), clause.end()), doc.text(),
                previous.type(), previous.time(), false, claimant, stance, previous.actors(), previous.parties(),
                previous.people(), previous.places(), previous.agentParty(), previous.background(),
                previous.source(), List.of());
    }

    private List<Mention> build(Document doc, int si, Span clause, EventType type, EventTime time, boolean ownTime,
                                String claimant, Stance stance, Analysed a, int from, int to, int triggerToken,
                                boolean call, Published pub) {
        List<ActorMention> actors = a.found().actors().stream().filter(m -> m.from() >= from && m.to() <= to).toList();
        Set<String> places = new LinkedHashSet<>();
        a.found().places().stream().filter(p -> p.from() >= from && p.to() <= to).forEach(p -> places.add(p.id()));
        // Naming a past war ("tensions simmering since last year's war") does not make a dated, recent clause history.
        boolean datedRecently = ownTime && time.precision().ordinal() >= claimline.model.Precision.DAY.ordinal()
                && !isOld(time, pub);
        boolean background = isOld(time, pub) || (!a.found().history().isEmpty() && !datedRecently);
        String agent = null;
        int after = claimant == null ? from : actors.stream().filter(m -> m.actorId().equals(claimant))
                .mapToInt(ActorMention::to).findFirst().orElse(from);
        for (ActorMention m : actors) {
            if (m.from() >= after && m.type() != ActorType.MEDIA && gazetteer.partyOf(m.actorId()) != null) {
                agent = gazetteer.partyOf(m.actorId());
                break;
            }
        }
        List<List<ActorMention>> groups = new ArrayList<>();
        List<ActorMention> counterparts = actors.stream()
                .filter(m -> m.from() > triggerToken && m.type() == ActorType.PERSON).toList();
        long counterpartParties = counterparts.stream().map(m -> gazetteer.partyOf(m.actorId())).distinct().count();
        List<ActorMention> subject = actors.stream().filter(m -> m.to() <= triggerToken).toList();
        if (type == EventType.DIPLOMACY && counterpartParties >= 2 && !subject.isEmpty()
                && call) {
            // "X phoned A, B and C": one call each.
            for (ActorMention c : counterparts) {
                List<ActorMention> g = new ArrayList<>(subject);
                g.add(c);
                groups.add(g);
            }
        } else {
            groups.add(actors);
        }
        List<Mention> out = new ArrayList<>();
        for (List<ActorMention> g : groups) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> parties = new TreeSet<>();
            Set<String> people = new TreeSet<>();
            for (ActorMention m : g) {
                if (m.type() == ActorType.MEDIA) {
                    continue;
                }
                ids.add(m.actorId());
                String p = gazetteer.partyOf(m.actorId());
                if (p != null) {
                    parties.add(p);
                }
                if (m.type() == ActorType.PERSON) {
                    people.add(m.actorId());
                }
            }
            out.add(new Mention(doc.id(), si, new Source(doc.id(), clause.start(), clause.end()), doc.text(),
                    type, time, ownTime, claimant, stance, ids, parties, people, places, agent, background, null,
                    CasualtyFinder.of(Languages.get(doc.language())).find(a.sentence().tokens(), from, to)));
        }
        return out;
    }

    /** History: a year or month that ended well before publication. */
    private static boolean isOld(EventTime t, Published pub) {
        if (pub.date() == null || t.precision().ordinal() > claimline.model.Precision.MONTH.ordinal()) {
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

    /** The offset of the state the document names most (computed once per document, not once per sentence). */
    private ZoneOffset mostNamedOffset(List<Analysed> all) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Analysed x : all) {
            for (ActorMention m : x.found().actors()) {
                String p = gazetteer.partyOf(m.actorId());
                if (p != null && gazetteer.offsetOf(p.toLowerCase(Locale.ROOT)) != null) {
                    counts.merge(p.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> gazetteer.offsetOf(e.getKey())).orElse(null);
    }
}
