package claimline.reading;

import claimline.model.ActorType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who is speaking in a clause (reading guide, section 3): "…," kata X; X mengatakan (bahwa) …; menurut X;
 * continuation verbs (katanya, tambahnya) and "kata pernyataan itu" for the last speaker. An outlet quoting an agency
 * ("dikutip TASS") does not make the agency the speaker.
 */
public final class ClaimAttributor {
    private static final Set<String> SPEAKER_STOPS = Set.of(",", ".", "dalam", "di", "pada", "seraya", "menjelang",
            "kepada", "tanpa", "sebelum", "setelah", "in", "on", "at", "before", "after", "without", "dikutip", "to");
    private final ReportingLexicon lex;

    public ClaimAttributor(String language) {
        this.lex = ReportingLexicon.forLanguage(language);
    }

    /** The attribution of tokens {@code [from, to)} of a sentence, or {@link Attribution#OUTLET} when nobody is named. */
    public Attribution attribute(List<Token> tokens, List<ActorMention> actors, int from, int to) {
        Attribution a = find(tokens, actors, from, to);
        if (a.explicit() && deniesIn(tokens, from, to)) {
            return a.denying();
        }
        return a;
    }

    private Attribution find(List<Token> tokens, List<ActorMention> actors, int from, int to) {
        // "…," kata X / , kata pernyataan itu / , X said
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean afterBreak = i > from && isBreak(tokens.get(i - 1));
            if (afterBreak && lex.afterQuote.contains(t.lower()) && !lex.accordingTo.contains(t.lower())) {
                Attribution s = speakerAfter(tokens, actors, i + 1, to);
                if (s != null) {
                    return s;
                }
            }
            if (afterBreak && t.word() && i + 1 < to && lex.afterQuote.contains(tokens.get(i + 1).lower())) {
                // English ", Blinken said": the speaker stands before the verb.
                ActorMention m = mentionAt(actors, i, i + 2);
                if (m != null) {
                    return new Attribution(m.actorId(), claimline.model.Stance.ASSERTS, false);
                }
            }
        }
        if (containsPhrase(tokens, from, to, lex.continuation)) {
            return Attribution.CONTINUES;
        }
        for (int i = from; i < to; i++) {
            final int at = i;
            if (startsPhrase(tokens, at, lex.accordingTo)) {
                int after = at + lex.accordingTo.stream().filter(p -> startsPhrase(tokens, at, List.of(p)))
                        .mapToInt(p -> p.split(" ").length).max().orElse(1);
                Attribution s = speakerAfter(tokens, actors, after, to);
                if (s != null) {
                    return s;
                }
            }
        }
        for (int i = from; i < to; i++) {
            if (lex.verbs.contains(tokens.get(i).lower())) {
                ActorMention subject = subjectBefore(tokens, actors, from, i);
                if (subject != null) {
                    return new Attribution(subject.actorId(), claimline.model.Stance.ASSERTS, false);
                }
                if (startsPhrase(tokens, from, lex.anaphora) || anaphoraJustBefore(tokens, from, i)) {
                    return Attribution.CONTINUES;
                }
            }
        }
        return Attribution.OUTLET;
    }

    /** "…," the ministry said: an anaphor right before the reporting verb refers to the last speaker. */
    private boolean anaphoraJustBefore(List<Token> tokens, int from, int verb) {
        for (String p : lex.anaphora) {
            int n = WORDS.computeIfAbsent(p, x -> x.split(" ")).length;
            if (verb - n >= from && startsPhrase(tokens, verb - n, List.of(p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(Token t) {
        return !t.word() && (t.text().equals(",") || SentenceSegmenter.isQuote(t.text().charAt(0)));
    }

    /** The speaker named after a reporting verb, up to the end of its phrase; anaphora refer back. */
    private Attribution speakerAfter(List<Token> tokens, List<ActorMention> actors, int from, int to) {
        int end = from;
        while (end < to && (end == from || !SPEAKER_STOPS.contains(tokens.get(end).lower()))) {
            end++;
        }
        ActorMention m = firstSpeaker(actors, from, end, tokens);
        if (m != null) {
            return new Attribution(m.actorId(), claimline.model.Stance.ASSERTS, false);
        }
        if (from < to && (containsPhrase(tokens, from, Math.min(to, end + 1), lex.anaphora)
                || containsPhrase(tokens, from, Math.min(to, end + 1), lex.continuation))) {
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
    private ActorMention subjectBefore(List<Token> tokens, List<ActorMention> actors, int from, int verb) {
        int start = from;
        for (int i = from; i < verb; i++) {
            // a comma before the subject closes an opening phrase ("Dalam sebuah pernyataan, X mengatakan")
            if (tokens.get(i).text().equals(",") && i < verb - 1) {
                start = i + 1;
            }
        }
        ActorMention specific = firstSpeaker(actors, start, verb, tokens);
        if (specific != null) {
            return specific;
        }
        ActorMention state = null;
        for (ActorMention a : actors) {
            if (a.from() >= start && a.to() <= verb && !quotedOutlet(tokens, a)) {
                state = a;
            }
        }
        return state;
    }

    private ActorMention firstSpeaker(List<ActorMention> actors, int from, int to, List<Token> tokens) {
        ActorMention state = null;
        for (ActorMention a : actors) {
            if (a.from() < from || a.to() > to || quotedOutlet(tokens, a)) {
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
    private boolean quotedOutlet(List<Token> tokens, ActorMention a) {
        for (int i = Math.max(0, a.from() - 4); i < a.from(); i++) {
            if (startsPhrase(tokens, i, lex.quotingOutlet)) {
                return true;
            }
        }
        return false;
    }

    private boolean deniesIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.deny.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Lexicon phrases split into words once (the lexicon is fixed; splitting per token cost a tenth of reading). */
    private static final Map<String, String[]> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Lexicon phrase lists indexed by first word, keyed by the (long-lived) list itself. */
    private static final Map<List<String>, Map<String, List<String[]>>> BY_FIRST_WORD =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    static boolean startsPhrase(List<Token> tokens, int at, List<String> phrases) {
        if (at >= tokens.size()) {
            return false;
        }
        if (phrases.size() <= 2) {
            for (String p : phrases) {
                if (matches(tokens, at, WORDS.computeIfAbsent(p, x -> x.split(" ")))) {
                    return true;
                }
            }
            return false;
        }
        Map<String, List<String[]>> index = BY_FIRST_WORD.computeIfAbsent(phrases, ClaimAttributor::indexByFirstWord);
        for (String[] words : index.getOrDefault(tokens.get(at).lower(), List.of())) {
            if (matches(tokens, at, words)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String[]>> indexByFirstWord(List<String> phrases) {
        Map<String, List<String[]>> index = new java.util.HashMap<>();
        for (String p : phrases) {
            String[] words = p.split(" ");
            index.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
        }
        return index;
    }

    private static boolean matches(List<Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean containsPhrase(List<Token> tokens, int from, int to, List<String> phrases) {
        for (int i = from; i < to; i++) {
            if (startsPhrase(tokens, i, phrases)) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause breaks of a sentence are: "…, tetapi …", "… dan membantah …". */
    public List<Integer> clauseStarts(List<Token> tokens) {
        java.util.ArrayList<Integer> starts = new java.util.ArrayList<>(List.of(0));
        for (int i = 2; i < tokens.size() - 1; i++) {
            String w = tokens.get(i).lower();
            boolean breakWord = lex.clauseBreaks.contains(w) && (tokens.get(i - 1).text().equals(",")
                    || w.equals("tetapi") || w.equals("but"));
            boolean denial = lex.deny.contains(w) && (tokens.get(i - 1).lower().equals("dan")
                    || tokens.get(i - 1).lower().equals("and"));
            if (breakWord || denial) {
                starts.add(i);
            }
        }
        return starts;
    }
}
