package claimline.reading.claims;

import claimline.reading.language.Token;
import claimline.reading.language.SentenceSegmenter;
import claimline.reading.language.PhraseList;
import claimline.reading.actors.ActorMention;
import claimline.model.ActorType;
import claimline.reading.language.Language;
import claimline.model.Stance;
import java.util.List;

import static claimline.reading.claims.ReportingLexicon.ACCORDING_TO_WORD;
import static claimline.reading.claims.ReportingLexicon.AFTER_QUOTE;
import static claimline.reading.claims.ReportingLexicon.BREAK_WITHOUT_COMMA;
import static claimline.reading.claims.ReportingLexicon.APPEAL;
import static claimline.reading.claims.ReportingLexicon.CLAUSE_BREAK;
import static claimline.reading.claims.ReportingLexicon.CONDEMNATION;
import static claimline.reading.claims.ReportingLexicon.COORDINATION;
import static claimline.reading.claims.ReportingLexicon.RELATIVE;
import static claimline.reading.claims.ReportingLexicon.DENY;
import static claimline.reading.claims.ReportingLexicon.JOINS_DENIAL;
import static claimline.reading.claims.ReportingLexicon.NEGATED_ACT;
import static claimline.reading.claims.ReportingLexicon.NEGATION;
import static claimline.reading.claims.ReportingLexicon.SPEAKER_STOP;
import static claimline.reading.claims.ReportingLexicon.STARTS_ACCORDING_TO;
import static claimline.reading.claims.ReportingLexicon.STARTS_ANAPHORA;
import static claimline.reading.claims.ReportingLexicon.STARTS_CONTINUATION;
import static claimline.reading.claims.ReportingLexicon.STARTS_QUOTING_OUTLET;
import static claimline.reading.claims.ReportingLexicon.VERB;

/**
 * Finds who is speaking in a clause (reading guide, section 3): "…," kata X; X mengatakan (bahwa) …; menurut X;
 * continuation verbs (katanya, tambahnya) and "kata pernyataan itu" for the last speaker. An outlet quoting an agency
 * ("dikutip TASS") does not make the agency the speaker.
 */
public final class ClaimAttributor {
    /** A sentence's tokens with the reporting-lexicon classes of each (looked up once per sentence). */
    public record Words(List<Token> tokens, int[] classes) {
        boolean is(int i, int bit) { return (classes[i] & bit) != 0; }

        /** A reporting verb or a word that introduces a speaker after a quotation (said, kata, menurut). */
        public boolean reporting(int i) { return is(i, VERB) || is(i, AFTER_QUOTE); }

        /** A verb of appeal or warning: its speaker makes a statement of their own ("urged", "memperingatkan"). */
        public boolean appeal(int i) { return i >= 0 && is(i, APPEAL); }

        /** A verb of condemnation ("mengecam", "condemned"). */
        public boolean condemnation(int i) { return i >= 0 && is(i, CONDEMNATION); }

        /** A word that names the speaker after what they said ("…, kata X", "…, said X"). */
        public boolean afterQuote(int i) { return is(i, AFTER_QUOTE); }

        /** A word that introduces the outlet quoted ("dikutip", "dilansir", "quoted by"). */
        public boolean quotingOutlet(int i) { return is(i, STARTS_QUOTING_OUTLET); }

        int size() { return tokens.size(); }

        Token get(int i) { return tokens.get(i); }
    }

    private final ReportingLexicon lex;

    public ClaimAttributor(Language language) {
        this.lex = ReportingLexicon.of(language);
    }

    public Words words(List<Token> tokens) {
        int[] classes = new int[tokens.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = lex.classOf(tokens.get(i).lower());
        }
        return new Words(tokens, classes);
    }

    /** The attribution of tokens {@code [from, to)} of a sentence, or {@link Attribution#OUTLET} when nobody is named. */
    public Attribution attribute(Words w, List<ActorMention> named, int from, int to) {
        // a side named only by "kedua negara", "both sides" is never the speaker
        List<ActorMention> actors = named.stream().filter(m -> !m.backReference()).toList();
        Attribution a = find(w, actors, from, to);
        if (a.explicit() && deniesIn(w, from, to)) {
            return a.denying();
        }
        return a;
    }

    /**
     * Who speaks: of the ways a clause names its speaker, the one that comes first in it ("Sumber keamanan di Lebanon
     * mengatakan, … yang menurut Israel adalah sasaran …" is the source's, not Israel's): a speaker after what they
     * said ("…," kata X; ", X said"), "menurut X", the subject of a reporting verb; else a continuation ("katanya",
     * "he added", "ia mengatakan"); else the outlet.
     */
    private Attribution find(Words w, List<ActorMention> actors, int from, int to) {
        Attribution best = null;
        int bestAt = Integer.MAX_VALUE;
        for (int i = from; i < to && i < bestAt; i++) {
            Attribution found = null;
            boolean afterBreak = i > from && isBreak(w.get(i - 1));
            if (w.is(i, AFTER_QUOTE) && !w.is(i, ACCORDING_TO_WORD)) {
                if (afterBreak) {
                    found = speakerAfter(w, actors, i + 1, to); // "…," kata X
                    found = found == null ? null : found.continuing(i);
                }
                if (found == null && i > from) {
                    List<String> before = speakersBetweenBreakAnd(w, actors, from, i); // ", X said"
                    found = before.isEmpty() ? null : Attribution.of(before, i);
                }
            }
            int length = found == null && w.is(i, STARTS_ACCORDING_TO) ? lex.accordingTo.longestAt(w.tokens(), i) : 0;
            if (length > 0) {
                found = speakerAfter(w, actors, i + length, to); // "menurut X"
            }
            if (found == null && w.is(i, VERB)) {
                List<String> subjects = subjectsBefore(w, actors, from, i); // "X mengatakan"
                found = subjects.isEmpty() ? null : Attribution.of(subjects, i);
            } else if (found != null && found.claimant() == null && w.is(i, VERB) && i > from
                    && w.get(i - 1).text().equals(",") && !quoteBetween(w, from, i)) {
                // "South Korea, in turn, said it had not …": "it" after the verb refers to the subject before it
                List<String> subjects = subjectsBefore(w, actors, from, i);
                found = subjects.isEmpty() ? found : Attribution.of(subjects, i);
            }
            if (found != null && found.claimant() != null) {
                best = found;
                bestAt = i;
            }
        }
        if (best != null) {
            return best;
        }
        if (contains(w, from, to, STARTS_CONTINUATION, lex.continuation)) {
            return Attribution.CONTINUES;
        }
        for (int i = from; i < to; i++) {
            if (w.is(i, AFTER_QUOTE) && i > from && isBreak(w.get(i - 1))) {
                Attribution s = speakerAfter(w, actors, i + 1, to);
                if (s != null) {
                    return s; // "…," kata pernyataan itu
                }
            }
            if (w.is(i, VERB) && (startsAt(w, from, STARTS_ANAPHORA, lex.anaphora)
                    || lex.anaphora.endsBefore(w.tokens(), from, i))) {
                return Attribution.CONTINUES.continuing(i); // "Ia memperingatkan …"
            }
        }
        return Attribution.OUTLET;
    }

    /**
     * The speakers just before a verb that follows what they said (", X said"): the actors after the last break
     * before the verb, when only they and the words joining them stand there.
     */
    private List<String> speakersBetweenBreakAnd(Words w, List<ActorMention> actors, int from, int verb) {
        int start = verb;
        while (start > from && !isBreak(w.get(start - 1))) {
            start--;
        }
        if (start == from || verb - start > 8) {
            return List.of();
        }
        // the phrase must open with a speaker and end near the verb: ", Hezbollah and affiliated rescuers said"
        ActorMention first = startingAt(actors, start);
        if (first == null && start + 1 < verb && !w.get(start).capitalized()) {
            first = startingAt(actors, start + 1); // ", the army said"
        }
        if (first == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        int lastEnd = start;
        for (ActorMention a : actors) {
            if (a.from() >= first.from() && a.to() <= verb && !quotedOutlet(w, a)) {
                out.add(a.actorId());
                lastEnd = a.to();
            }
        }
        return verb - lastEnd <= 3 ? out : List.of();
    }

    /**
     * The subjects of a reporting verb: the actors of the noun phrase before it, skipping what is set off between
     * commas after the subject (a time, "yang …", "who …") and in brackets, and joined by "dan"/"and"
     * ("Arab Saudi dan Amerika Serikat (AS), yang menengahi …, mengatakan"). An opening phrase ("Sementara itu,",
     * "Dilansir BBC,") is not the subject. With no such phrase, the nearest actor before the verb.
     */
    private List<String> subjectsBefore(Words w, List<ActorMention> actors, int from, int verb) {
        int end = verb;
        // skip back over adverbs and set-off phrases between the subject and the verb
        for (int guard = 0; guard < 4 && end > from; guard++) {
            int k = end;
            while (k > from && w.get(k - 1).word() && !isActorEnd(actors, k) && !w.is(k - 1, COORDINATION)
                    && Character.isLowerCase(w.get(k - 1).text().charAt(0)) && end - k < 3) {
                k--; // adverbs: "juga", "pun", "telah", "directly"
            }
            if (k > from && w.get(k - 1).text().equals(",")) {
                int open = setOffStart(w, actors, from, k - 1);
                if (open >= 0) {
                    end = open;
                    continue;
                }
            }
            if (k > from && w.get(k - 1).text().equals(")")) {
                int open = k - 1;
                while (open > from && !w.get(open).text().equals("(")) {
                    open--;
                }
                end = open;
                continue;
            }
            end = k;
            break;
        }
        List<ActorMention> chain = new java.util.ArrayList<>();
        int k = end;
        while (true) {
            ActorMention a = endingAt(actors, k);
            if (a == null || quotedOutlet(w, a)) {
                break;
            }
            chain.add(0, a);
            k = a.from();
            if (k - 1 >= from && (w.is(k - 1, COORDINATION) || w.get(k - 1).text().equals(","))
                    && endingAt(actors, k - 1) != null) {
                k--;
            } else {
                break;
            }
        }
        if (!chain.isEmpty()) {
            List<String> out = new java.util.ArrayList<>();
            chain.forEach(a -> out.add(a.actorId()));
            return out;
        }
        ActorMention fallback = subjectBefore(w, actors, from, verb);
        return fallback == null ? List.of() : List.of(fallback.actorId());
    }

    /**
     * Where a phrase set off by the comma at {@code comma} starts, when it is one that stands between a subject and its
     * verb: an apposition or relative clause opened by a comma after an actor ("X, yang …,", "X, juru bicara …,"), a
     * time. -1 when the comma closes an opening phrase instead.
     */
    private int setOffStart(Words w, List<ActorMention> actors, int from, int comma) {
        for (int k = comma - 1; k > from; k--) {
            if (w.get(k).text().equals(",")) {
                return isActorEnd(actors, k) || w.is(k + 1, RELATIVE) ? k : -1;
            }
        }
        return -1;
    }

    private static boolean isActorEnd(List<ActorMention> actors, int k) {
        return endingAt(actors, k) != null;
    }

    private static ActorMention endingAt(List<ActorMention> actors, int k) {
        for (ActorMention a : actors) {
            if (a.to() == k) {
                return a;
            }
        }
        return null;
    }

    private static boolean quoteBetween(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!w.get(k).word() && SentenceSegmenter.isQuote(w.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(Token t) {
        return !t.word() && (t.text().equals(",") || SentenceSegmenter.isQuote(t.text().charAt(0)));
    }

    /**
     * The speaker named after a reporting verb, up to the end of its phrase, and those joined to it ("menurut pihak
     * berwenang Kosovo dan Serbia"); anaphora refer back.
     */
    private Attribution speakerAfter(Words w, List<ActorMention> actors, int from, int to) {
        int end = from;
        // the speaker's phrase ends at a stop word, or where a pronoun opens what was said ("said it had not …")
        while (end < to && !w.is(end, SPEAKER_STOP) && !startsAt(w, end, STARTS_ANAPHORA, lex.anaphora)) {
            end++;
        }
        ActorMention m = firstSpeaker(w, actors, from, end);
        if (m != null) {
            List<String> all = new java.util.ArrayList<>(List.of(m.actorId()));
            int k = m.to();
            while (k + 1 < to && w.is(k, COORDINATION)) {
                ActorMention next = startingAt(actors, k + 1);
                if (next == null || all.contains(next.actorId())) {
                    break;
                }
                all.add(next.actorId());
                k = next.to();
            }
            return Attribution.of(all, -1);
        }
        int upTo = Math.min(to, end + 1);
        if (from < to && (contains(w, from, upTo, STARTS_ANAPHORA, lex.anaphora)
                || contains(w, from, upTo, STARTS_CONTINUATION, lex.continuation))) {
            return Attribution.CONTINUES;
        }
        return null;
    }

    private static ActorMention startingAt(List<ActorMention> actors, int k) {
        for (ActorMention a : actors) {
            if (a.from() == k) {
                return a;
            }
        }
        return null;
    }

    /** The subject of a reporting verb: the first person or institution before it, else the nearest state. */
    private ActorMention subjectBefore(Words w, List<ActorMention> actors, int from, int verb) {
        int start = from;
        for (int i = from; i < verb; i++) {
            // a comma before the subject closes an opening phrase ("Dalam sebuah pernyataan, X mengatakan")
            if (w.get(i).text().equals(",") && i < verb - 1) {
                start = i + 1;
            }
        }
        ActorMention specific = firstSpeaker(w, actors, start, verb);
        if (specific != null) {
            return specific;
        }
        ActorMention state = null;
        for (ActorMention a : actors) {
            if (a.from() >= start && a.to() <= verb && !quotedOutlet(w, a)) {
                state = a;
            }
        }
        return state;
    }

    private ActorMention firstSpeaker(Words w, List<ActorMention> actors, int from, int to) {
        ActorMention state = null;
        for (ActorMention a : actors) {
            if (a.from() < from || a.to() > to || quotedOutlet(w, a)) {
                continue;
            }
            if (a.type() != ActorType.STATE) {
                return a;
            }
            if (state == null) {
                state = a;
            }
        }
        return state;
    }

    /** "Dikutip TASS", "dikutip dari AFP": the outlet's source, never the speaker. */
    private boolean quotedOutlet(Words w, ActorMention a) {
        for (int i = Math.max(0, a.from() - 4); i < a.from(); i++) {
            if (startsAt(w, i, STARTS_QUOTING_OUTLET, lex.quotingOutlet)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A denial: a denying word ("membantah", "denied"), or the speaker saying the act was not done ("tidak melintasi
     * perbatasan", "had not sent any drones", "tidak ada keterlibatan"): a negation, then an act within three words.
     */
    private static boolean deniesIn(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (w.is(i, DENY)) {
                return true;
            }
            if (w.is(i, NEGATION)) {
                for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                    if (w.is(k, NEGATED_ACT)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsAt(Words w, int at, int firstWordBit, PhraseList phrases) {
        return at < w.size() && w.is(at, firstWordBit) && phrases.startsAt(w.tokens(), at);
    }

    private static boolean contains(Words w, int from, int to, int firstWordBit, PhraseList phrases) {
        for (int i = from; i < to; i++) {
            if (startsAt(w, i, firstWordBit, phrases)) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause breaks of a sentence are: "…, tetapi …", "… dan membantah …". */
    public List<Integer> clauseStarts(Words w) {
        java.util.ArrayList<Integer> starts = new java.util.ArrayList<>(List.of(0));
        for (int i = 2; i < w.size() - 1; i++) {
            boolean breakWord = w.is(i, CLAUSE_BREAK) && (w.get(i - 1).text().equals(",") || w.is(i, BREAK_WITHOUT_COMMA));
            boolean denial = w.is(i, DENY) && w.is(i - 1, JOINS_DENIAL);
            if (breakWord || denial) {
                starts.add(i);
            }
        }
        return starts;
    }
}
