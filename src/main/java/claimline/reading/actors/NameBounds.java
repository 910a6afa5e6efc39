package claimline.reading.actors;

import claimline.reading.language.Token;
import java.util.List;

/**
 * Where a person's name starts and ends among a sentence's words: capitalised words that are no words of the language
 * nor of a role, joined by hyphens and name particles ("Omar al-Bashir", "Kim Yo-jong"), after a minister's portfolio
 * ("Menteri Kebudayaan Yawo Mensah") and before a comma ("Yawo Mensah, a spokesman for …"). Split from
 * {@link PeopleFinder}, which decides whose name it is.
 */
final class NameBounds {
    /** The most words a name read by pattern may have. */
    static final int MAX_NAME_TOKENS = 5;

    private final RoleLexicon lex;

    NameBounds(RoleLexicon lex) {
        this.lex = lex;
    }

    /**
     * The start of the name after a minister's portfolio ("Menteri Kebudayaan Yawo Mensah"): capitalised words of the
     * language with an affix ("Kebudayaan", "Perdagangan") name the office, not the person, when a name follows them.
     * A word without one ("Budi", "Bintang") may be a name and is kept.
     */
    int afterPortfolio(List<Token> tokens, List<ActorMention> actors, int at) {
        int k = at;
        while (k < tokens.size() && tokens.get(k).word() && Character.isUpperCase(tokens.get(k).text().charAt(0))
                && ActorMention.startingAt(actors, k) == null && affixedWord(tokens.get(k).lower())) {
            k++;
        }
        int end = nameEnd(tokens, actors, k);
        return k > at && end > k && aName(tokens, k, end) ? k : at;
    }

    private boolean affixedWord(String lower) {
        return lex.stemmer.isWord(lower) && !lex.stemmer.stem(lower).equals(lower);
    }

    /** Not only words of the language ("Kepala Staf Gabungan": "Gabungan" is a word, not a name). */
    boolean aName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.word() && !lex.particles.contains(t.lower()) && !lex.stemmer.isWord(t.lower())) {
                return true;
            }
        }
        return false;
    }

    int nameEnd(List<Token> tokens, List<ActorMention> actors, int at) {
        return nameEnd(tokens, actors, at, MAX_NAME_TOKENS);
    }

    /** A name from {@code at}: capitalised words, joined by hyphens or name particles; its end, or {@code at}. */
    int nameEnd(List<Token> tokens, List<ActorMention> actors, int at, int maxWords) {
        int k = at;
        int words = 0;
        while (k < tokens.size() && words < maxWords) {
            Token t = tokens.get(k);
            if (isNameWord(t) && ActorMention.startingAt(actors, k) == null && covering(actors, k) == null) {
                k++;
                words++;
            } else if (words > 0 && k + 1 < tokens.size() && joins(tokens, k) && ActorMention.startingAt(actors, k + 1) == null) {
                k += 2; // "Yo-jong", "al-Sisi": a hyphen inside a name, the part after it kept whatever its case
                words++;
            } else if (words > 0 && lex.particles.contains(t.lower()) && k + 1 < tokens.size()
                    && isNameWord(tokens.get(k + 1))) {
                k++;
            } else if (words > 0 && lex.particles.contains(t.lower()) && k + 2 < tokens.size() && joins(tokens, k + 1)
                    && ActorMention.startingAt(actors, k + 2) == null) {
                k += 3; // "Omar al-Bashir": a particle joined to the name by a hyphen
                words++;
            } else {
                break;
            }
        }
        return k;
    }

    /** A name that ends just before {@code end}: its start, or {@code end} when there is none. */
    int nameStart(List<Token> tokens, List<ActorMention> actors, int end) {
        int k = end;
        int words = 0;
        while (k > 0 && words < MAX_NAME_TOKENS) {
            Token t = tokens.get(k - 1);
            if (isNameWord(t) && covering(actors, k - 1) == null) {
                k--;
                words++;
            } else if (words == 0 && k >= 3 && joins(tokens, k - 2) && isNameWord(tokens.get(k - 3))) {
                k -= 2;
                words++;
            } else {
                break;
            }
        }
        return words >= 2 || (words == 1 && k > 0) ? k : end;
    }

    /** Token {@code k} is a hyphen inside a word ("Yo-jong", "al-Sisi"): no space on either side. */
    private static boolean joins(List<Token> tokens, int k) {
        if (k <= 0 || k + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.text().equals("-") && tokens.get(k - 1).end() == t.start() && tokens.get(k + 1).start() == t.end()
                && tokens.get(k + 1).word();
    }

    private boolean isNameWord(Token t) {
        return t.word() && Character.isUpperCase(t.text().charAt(0)) && !lex.notNames.contains(t.lower())
                && !lex.roleWords.contains(t.lower()) && t.text().chars().noneMatch(Character::isDigit);
    }

    int skip(List<Token> tokens, int k, boolean connectors) {
        while (k < tokens.size() && (connectors && lex.connectors.contains(tokens.get(k).lower())
                || lex.articles.contains(tokens.get(k).lower()))) {
            k++;
        }
        return k;
    }

    static ActorMention covering(List<ActorMention> actors, int k) {
        for (ActorMention a : actors) {
            if (a.from() <= k && k < a.to()) {
                return a;
            }
        }
        return null;
    }
}
