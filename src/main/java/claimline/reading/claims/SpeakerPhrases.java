package claimline.reading.claims;

import claimline.reading.language.Token;
import claimline.reading.language.SentenceSegmenter;
import claimline.reading.language.PhraseList;
import claimline.reading.actors.ActorMention;
import claimline.model.ActorType;
import java.util.List;
import static claimline.reading.claims.ReportingLexicon.COORDINATION;
import static claimline.reading.claims.ReportingLexicon.RELATIVE;
import static claimline.reading.claims.ReportingLexicon.SPEAKER_STOP;
import static claimline.reading.claims.ReportingLexicon.STARTS_ANAPHORA;
import static claimline.reading.claims.ReportingLexicon.STARTS_CONTINUATION;
import static claimline.reading.claims.ReportingLexicon.STARTS_QUOTING_OUTLET;
import static claimline.reading.claims.ReportingLexicon.VERB;
import claimline.reading.claims.ClaimAttributor.Words;

/**
 * Where a speaker's phrase is around a reporting verb: the subject before it ("X, juru bicara …, mengatakan"), the
 * speaker after it ("…," kata X; menurut X), the speakers between a break and a verb that follows what they said
 * (", X said"). {@link ClaimAttributor} decides which of them speaks for a clause.
 */
final class SpeakerPhrases {
    private final ReportingLexicon lex;

    SpeakerPhrases(ReportingLexicon lex) {
        this.lex = lex;
    }

    /**
     * The speakers just before a verb that follows what they said (", X said"): the actors after the last break
     * before the verb, when only they and the words joining them stand there.
     */
    /**
     * How many words a speaker's phrase between a quotation and its verb may run to: "the Korean Central News Agency
     * quoted the North Korean diplomats as saying" is eleven.
     */
    private static final int MAX_SPEAKER_PHRASE = 12;

    List<String> speakersBetweenBreakAnd(Words w, List<ActorMention> actors, int from, int verb) {
        int start = verb;
        while (start > from && !isBreak(w.get(start - 1))) {
            start--;
        }
        if (start == from || verb - start > MAX_SPEAKER_PHRASE) {
            return List.of();
        }
        // the phrase must open with a speaker and end near the verb: ", Hezbollah and affiliated rescuers said"
        ActorMention first = ActorMention.startingAt(actors, start);
        if (first == null && start + 1 < verb && !w.get(start).capitalized()) {
            first = ActorMention.startingAt(actors, start + 1); // ", the army said"
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
    List<String> subjectsBefore(Words w, List<ActorMention> actors, int from, int verb) {
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
        boolean listed = false; // a comma joins subjects only in a list its last "dan"/"and" closes: "A, B and C said"
        while (true) {
            ActorMention a = endingAt(actors, k);
            if (a == null || quotedOutlet(w, a)) {
                break;
            }
            chain.add(0, a);
            k = a.from();
            listed |= k - 1 >= from && w.is(k - 1, COORDINATION);
            if (k - 1 >= from && (w.is(k - 1, COORDINATION) || listed && w.get(k - 1).text().equals(","))
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

    static boolean quoteBetween(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!w.get(k).word() && SentenceSegmenter.isQuote(w.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBreak(Token t) {
        return !t.word() && (t.text().equals(",") || SentenceSegmenter.isQuote(t.text().charAt(0)));
    }

    /**
     * The speaker named after a reporting verb, up to the end of its phrase, and those joined to it ("menurut pihak
     * berwenang Kosovo dan Serbia"); anaphora refer back.
     */
    Attribution speakerAfter(Words w, List<ActorMention> actors, int from, int to) {
        int end = from;
        // the speaker's phrase ends at a stop word, or where a pronoun opens what was said ("said it had not …")
        while (end < to && !w.is(end, SPEAKER_STOP) && !startsAt(w, end, STARTS_ANAPHORA, lex.anaphora)) {
            end++;
        }
        ActorMention m = firstSpeaker(w, actors, from, end);
        if (m != null) {
            return Attribution.of(listedFrom(w, actors, m, to), -1);
        }
        int upTo = Math.min(to, end + 1);
        if (from < to && (contains(w, from, upTo, STARTS_ANAPHORA, lex.anaphora)
                || contains(w, from, upTo, STARTS_CONTINUATION, lex.continuation))) {
            return Attribution.CONTINUES;
        }
        return null;
    }

    /**
     * The speaker first named and those listed with it: "X and Y", and "X, Y and Z" (a comma joins speakers only in a
     * list its last "and"/"dan" closes, as {@link #subjectsBefore} reads them).
     */
    private List<String> listedFrom(Words w, List<ActorMention> actors, ActorMention first, int to) {
        List<String> all = new java.util.ArrayList<>(List.of(first.actorId()));
        List<String> pending = new java.util.ArrayList<>();
        int k = first.to();
        while (k + 1 < to) {
            boolean comma = w.get(k).text().equals(",");
            int at = comma && w.is(k + 1, COORDINATION) ? k + 2 : k + 1; // "X, Y, and Z"
            boolean closes = !comma || at == k + 2;
            if (!comma && !w.is(k, COORDINATION)) {
                break;
            }
            if (at < to && lex.notVerbAfter.contains(w.get(at).lower())) {
                at++; // "Ghana, Benin and the African Union": an article before the name
            }
            ActorMention next = ActorMention.startingAt(actors, at);
            if (next == null || all.contains(next.actorId()) || pending.contains(next.actorId())) {
                break;
            }
            pending.add(next.actorId());
            if (closes) {
                all.addAll(pending);
                pending.clear();
            }
            k = next.to();
        }
        return all;
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
        for (int k = verb - 1; k >= start && !isActorEnd(actors, k + 1); k--) {
            if (startsAt(w, k, STARTS_ANAPHORA, lex.anaphora)) {
                return null; // "… accused Kyrgyzstan of violating the truce after it was announced": "it" is the subject
            }
        }
        for (int k = start; k < verb; k++) {
            if (w.is(k, VERB)) {
                // "Uni Afrika mengecam serangan Eritrea dan meminta …": a state after an earlier verb is its object,
                // not the subject of the later one
                start = k + 1;
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

    static boolean startsAt(Words w, int at, int firstWordBit, PhraseList phrases) {
        return at < w.size() && w.is(at, firstWordBit) && phrases.startsAt(w.tokens(), at);
    }

    static boolean contains(Words w, int from, int to, int firstWordBit, PhraseList phrases) {
        for (int i = from; i < to; i++) {
            if (startsAt(w, i, firstWordBit, phrases)) {
                return true;
            }
        }
        return false;
    }

}
