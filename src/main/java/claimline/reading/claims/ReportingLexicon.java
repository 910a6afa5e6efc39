package claimline.reading.claims;

import claimline.reading.language.PhraseList;
import claimline.reading.language.Language;
import claimline.reading.language.LexiconFile;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Attribution vocabulary of one language (assets/lexicon/CODE/reporting.json): the phrase lists, and for each word the
 * set of lists it belongs to as bits ({@link #classOf}): a sentence's words are looked up once, not once per list.
 */
public final class ReportingLexicon {
    static final int VERB = 1;
    static final int AFTER_QUOTE = 1 << 1;
    static final int DENY = 1 << 2;
    static final int CLAUSE_BREAK = 1 << 3;
    static final int BREAK_WITHOUT_COMMA = 1 << 4;
    static final int JOINS_DENIAL = 1 << 5;
    static final int SPEAKER_STOP = 1 << 6;
    static final int ACCORDING_TO_WORD = 1 << 7;
    static final int STARTS_CONTINUATION = 1 << 8;
    static final int STARTS_ACCORDING_TO = 1 << 9;
    static final int STARTS_ANAPHORA = 1 << 10;
    static final int STARTS_QUOTING_OUTLET = 1 << 11;
    static final int COORDINATION = 1 << 12;
    static final int RELATIVE = 1 << 13;
    static final int APPEAL = 1 << 14;
    static final int CONDEMNATION = 1 << 15;
    static final int NEGATION = 1 << 16;
    static final int NEGATED_ACT = 1 << 17;
    static final int STARTS_CONDEMNATION_FROM = 1 << 18;
    static final int COMPLEMENTIZER = 1 << 19;
    static final int STAY = 1 << 20;
    /** A word after a negation that makes it none ("belum lama ini", "not only"). */
    static final int NOT_NEGATING_NEXT = 1 << 21;
    /** A preposition ("di", "in"): a relative clause after "di distrik yang …" is about the place, not a happening. */
    static final int PREPOSITION = 1 << 22;
    /** A word of concern or condolence ("concern", "belasungkawa"): its subject reacts to what it names. */
    static final int REACTION = 1 << 23;

    private static final Map<String, ReportingLexicon> CACHE = new HashMap<>();
    final PhraseList continuation;
    final PhraseList accordingTo;
    /** "condemnation from X", "kecaman dari X": X condemns. */
    final PhraseList condemnationFrom;
    final PhraseList quotingOutlet;
    final PhraseList anaphora;
    /** Words after which a reporting word is no verb: "the disputed border". */
    final java.util.Set<String> notVerbAfter;
    /** "di dalam wilayah", "within": where a side says its forces stayed (on its own land, it denies an incursion). */
    final PhraseList ownGround;
    private final Map<String, Integer> classes = new HashMap<>();

    static synchronized ReportingLexicon of(Language language) {
        return CACHE.computeIfAbsent(language.code(), c -> new ReportingLexicon(language));
    }

    private ReportingLexicon(Language language) {
        LexiconFile root = language.open("reporting.json");
        continuation = new PhraseList(root.lowerPhrases("continuation"));
        accordingTo = new PhraseList(root.lowerPhrases("according_to"));
        condemnationFrom = new PhraseList(root.lowerPhrases("condemnation_from"));
        quotingOutlet = new PhraseList(root.lowerPhrases("quoting_outlet"));
        anaphora = new PhraseList(root.lowerPhrases("anaphora"));
        notVerbAfter = java.util.Set.copyOf(root.words("not_verb_after"));
        ownGround = new PhraseList(root.lowerPhrases("own_ground"));
        mark(root.words("verbs"), VERB);
        mark(root.words("after_quote"), AFTER_QUOTE);
        mark(root.words("deny"), DENY);
        mark(root.words("clause_breaks"), CLAUSE_BREAK);
        mark(root.words("clause_breaks_without_comma"), BREAK_WITHOUT_COMMA);
        mark(root.words("joins_denial"), JOINS_DENIAL);
        mark(root.words("speaker_stops"), SPEAKER_STOP);
        mark(root.words("coordination"), COORDINATION);
        mark(root.words("relative"), RELATIVE);
        mark(root.words("appeal_verbs"), APPEAL);
        mark(root.words("condemnation_verbs"), CONDEMNATION);
        mark(root.words("reaction_words"), REACTION);
        mark(root.words("negations"), NEGATION);
        mark(root.words("negated_acts"), NEGATED_ACT);
        mark(root.words("not_negating_next"), NOT_NEGATING_NEXT);
        mark(root.words("prepositions"), PREPOSITION);
        mark(root.words("complementizers"), COMPLEMENTIZER);
        mark(root.words("stay_words"), STAY);
        mark(accordingTo.phrases(), ACCORDING_TO_WORD);
        mark(continuation.firstWords(), STARTS_CONTINUATION);
        mark(accordingTo.firstWords(), STARTS_ACCORDING_TO);
        mark(condemnationFrom.firstWords(), STARTS_CONDEMNATION_FROM | CONDEMNATION); // one whose condemnation is drawn condemns
        mark(anaphora.firstWords(), STARTS_ANAPHORA);
        mark(quotingOutlet.firstWords(), STARTS_QUOTING_OUTLET);
        root.finish();
    }

    private void mark(Collection<String> words, int bit) {
        words.forEach(w -> classes.merge(w, bit, (a, b) -> a | b));
    }

    /** The lists a lower-case word belongs to, as bits. */
    int classOf(String lower) {
        Integer c = classes.get(lower);
        return c == null ? 0 : c;
    }
}
