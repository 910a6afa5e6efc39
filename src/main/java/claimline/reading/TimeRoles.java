package claimline.reading;

import claimline.reading.claims.ClaimAttributor;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.events.TriggerFinder;
import claimline.reading.language.Token;
import claimline.reading.time.TimeLexicon;
import claimline.reading.time.TimeMention;
import java.util.List;

/**
 * Whose time each time of a sentence is (reading guide, section 4): the happening's own, the report's ("kata Kassem,
 * Minggu (22/10)"), or neither: a time after a citation dates the document cited, a time that starts a period ("sejak 7
 * Oktober") dates no day, a time in a relative clause, a possessive or a clause of aim is another happening's ("the
 * truce, which began in November", "Tuesday's skirmishes", "agar … mundur pada 15 Januari"). Split from
 * {@link TimingStage}, which resolves the times sorted here.
 */
final class TimeRoles {
    private TimeRoles() {}

    /** How near a reporting verb a time must stand to date the report ("mengatakan pada Selasa", "kata X, Minggu"). */
    private static final int REPORT_REACH_AFTER = 6;

    /**
     * Sorts a sentence's times into the happening's own and the report's, dropping those after a citation and those
     * that start a period.
     */
    static void sort(String text, Analysed a, ClaimAttributor.Words words, TriggerFinder triggers,
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
        int condition = firstCondition(a.stems(), found, triggers);
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
            if (quotedFrom(words, tokens, first, lexicon)) {
                continue; // "seperti dikutip Reuters pada Selasa (28/10)": the day of the citation, not of what it cites
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
            if (condition < first) {
                continue; // "brokered a deal in November so that the rebels withdraw by 15 January": the aim's day
            }
            Possessed possessed = possessed(tokens, found, last, lexicon);
            if (possessed == Possessed.BY_ANOTHER_HAPPENING) {
                continue; // "blamed India at the meeting for Tuesday's skirmishes": Tuesday is the skirmishes', not the meeting's
            }
            if (possessed == Possessed.BY_THE_HAPPENING) {
                own.add(t); // "noted that Tuesday's warning shots …": the shots' day, though a verb of saying stands before it
                continue;
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
     * Where the first word of condition, plan or aim after the sentence's first happening stands ("agar", "if",
     * "plans"), or past the sentence when there is none: a time after it dates what is wished or feared, not what
     * happened. Found once per sentence, not once per time (a sentence of many dates was read in quadratic time).
     */
    private static int firstCondition(List<String> stems, List<TriggerFinder.Trigger> found, TriggerFinder triggers) {
        if (!found.isEmpty()) {
            for (int i = found.get(0).token() + 1; i < stems.size(); i++) {
                if (triggers.isCondition(stems.get(i))) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** How many words may stand between a possessive time and the happening it is of ("Monday's deadly attack"). */
    private static final int POSSESSED_REACH = 3;

    /** Whose a time is when a possessive makes it a noun's ("Tuesday's skirmishes"), if it does. */
    private enum Possessed { NO, BY_THE_HAPPENING, BY_ANOTHER_HAPPENING }

    /**
     * Whether a time is made a noun's by a possessive ("Tuesday's skirmishes") and that noun is a happening: of the type
     * the sentence reports first (the time is that happening's, never the telling's), or of another (the time is the
     * other's).
     */
    private static Possessed possessed(List<Token> tokens, List<TriggerFinder.Trigger> found, int last,
                                       TimeLexicon lexicon) {
        int marker = lexicon.possessiveMarkers.longestAt(tokens, last + 1);
        if (marker == 0 || found.isEmpty()) {
            return Possessed.NO;
        }
        int noun = last + 1 + marker;
        for (TriggerFinder.Trigger t : found) {
            if (t.token() >= noun && t.token() < noun + POSSESSED_REACH) {
                return t.type() != found.get(0).type() ? Possessed.BY_ANOTHER_HAPPENING : Possessed.BY_THE_HAPPENING;
            }
        }
        return Possessed.NO;
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
            if (triggers.mayTrigger(stems, i)) {
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
            if (triggers.mayTrigger(stems, i)) {
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

    /** How far before a time the words of quoting an outlet may stand ("dikutip dari Radio Free Asia (RFA), Kamis"). */
    private static final int QUOTED_REACH = 9;

    /**
     * A time just after the words of quoting an outlet, with no reporting verb or happening between ("seperti dikutip
     * The Guardian pada Selasa, 28 Oktober 2025", "as reported by Reuters on Monday"): it dates the citation, usually
     * the publication, and moves no other date (reading guide, section 4).
     */
    private static boolean quotedFrom(ClaimAttributor.Words w, List<Token> tokens, int first, TimeLexicon lexicon) {
        for (int i = first - 1; i >= Math.max(0, first - QUOTED_REACH); i--) {
            for (int k = 0; k <= i && k < 3; k++) {
                if (lexicon.quotedFrom.longestAt(tokens, i - k) > k) {
                    return true; // "as reported by": "reported" is a word of the phrase, not a side's report
                }
            }
            if (w.reporting(i)) {
                return false;
            }
        }
        return false;
    }

    static int tokenAt(List<Token> tokens, int offset) {
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
}
