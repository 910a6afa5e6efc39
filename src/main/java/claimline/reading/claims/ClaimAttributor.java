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
import static claimline.reading.claims.ReportingLexicon.CLAUSE_BREAK;
import static claimline.reading.claims.ReportingLexicon.DENY;
import static claimline.reading.claims.ReportingLexicon.JOINS_DENIAL;
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
    public Attribution attribute(Words w, List<ActorMention> actors, int from, int to) {
        Attribution a = find(w, actors, from, to);
        if (a.explicit() && deniesIn(w, from, to)) {
            return a.denying();
        }
        return a;
    }

    private Attribution find(Words w, List<ActorMention> actors, int from, int to) {
        // "…," kata X / , kata pernyataan itu / , X said
        for (int i = from; i < to; i++) {
            boolean afterBreak = i > from && isBreak(w.get(i - 1));
            if (afterBreak && w.is(i, AFTER_QUOTE) && !w.is(i, ACCORDING_TO_WORD)) {
                Attribution s = speakerAfter(w, actors, i + 1, to);
                if (s != null) {
                    return s;
                }
            }
            if (afterBreak && w.get(i).word() && i + 1 < to && w.is(i + 1, AFTER_QUOTE)) {
                // English ", Blinken said": the speaker stands before the verb.
                ActorMention m = mentionAt(actors, i, i + 2);
                if (m != null) {
                    return new Attribution(m.actorId(), Stance.ASSERTS, false);
                }
            }
        }
        if (contains(w, from, to, STARTS_CONTINUATION, lex.continuation)) {
            return Attribution.CONTINUES;
        }
        for (int i = from; i < to; i++) {
            int length = w.is(i, STARTS_ACCORDING_TO) ? lex.accordingTo.longestAt(w.tokens(), i) : 0;
            if (length > 0) {
                Attribution s = speakerAfter(w, actors, i + length, to);
                if (s != null) {
                    return s;
                }
            }
        }
        for (int i = from; i < to; i++) {
            if (w.is(i, VERB)) {
                ActorMention subject = subjectBefore(w, actors, from, i);
                if (subject != null) {
                    return new Attribution(subject.actorId(), Stance.ASSERTS, false);
                }
                if (startsAt(w, from, STARTS_ANAPHORA, lex.anaphora) || lex.anaphora.endsBefore(w.tokens(), from, i)) {
                    return Attribution.CONTINUES;
                }
            }
        }
        return Attribution.OUTLET;
    }

    private static boolean isBreak(Token t) {
        return !t.word() && (t.text().equals(",") || SentenceSegmenter.isQuote(t.text().charAt(0)));
    }

    /** The speaker named after a reporting verb, up to the end of its phrase; anaphora refer back. */
    private Attribution speakerAfter(Words w, List<ActorMention> actors, int from, int to) {
        int end = from;
        while (end < to && (end == from || !w.is(end, SPEAKER_STOP))) {
            end++;
        }
        ActorMention m = firstSpeaker(w, actors, from, end);
        if (m != null) {
            return new Attribution(m.actorId(), Stance.ASSERTS, false);
        }
        int upTo = Math.min(to, end + 1);
        if (from < to && (contains(w, from, upTo, STARTS_ANAPHORA, lex.anaphora)
                || contains(w, from, upTo, STARTS_CONTINUATION, lex.continuation))) {
            return Attribution.CONTINUES;
        }
        return null;
    }

    private ActorMention mentionAt(List<ActorMention> actors, int from, int to) {
        for (ActorMention a : actors) {
            if (a.from() >= from - 3 && a.to() <= to && a.to() > from - 1) {
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

    private static boolean deniesIn(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (w.is(i, DENY)) {
                return true;
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
