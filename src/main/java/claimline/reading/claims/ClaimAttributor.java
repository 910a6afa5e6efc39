package claimline.reading.claims;

import claimline.reading.language.Token;
import claimline.reading.actors.ActorMention;
import claimline.reading.language.Language;
import java.util.List;

import static claimline.reading.claims.ReportingLexicon.ACCORDING_TO_WORD;
import static claimline.reading.claims.ReportingLexicon.AFTER_QUOTE;
import static claimline.reading.claims.ReportingLexicon.BREAK_WITHOUT_COMMA;
import static claimline.reading.claims.ReportingLexicon.APPEAL;
import static claimline.reading.claims.ReportingLexicon.CLAUSE_BREAK;
import static claimline.reading.claims.ReportingLexicon.CONDEMNATION;
import static claimline.reading.claims.ReportingLexicon.STARTS_CONDEMNATION_FROM;
import static claimline.reading.claims.ReportingLexicon.DENY;
import static claimline.reading.claims.ReportingLexicon.JOINS_DENIAL;
import static claimline.reading.claims.ReportingLexicon.NEGATED_ACT;
import static claimline.reading.claims.ReportingLexicon.NEGATION;
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

        /** A word of staying ("tetap", "remained"): a side saying its forces stayed on its own land denies. */
        public boolean stay(int i) { return is(i, ReportingLexicon.STAY); }

        /** A word that opens a relative clause ("yang", "which"). */
        public boolean relative(int i) { return is(i, ReportingLexicon.RELATIVE); }

        /** A word of denial ("membantah", "denied"). */
        public boolean denial(int i) { return i >= 0 && is(i, DENY); }

        /** A preposition ("di", "in", "near"). */
        public boolean preposition(int i) { return is(i, ReportingLexicon.PREPOSITION); }

        /** The word that opens what a speaker says ("bahwa", "that"). */
        public boolean complementizer(int i) { return is(i, ReportingLexicon.COMPLEMENTIZER); }

        /** A verb of appeal or warning: its speaker makes a statement of their own ("urged", "memperingatkan"). */
        public boolean appeal(int i) { return i >= 0 && is(i, APPEAL); }

        /** A verb of condemnation ("mengecam", "condemned"). */
        public boolean condemnation(int i) { return i >= 0 && is(i, CONDEMNATION); }

        /** A word of concern or condolence ("concern", "belasungkawa"): its subject reacts to what it names. */
        public boolean reaction(int i) { return i >= 0 && is(i, ReportingLexicon.REACTION); }

        /** A word that names the speaker after what they said ("…, kata X", "…, said X"). */
        public boolean afterQuote(int i) { return is(i, AFTER_QUOTE); }

        /** A word that introduces the outlet quoted ("dikutip", "dilansir", "quoted by"). */
        public boolean quotingOutlet(int i) { return is(i, STARTS_QUOTING_OUTLET); }

        int size() { return tokens.size(); }

        Token get(int i) { return tokens.get(i); }
    }

    private final ReportingLexicon lex;
    private final SpeakerPhrases speakers;

    public ClaimAttributor(Language language) {
        this.lex = ReportingLexicon.of(language);
        this.speakers = new SpeakerPhrases(lex);
    }

    public Words words(List<Token> tokens) {
        int[] classes = new int[tokens.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = lex.classOf(tokens.get(i).lower());
            if (i > 0 && lex.notVerbAfter.contains(tokens.get(i - 1).lower())) {
                classes[i] &= ~(VERB | AFTER_QUOTE | DENY); // "the disputed border", "the claims"
            }
        }
        return new Words(tokens, classes);
    }

    /** How far after a word of staying the place phrase may begin, and after it the name of the side's state. */
    private static final int OWN_GROUND_REACH = 4;

    /**
     * Whether the clause says the side's forces stayed on the side's own land ("tentara mereka tetap berada di dalam
     * wilayah China", "its troops remained within Chinese territory"): a side insisting that what the other calls an
     * incursion happened on its own land denies it (reading guide, section 3).
     */
    public boolean staysOnOwnGround(Words w, List<ActorMention> named, int from, int to, String party,
                                    java.util.function.Function<String, String> partyOf) {
        if (party == null) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!w.stay(i)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(to, i + 1 + OWN_GROUND_REACH); j++) {
                int len = lex.ownGround.longestAt(w.tokens(), j);
                if (len == 0) {
                    continue;
                }
                int end = j + len;
                for (ActorMention m : named) {
                    if (m.from() >= end && m.from() < end + OWN_GROUND_REACH && m.from() < to
                            && party.equals(partyOf.apply(m.actorId()))) {
                        return true;
                    }
                }
            }
        }
        return false;
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
            boolean afterBreak = i > from && SpeakerPhrases.isBreak(w.get(i - 1));
            if (w.is(i, AFTER_QUOTE) && !w.is(i, ACCORDING_TO_WORD)) {
                if (afterBreak) {
                    found = speakers.speakerAfter(w, actors, i + 1, to); // "…," kata X
                    found = found == null ? null : found.continuing(i);
                }
                if (found == null && i > from) {
                    List<String> before = speakers.speakersBetweenBreakAnd(w, actors, from, i); // ", X said"
                    found = before.isEmpty() ? null : Attribution.of(before, i);
                }
            }
            int length = found == null && w.is(i, STARTS_ACCORDING_TO) ? lex.accordingTo.longestAt(w.tokens(), i) : 0;
            if (length > 0) {
                found = speakers.speakerAfter(w, actors, i + length, to); // "menurut X"
            }
            int condemned = found == null && w.is(i, STARTS_CONDEMNATION_FROM)
                    ? lex.condemnationFrom.longestAt(w.tokens(), i) : 0;
            if (condemned > 0) {
                // "drew condemnation from the UN": the UN condemns, its noun standing for the verb
                found = speakers.speakerAfter(w, actors, i + condemned, to);
                found = found == null ? null : found.continuing(i);
            }
            if (found == null && w.is(i, VERB)) {
                List<String> subjects = speakers.subjectsBefore(w, actors, from, i); // "X mengatakan"
                found = subjects.isEmpty() ? null : Attribution.of(subjects, i);
            } else if (found != null && found.claimant() == null && w.is(i, VERB) && i > from
                    && w.get(i - 1).text().equals(",") && !SpeakerPhrases.quoteBetween(w, from, i)) {
                // "South Korea, in turn, said it had not …": "it" after the verb refers to the subject before it
                List<String> subjects = speakers.subjectsBefore(w, actors, from, i);
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
        if (SpeakerPhrases.contains(w, from, to, STARTS_CONTINUATION, lex.continuation)) {
            return Attribution.CONTINUES;
        }
        for (int i = from; i < to; i++) {
            if (w.is(i, AFTER_QUOTE) && i > from && SpeakerPhrases.isBreak(w.get(i - 1))) {
                Attribution s = speakers.speakerAfter(w, actors, i + 1, to);
                if (s != null) {
                    return s; // "…," kata pernyataan itu
                }
            }
            if (w.is(i, VERB) && (SpeakerPhrases.startsAt(w, from, STARTS_ANAPHORA, lex.anaphora)
                    || lex.anaphora.endsBefore(w.tokens(), from, i))) {
                return Attribution.CONTINUES.continuing(i); // "Ia memperingatkan …"
            }
        }
        return Attribution.OUTLET;
    }

    /** How far into the sentence its subject may begin ("The Chinese foreign ministry", "Pemerintah China"). */
    private static final int SUBJECT_REACH = 2;

    /**
     * The speaker of a clause that "but", "tetapi" open with a verb of saying and no subject of its own ("Ecuador did not
     * confirm any casualties, but accused Peru …"): the subject the sentence opens with, which both verbs share.
     * Null when the clause is not of that shape or the sentence opens with no actor.
     */
    public Attribution sharedSubject(Words w, List<ActorMention> named, int from, int to) {
        if (from == 0 || from + 1 >= to || !w.is(from, CLAUSE_BREAK) || !w.is(from + 1, VERB)) {
            return null;
        }
        for (ActorMention m : named) {
            if (!m.backReference() && m.from() <= SUBJECT_REACH && m.to() <= from) {
                Attribution a = Attribution.of(List.of(m.actorId()), from + 1);
                return deniesIn(w, from, to) ? a.denying() : a;
            }
        }
        return null;
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
            if (w.is(i, NEGATION) && !(i + 1 < to && w.is(i + 1, ReportingLexicon.NOT_NEGATING_NEXT))) {
                for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                    if (w.is(k, NEGATED_ACT)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the clause breaks of a sentence are: "…, tetapi …", "… dan membantah …". */
    public List<Integer> clauseStarts(Words w) {
        java.util.ArrayList<Integer> starts = new java.util.ArrayList<>(List.of(0));
        for (int i = 2; i < w.size() - 1; i++) {
            boolean breakWord = w.is(i, CLAUSE_BREAK) && (w.get(i - 1).text().equals(",") || w.is(i, BREAK_WITHOUT_COMMA));
            // "…, dan sepenuhnya menyangkal tuduhan": an adverb may stand between the joining word and the denial
            boolean denial = w.is(i, DENY) && (w.is(i - 1, JOINS_DENIAL)
                    || w.is(i - 2, JOINS_DENIAL) && w.get(i - 1).word() && !w.get(i - 1).capitalized());
            if (breakWord || denial || deniedByNameAfterComma(w, i)) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * "Sudan Selatan Tuding Sudan Bom Kamp, Khartoum Membantah", "…, Manila denies": a name after a comma, then a
     * denial, is the other side's clause.
     */
    private static boolean deniedByNameAfterComma(Words w, int i) {
        if (!w.get(i - 1).text().equals(",") || !w.get(i).capitalized()) {
            return false;
        }
        return i + 1 < w.size() && w.is(i + 1, DENY)
                || i + 2 < w.size() && w.get(i + 1).capitalized() && w.is(i + 2, DENY);
    }
}
