package claimline.reading;

import claimline.model.EventTime;
import claimline.model.Published;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.NameMention;
import claimline.reading.claims.ClaimAttributor;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.events.TriggerFinder;
import claimline.reading.language.Token;
import claimline.reading.time.TimeLexicon;
import claimline.reading.time.TimeMention;
import claimline.reading.time.TimeResolver;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When each sentence says its happening took place (reading guide, section 4), resolved against the publication date.
 * A sentence's times have roles: the time of the report ("kata Kassem, Minggu (22/10)", "India, pada Senin (12/12),
 * melaporkan bahwa …", "confirmed on Wednesday") dates the saying, not the happening; a time after a citation
 * ("sesuai dengan pernyataan … pada 9 November 2020") dates the document cited; a time that starts a period ("sejak 7
 * Oktober") dates neither. What is left is the happening's own time. A quotation of several sentences takes the time
 * said where it closes.
 */
final class TimingStage {
    /**
     * A sentence's own time of the happening and the time of the report in it; either may be null. {@code listed}:
     * the days of a list the sentence dates what it tells by ("on October 3, 9 and 10"), each a happening; else empty.
     */
    record SentenceTime(EventTime own, EventTime report, boolean unresolved, List<Part> parts, List<EventTime> listed) {
        SentenceTime(EventTime own, EventTime report, boolean unresolved, List<Part> parts) {
            this(own, report, unresolved, parts, List.of());
        }

        boolean ownTime() { return own != null; }
    }

    /** One of a sentence's own times resolved on its own, at the token where it stands. */
    record Part(int token, EventTime time) {}

    /** How near a reporting verb a time must stand to date the report ("mengatakan pada Selasa", "kata X, Minggu"). */
    private static final int REPORT_REACH_AFTER = 6;

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
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        claimline.reading.time.TimeFinder finder = claimline.reading.time.TimeFinder.of(doc.language);
        for (int si = 0; si < sentences.size(); si++) {
            Analysed a = sentences.get(si);
            if (Subheadings.is(doc.text, a.sentence(), si)) {
                out[si] = new SentenceTime(null, null, false, List.of());
                continue;
            }
            ZoneId local = localZone(a, doc.documentZone);
            boolean future = lexicon.anyFuture(a.tokens());
            List<TimeMention> own = new ArrayList<>();
            List<TimeMention> report = new ArrayList<>();
            sort(doc.text, a, doc.words.get(si), triggers, doc.sentenceTriggers.get(si), lexicon,
                    doc.dateline == null ? null : doc.dateline.span(), doc.boilerplate, own, report);
            // a day counted from another ("mengatakan, mereka sehari sebelumnya …") counts from the sentence's other
            // date, the report's as well
            boolean anchored = own.stream().anyMatch(t -> t.kind() == TimeMention.Kind.ANCHORED_DAY);
            List<TimeMention> withAnchor = anchored ? new ArrayList<>(own) : own;
            if (anchored) {
                withAnchor.addAll(report);
            }
            TimeResolver.Result tr = TimeResolver.resolve(doc.text, withAnchor, ctx, local, future);
            ctx = tr.context();
            EventTime ownTime = tr.time();
            int closingQuote = quotes.closingSentence(si);
            if (ownTime == null && closingQuote > si) {
                // A quotation takes the time said where it closes ("…," kata X pada Selasa pagi): a time after the
                // closing quote mark, not one the quotation itself goes on to state.
                int closedAt = quotes.closingOffset(si);
                List<TimeMention> said = sentences.get(closingQuote).times().stream()
                        .filter(t -> t.span().start() > closedAt).toList();
                ownTime = said.isEmpty() ? null : TimeResolver.resolve(doc.text, said, ctx, local, future).time();
            }
            EventTime reportTime = report.isEmpty() ? null : TimeResolver.resolve(doc.text, report, ctx, local, false).time();
            ownTime = weekdayBeforeItsTelling(ownTime, own, reportTime, future);
            // A time of its own that cannot be resolved ("in December" when the year is not known) leaves the sentence
            // undated: it does not take another sentence's time.
            List<Part> parts = new ArrayList<>();
            List<EventTime> listed = new ArrayList<>();
            for (int k = 0; k < own.size(); k++) {
                TimeMention t = own.get(k);
                List<TimeMention> alone = t.kind() == TimeMention.Kind.ANCHORED_DAY ? withAnchor : List.of(t);
                EventTime one = TimeResolver.resolve(doc.text, alone, ctx, local, future).time();
                if (one != null) {
                    parts.add(new Part(tokenAt(a.tokens(), t.span().start()), one));
                    boolean inList = k > 0 && finder.listedTogether(doc.text, own.get(k - 1), t)
                            || k + 1 < own.size() && finder.listedTogether(doc.text, t, own.get(k + 1));
                    if (inList) {
                        listed.add(listed.isEmpty() && ownTime != null && ownTime.start().date() != null
                                && ownTime.start().date().equals(one.start().date()) ? ownTime : one);
                    }
                }
            }
            out[si] = new SentenceTime(ownTime, reportTime, ownTime == null && !own.isEmpty(), List.copyOf(parts),
                    listed.size() > 1 ? List.copyOf(listed) : List.of());
        }
        return out;
    }

    /**
     * A weekday told by a side that spoke on a day of its own is the last such day on or before that day ("the UN said on
     * Monday that 300 civilians were killed in fighting on Friday and Saturday": the Friday before that Monday, not the
     * Friday the article appeared), unless the sentence speaks of the future.
     */
    private static EventTime weekdayBeforeItsTelling(EventTime own, List<TimeMention> ownMentions, EventTime report,
                                                     boolean future) {
        if (own == null || report == null || future || !own.precision().hasDay() || !report.precision().hasDay()
                || ownMentions.isEmpty() || ownMentions.stream().anyMatch(t -> t.kind() != TimeMention.Kind.WEEKDAY)
                || own.start().date() == null || report.start().date() == null
                || !own.start().date().isAfter(report.start().date())) {
            return own;
        }
        long weeks = (java.time.temporal.ChronoUnit.DAYS.between(report.start().date(), own.start().date()) + 6) / 7;
        claimline.model.TimePoint s = own.start();
        claimline.model.TimePoint start = new claimline.model.TimePoint(s.local().minusWeeks(weeks), s.precision(),
                s.offset());
        return new EventTime(start, null, own.basis(), own.evidence() + " (before it was told, " + report.evidence() + ")");
    }

    /**
     * Sorts a sentence's times into the happening's own and the report's, dropping those after a citation and those
     * that start a period.
     */
    private static void sort(String text, Analysed a, ClaimAttributor.Words words, TriggerFinder triggers,
                             List<TriggerFinder.Trigger> found, TimeLexicon lexicon, claimline.model.Span dateline,
                             List<claimline.model.Span> boilerplate, List<TimeMention> own, List<TimeMention> report) {
        List<Token> tokens = a.tokens();
        // "a war since mid-April 2023": a state of fighting starts when its period starts
        boolean fighting = !found.isEmpty() && found.get(0).type() == claimline.model.EventType.ARMED_CLASH;
        int cited = tokens.size();
        for (int i = 0; i < tokens.size() && cited == tokens.size(); i++) {
            if (lexicon.citationMarkers.startsAt(tokens, i)) {
                cited = i;
            }
        }
        for (TimeMention t : a.times()) {
            if (dateline != null && dateline.overlaps(t.span()) || inAny(boilerplate, t.span())) {
                continue; // the dateline's or the page stamp's day dates the filing, not what the sentence reports
            }
            if (t.kind() == TimeMention.Kind.RELATIVE_DAY && t.amount() == 0 && saidOnAnotherDay(text, a, t)) {
                continue; // "“Today we sent a note …,” he said on Monday": the speaker's day, not the article's
            }
            int first = tokenAt(tokens, t.span().start());
            int last = tokenAt(tokens, t.span().end() - 1);
            if (first < 0 || first >= cited) {
                continue;
            }
            if (t.kind() == TimeMention.Kind.YEAR && namesSomethingElse(tokens, a.stems(), first, found, lexicon)) {
                continue; // "guarantors of the 1942 Rio Protocol": the treaty's year, not the time of the appeal
            }
            // "since 7 October"; "since the group's October 7 attack" (a day starts the period), but "sejak berakhirnya
            // perang tahun 2020" names the war it recalls by its year
            boolean since = first > 0 && lexicon.periodStart.contains(tokens.get(first - 1).lower())
                    || lexicon.periodStart.contains(tokens.get(first).lower())
                    || t.isDate()
                    && sinceBefore(tokens, first, lexicon);
            if (since && !fighting) {
                continue; // "killed since 7 October": the start of a count, not its date
            }
            if (inCondition(a.stems(), found, first, triggers)) {
                continue; // "brokered a deal in November so that the rebels withdraw by 15 January": the aim's day
            }
            if (possessedByAnotherHappening(tokens, found, last, lexicon)) {
                continue; // "blamed India at the meeting for Tuesday's skirmishes": Tuesday is the skirmishes', not the meeting's
            }
            if (namesAnotherHappening(words, found, first)) {
                continue; // "a violation of the truce, which began in November": the truce's month, not the violation's
            }
            // a day counted from another ("said …, a day earlier they had …") is what is told, not the telling's day
            boolean told = t.kind() == TimeMention.Kind.ANCHORED_DAY;
            (!told && reportTime(words, a.stems(), triggers, first, last) ? report : own).add(t);
        }
        saidBeforeWhatHappened(words, triggers, a.stems(), own, report);
    }

    /**
     * A "today" inside a quotation whose speaker is said, after it, to have spoken on a day of their own ("…,” he said
     * on Monday"): that day is the speaker's "today".
     */
    private static boolean saidOnAnotherDay(String text, Analysed a, TimeMention today) {
        int start = a.sentence().span().start();
        if (!QuoteRegions.inside(text, start, today.span().start())) {
            return false;
        }
        return a.times().stream().anyMatch(o -> o != today && o.isDate() && o.span().start() > today.span().start()
                && !QuoteRegions.inside(text, start, o.span().start()));
    }

    private static boolean inAny(List<claimline.model.Span> spans, claimline.model.Span s) {
        for (claimline.model.Span b : spans) {
            if (b.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a time stands after a word of condition, plan or aim that follows the sentence's first happening ("agar",
     * "if", "plans"): it dates what is wished or feared, not what happened.
     */
    private static boolean inCondition(List<String> stems, List<TriggerFinder.Trigger> found, int first,
                                       TriggerFinder triggers) {
        if (found.isEmpty() || first <= found.get(0).token()) {
            return false;
        }
        for (int i = found.get(0).token() + 1; i < first; i++) {
            if (triggers.isCondition(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between a possessive time and the happening it is of ("Monday's deadly attack"). */
    private static final int POSSESSED_REACH = 3;

    /**
     * Whether a time is made a noun's by a possessive ("Tuesday's skirmishes") and that noun is a happening of another
     * type than the one the sentence reports first: the time is that happening's.
     */
    private static boolean possessedByAnotherHappening(List<Token> tokens, List<TriggerFinder.Trigger> found, int last,
                                                       TimeLexicon lexicon) {
        int marker = lexicon.possessiveMarkers.longestAt(tokens, last + 1);
        if (marker == 0 || found.isEmpty()) {
            return false;
        }
        int noun = last + 1 + marker;
        for (TriggerFinder.Trigger t : found) {
            if (t.token() >= noun && t.token() < noun + POSSESSED_REACH) {
                return t.type() != found.get(0).type();
            }
        }
        return false;
    }

    /** How far before a time the relative word that opens its clause may stand ("yang dimulai pada bulan November"). */
    private static final int RELATIVE_REACH = 4;

    /**
     * Whether a time stands in a relative clause about another happening than the one the sentence reports: the
     * trigger nearest before the relative word is of another type than the sentence's first ("the latest violation of
     * the truce, which began in November"). A relative clause about the happening itself ("the strike, which hit the
     * market on Tuesday") keeps its time.
     */
    private static boolean namesAnotherHappening(ClaimAttributor.Words words, List<TriggerFinder.Trigger> found,
                                                 int first) {
        if (found.size() < 2) {
            return false;
        }
        int relative = -1;
        for (int i = first - 1; i >= Math.max(0, first - RELATIVE_REACH) && relative < 0; i--) {
            if (words.relative(i)) {
                relative = i;
            }
        }
        if (relative < 0) {
            return false;
        }
        TriggerFinder.Trigger nearest = TriggerFinder.nearestBefore(found, relative);
        if (nearest == null || nearest.type() == found.get(0).type()) {
            return false;
        }
        for (int i = nearest.token() + 1; i < relative; i++) {
            if (words.preposition(i)) {
                return false; // "landed in the same district (yang sama) on 28 August": the clause is the place's
            }
        }
        return true;
    }

    /**
     * "told the media today that the clash took place three days ago": with a time on each side of the word that opens
     * what is said, and the happening named only after it, the first time dates the telling.
     */
    private static void saidBeforeWhatHappened(ClaimAttributor.Words words, TriggerFinder triggers, List<String> stems,
                                               List<TimeMention> own, List<TimeMention> report) {
        if (own.size() < 2) {
            return;
        }
        List<Token> tokens = words.tokens();
        int opens = -1;
        for (int i = 0; i < tokens.size() && opens < 0; i++) {
            if (words.complementizer(i)) {
                opens = i;
            }
        }
        if (opens < 0) {
            return;
        }
        for (int i = 0; i < opens; i++) {
            if (triggers.mayTrigger(stems.get(i))) {
                return; // the happening is named before: its time may stand there
            }
        }
        int at = tokens.get(opens).start();
        boolean after = own.stream().anyMatch(t -> t.span().start() > at);
        List<TimeMention> before = own.stream().filter(t -> t.span().end() <= at).toList();
        if (after && !before.isEmpty()) {
            own.removeAll(before);
            report.addAll(before);
        }
    }

    /**
     * A year that names a thing ("the 1942 Rio Protocol", "Ethiopia's 2018 peace deal", "Protokol Rio 1942") dates
     * that thing only: it is the sentence's time when the thing is the happening the sentence tells ("since the 2020
     * war"), not when the sentence tells another ("attacked the post in breach of the 1998 accord").
     */
    private static boolean namesSomethingElse(List<Token> tokens, List<String> stems, int at,
                                              List<TriggerFinder.Trigger> found, TimeLexicon lexicon) {
        if (at == 0 || !tokens.get(at).text().chars().allMatch(Character::isDigit)) {
            return false; // "in 1942", "tahun 1942": the year is a time
        }
        Token before = tokens.get(at - 1);
        String b = before.lower();
        boolean modifierBefore = lexicon.yearModifierAfter.contains(b) || lexicon.yearModifierAfter.contains("s")
                && (b.endsWith("'s") || b.endsWith("’s"));
        boolean afterName = lexicon.yearAfterNameNamesIt && before.word()
                && Character.isUpperCase(before.text().charAt(0)) && !timeWord(b, lexicon);
        int thing;
        if (modifierBefore && at + 1 < tokens.size() && tokens.get(at + 1).word()) {
            thing = at + 1;
        } else if (afterName) {
            thing = at - 1;
        } else {
            return false;
        }
        int happening = found.isEmpty() ? -1 : found.get(0).token();
        // the thing is one or two words ("the 2020 war", "the 1998 peace accord", "perang Teluk 1991")
        return happening < 0 || Math.abs(happening - thing) > 1;
    }

    private static boolean timeWord(String w, TimeLexicon lexicon) {
        return lexicon.yearPrepositions.contains(w) || lexicon.monthPrepositions.contains(w)
                || lexicon.periodStart.contains(w) || lexicon.yearWords.contains(w) || lexicon.months.containsKey(w)
                || lexicon.dayPrepositions.contains(w) || lexicon.listJoiners.contains(w);
    }

    /** How far before a time "since" may stand in one phrase: "since the group's October 7 attack". */
    private static final int SINCE_REACH = 7;

    /** Whether a period-start word opens the phrase the time is in, with no comma between. */
    private static boolean sinceBefore(List<Token> tokens, int first, TimeLexicon lexicon) {
        for (int i = first - 1; i >= Math.max(0, first - SINCE_REACH); i--) {
            Token t = tokens.get(i);
            if (lexicon.periodStart.contains(t.lower())) {
                return true;
            }
            if (!t.word() && !t.text().equals("'") && !t.text().equals("’")) {
                return false; // a comma, a bracket, a quotation: another phrase
            }
        }
        return false;
    }

    /**
     * A time that stands by a reporting verb, a speaker after a quotation or an outlet quoted, with no word of a
     * happening between: just after it ("mengatakan kepada parlemen pada Selasa", "kata Kassem, Minggu (22/10/2023)",
     * "Dilansir AFP, Kamis (18/8/2022)", "said on Tuesday") or just before it ("pada Senin (12/12/2022), melaporkan",
     * "on Wednesday (Apr 12) confirmed").
     */
    private static boolean reportTime(ClaimAttributor.Words w, List<String> stems, TriggerFinder triggers, int first,
                                      int last) {
        for (int i = first - 1; i >= Math.max(0, first - REPORT_REACH_AFTER); i--) {
            if (w.reporting(i) || w.quotingOutlet(i)) {
                return true;
            }
            if (triggers.mayTrigger(stems.get(i))) {
                return false;
            }
        }
        boolean comma = false;
        for (int i = last + 1; i < w.tokens().size(); i++) {
            if (w.tokens().get(i).word()) {
                // "…, kata Kementerian" after the time names who said what stands before it, time included
                return w.reporting(i) && !(comma && w.afterQuote(i));
            }
            comma |= w.tokens().get(i).text().equals(",");
        }
        return false;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }

    /** History: a year or month that ended well before publication. */
    static boolean isOld(EventTime t, Published pub) {
        if (pub.date() == null || t.precision().ordinal() > claimline.model.Precision.MONTH.ordinal()) {
            return false;
        }
        long pubSecond = pub.date().toEpochDay() * 86400L;
        return t.endEpochSecond() < pubSecond - 120L * 86400L;
    }

    /** The zone of "local time": the country of the places named, else the state the document names most. */
    private ZoneId localZone(Analysed a, ZoneId documentZone) {
        for (NameMention p : a.found().places()) {
            String c = gazetteer.place(p.id()).country();
            if (c != null && gazetteer.zoneOf(c.toLowerCase(Locale.ROOT)) != null) {
                return gazetteer.zoneOf(c.toLowerCase(Locale.ROOT));
            }
        }
        return documentZone;
    }
}
